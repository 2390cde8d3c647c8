package org.ketascreen.config;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every property of the service's own ({@code ketascreen.*}), read one way: this mapping, checked when the service
 * starts. The properties of the frameworks it runs on (Quarkus' {@code quarkus.http.*}, MicroProfile JWT's
 * {@code mp.jwt.*}) stay theirs and are read where they are checked, through MicroProfile Config. The values and
 * what they do are in docs/operations.md and docs/security-and-privacy.md.
 */
@ConfigMapping(prefix = "ketascreen")
public interface ServiceConfig {

    /** The service's public base URL (api-contract §7): CDS cards' links and client JWTs' audiences are built from it. */
    Optional<String> publicBaseUrl();

    /**
     * The clinic protocol profile to screen under (api-contract §10.1, docs/profiles.md): a JSON file's path, read
     * once at start-up; a refused file stops the start. Unset: the built-in {@code reference} profile.
     */
    Optional<String> profile();

    Auth auth();

    Page page();

    CdsHooks cdsHooks();

    /** Access control of the v1 API (off by default); its checks are in system/AccessSettings. */
    interface Auth {
        /** true: every screening needs a bearer JWT with {@link #role()}. */
        @WithDefault("false")
        boolean enabled();

        /** The role a token must grant. */
        Optional<String> role();
    }

    /** The reference intake page. */
    interface Page {
        /** CSP frame-ancestors: {@code 'none'}, or {@code 'self'} and https origins allowed to frame the page. */
        @WithDefault("'none'")
        String frameAncestors();
    }

    /**
     * Access to the CDS Hooks endpoints (docs/cds-hooks.md): off by default, like the v1 API's. Turned on, every
     * call needs a client JWT from one of the trusted clients, each named here with its issuer and its key:
     *
     * <pre>
     * ketascreen.cds-hooks.auth.enabled=true
     * ketascreen.public-base-url=https://screening.clinic.example
     * ketascreen.cds-hooks.clients.ehr.issuer=https://ehr.clinic.example
     * ketascreen.cds-hooks.clients.ehr.jwks-location=https://ehr.clinic.example/.well-known/jwks.json
     * </pre>
     */
    interface CdsHooks {

        Auth auth();

        /** Trusted CDS clients, by a name of the operator's choosing. */
        Map<String, Client> clients();

        interface Auth {
            /** true: every call to /cds-services... needs a client JWT (CDS Hooks 2.0.1 §Trusting CDS Clients). */
            @WithDefault("false")
            boolean enabled();

            /** Tolerated clock difference with a client for exp and iat, seconds (0 to 300). */
            @WithDefault("30")
            int clockSkewSeconds();
        }

        interface Client {
            /** The client's {@code iss}, exactly. */
            Optional<String> issuer();

            /** Its public key, PEM (SubjectPublicKeyInfo): a file path or {@code classpath:} resource. */
            Optional<String> publicKeyLocation();

            /** Its JWK Set: a file path, {@code classpath:} resource or {@code https://} URL (fetched when needed, cached, refreshed). */
            Optional<String> jwksLocation();
        }
    }
}
