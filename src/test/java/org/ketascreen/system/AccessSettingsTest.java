package org.ketascreen.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The start-up refusal of half-configured access control, in plain JUnit (no Quarkus boot). */
class AccessSettingsTest {

    static final Map<String, String> AUTH_ON = Map.of(
            "ketascreen.auth.enabled", "true",
            "ketascreen.auth.role", "screening",
            "mp.jwt.verify.publickey.location", "/etc/ketascreen/jwt-public.pem",
            "mp.jwt.verify.issuer", "https://issuer.example",
            "mp.jwt.verify.audiences", "ketascreen-api",
            "mp.jwt.verify.publickey.algorithm", "RS256");

    static Config config(Map<String, String> base, String... overrides) {
        Map<String, String> properties = new HashMap<>(base);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                properties.remove(overrides[i]);
            } else {
                properties.put(overrides[i], overrides[i + 1]);
            }
        }
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void shouldAcceptTheDefaultsWithAuthenticationOff() {
        assertEquals(List.of(), AccessSettings.problems(config(Map.of())));
        assertEquals(List.of(), AccessSettings.problems(config(Map.of("ketascreen.auth.enabled", "false"))));
    }

    @Test
    void shouldAcceptACompleteConfiguration() {
        assertEquals(List.of(), AccessSettings.problems(config(AUTH_ON)));
        assertEquals(List.of(), AccessSettings.problems(config(AUTH_ON, "mp.jwt.verify.publickey.algorithm", "ES256")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer", "mp.jwt.verify.audiences", "ketascreen.auth.role"})
    void shouldRefuseAuthenticationWithoutAVerificationSetting(String property) {
        List<String> problems = AccessSettings.problems(config(AUTH_ON, property, null));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith(property), problems.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "HS256", "HS512", "hs256"})
    void shouldRefuseASymmetricOrNoAlgorithm(String algorithm) {
        assertEquals(1, AccessSettings.problems(config(AUTH_ON, "mp.jwt.verify.publickey.algorithm", algorithm)).size());
        assertEquals(1, AccessSettings.problems(config(AUTH_ON, "smallrye.jwt.verify.algorithm", algorithm)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "/.*/"})
    void shouldRefuseACorsWildcard(String origins) {
        assertEquals(1, AccessSettings.problems(config(Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", origins))).size());
        assertEquals(List.of(), AccessSettings.problems(config(Map.of("quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", "https://forms.example,https://clinic.example"))));
    }

    @Test
    void shouldNameNoValueInItsMessages() {
        String secret = "/secret/path/KEYMARKER.pem";
        List<String> problems = AccessSettings.problems(config(AUTH_ON, "mp.jwt.verify.issuer", null,
                "mp.jwt.verify.publickey.location", secret, "mp.jwt.verify.publickey.algorithm", "HS256-KEYMARKER"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("KEYMARKER")), problems.toString());
    }
}
