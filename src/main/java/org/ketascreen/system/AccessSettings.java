package org.ketascreen.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a configuration that would switch access control on half-way: authentication
 * on without a verification key, an issuer or an audience (SmallRye JWT skips an unset issuer or
 * audience check); a symmetric or "none" signature algorithm; a CORS wildcard. The messages name
 * properties only, never a value.
 */
@Singleton
public class AccessSettings {

    /** Asymmetric JWS algorithms only (RFC 7518 §3.1): never HS*, never "none". */
    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    /** {@code config}: MicroProfile Config, since the settings checked are mostly Quarkus' and MicroProfile JWT's own. */
    void check(@Observes StartupEvent event, Config config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue("ketascreen.auth.enabled", Boolean.class).orElse(false)) {
            if (absent(config, "mp.jwt.verify.publickey.location") && absent(config, "mp.jwt.verify.publickey")) {
                problems.add("ketascreen.auth.enabled=true needs mp.jwt.verify.publickey.location");
            }
            if (absent(config, "mp.jwt.verify.issuer")) {
                problems.add("ketascreen.auth.enabled=true needs mp.jwt.verify.issuer");
            }
            if (absent(config, "mp.jwt.verify.audiences")) {
                problems.add("ketascreen.auth.enabled=true needs mp.jwt.verify.audiences");
            }
            if (absent(config, "ketascreen.auth.role")) {
                problems.add("ketascreen.auth.enabled=true needs ketascreen.auth.role");
            }
        }
        for (String property : List.of("mp.jwt.verify.publickey.algorithm", "smallrye.jwt.verify.algorithm")) {
            Optional<String> algorithm = config.getOptionalValue(property, String.class);
            if (algorithm.isPresent() && !ALGORITHMS.contains(algorithm.get().trim().toUpperCase(Locale.ROOT))) {
                problems.add(property + " must be one of " + String.join(", ", ALGORITHMS.stream().sorted().toList()));
            }
        }
        if (config.getOptionalValue("quarkus.http.cors.enabled", Boolean.class).orElse(false)) {
            List<String> origins = config.getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of());
            if (origins.stream().map(String::trim).anyMatch(o -> o.equals("*") || o.equals("/.*/"))) {
                problems.add("quarkus.http.cors.origins must list origins explicitly, not a wildcard");
            }
        }
        return problems;
    }

    private static boolean absent(Config config, String property) {
        return config.getOptionalValue(property, String.class).map(String::isBlank).orElse(true);
    }
}
