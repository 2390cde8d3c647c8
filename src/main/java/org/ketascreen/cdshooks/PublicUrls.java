package org.ketascreen.cdshooks;

import jakarta.inject.Inject;
import org.ketascreen.config.ServiceConfig;
import org.ketascreen.http.Routes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's absolute URLs, all from one configured public base URL ({@code ketascreen.public-base-url},
 * api-contract §7): the intake page a card links to, and the endpoint URLs a CDS client JWT must name as its
 * {@code aud}. Behind a proxy the request's Host header says nothing reliable, so it is never used. Unset,
 * the base is {@code http://localhost:<port>}, good for a workstation only; CDS client authentication
 * refuses to start without it.
 */
@Singleton
public class PublicUrls {

    static final String PROPERTY = "ketascreen.public-base-url";

    private final String base;
    private final boolean configured;

    /** {@code port}: Quarkus' own {@code quarkus.http.port}, the base when none is configured. */
    @Inject
    public PublicUrls(ServiceConfig config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this(config.publicBaseUrl(), port);
    }

    PublicUrls(Optional<String> base, int port) {
        this.configured = base.filter(b -> !b.isBlank()).isPresent();
        String value = configured ? base.get().trim() : "http://localhost:" + port;
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalStateException("Refusing to start: " + problem.get());
        }
        this.base = value.replaceAll("/+$", "");
    }

    /** Why {@code value} cannot be the public base URL, naming the property only. */
    static Optional<String> problem(String value) {
        try {
            URI uri = new URI(value.trim());
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.of(PROPERTY + " must be an absolute http(s) URL without user info, query or fragment");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(PROPERTY + " must be an absolute http(s) URL without user info, query or fragment");
        }
    }

    /** Whether the base was configured rather than defaulted. */
    public boolean configured() {
        return configured;
    }

    public String base() {
        return base;
    }

    /** The clinic's intake page (api-contract §8), the page a card sends the clinician or patient to. */
    public String intakePage() {
        return base + "/";
    }

    public String ruleSet() {
        return base + Routes.V1_RULESET;
    }

    /** Rule set 2.0.0, the source of a card about a v2 intake or about none (api-contract §9.6). */
    public String ruleSetV2() {
        return base + Routes.V2_RULESET;
    }

    public String discovery() {
        return base + Routes.CDS_SERVICES;
    }

    public String service() {
        return base + Routes.CDS_SERVICE;
    }

    public String feedback() {
        return base + Routes.CDS_FEEDBACK;
    }
}
