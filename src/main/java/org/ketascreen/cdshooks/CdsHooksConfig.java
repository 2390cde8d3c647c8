package org.ketascreen.cdshooks;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
@ConfigMapping(prefix = "ketascreen.cds-hooks")
public interface CdsHooksConfig {

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
