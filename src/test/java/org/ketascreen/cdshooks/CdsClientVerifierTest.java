package org.ketascreen.cdshooks;

import org.ketascreen.config.ServiceConfig;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CDS Hooks client authentication refuses to start half configured, like the v1 API's (AccessSettings): on
 * without the public base URL (every token's aud), without a trusted client, a client without an issuer or
 * with no key, both keys or an unreadable one, two clients with one issuer, a JWK Set with a symmetric or a
 * private key. The messages name properties, never values. Off, nothing is required. Plain JUnit.
 */
class CdsClientVerifierTest {

    record Auth(boolean enabled, int clockSkewSeconds) implements ServiceConfig.CdsHooks.Auth {
    }

    record Client(Optional<String> issuer, Optional<String> publicKeyLocation, Optional<String> jwksLocation)
            implements ServiceConfig.CdsHooks.Client {
        static Client pem(String issuer, String location) {
            return new Client(Optional.ofNullable(issuer), Optional.of(location), Optional.empty());
        }

        static Client jwks(String issuer, String location) {
            return new Client(Optional.ofNullable(issuer), Optional.empty(), Optional.of(location));
        }
    }

    record Config(ServiceConfig.CdsHooks.Auth auth, Map<String, ServiceConfig.CdsHooks.Client> clients) implements ServiceConfig.CdsHooks {
    }

    static final String EHR_PEM = "classpath:cds-hooks/ehr-rsa-public.pem";
    static final String PORTAL_JWKS = "classpath:cds-hooks/portal-jwks.json";
    static final PublicUrls CONFIGURED = new PublicUrls(Optional.of("https://cds.clinic.example"), 8080);
    static final PublicUrls DEFAULTED = new PublicUrls(Optional.empty(), 8080);

    static Config on(Map<String, ServiceConfig.CdsHooks.Client> clients) {
        return new Config(new Auth(true, 30), new TreeMap<>(clients));
    }

    static String refusal(Config config, PublicUrls urls) {
        return assertThrows(IllegalStateException.class, () -> new CdsClientVerifier(config, urls)).getMessage();
    }

    @Test
    void shouldStartWithTrustedClientsAndTheirKeys() {
        CdsClientVerifier verifier = new CdsClientVerifier(on(Map.of("ehr", Client.pem("https://ehr.example", EHR_PEM),
                "portal", Client.jwks("https://portal.example", PORTAL_JWKS),
                "sandbox", Client.jwks("https://sandbox.cds-hooks.org", "https://sandbox.cds-hooks.org/.well-known/jwks.json"))), CONFIGURED);

        assertTrue(verifier.enabled());
    }

    @Test
    void shouldRequireNothingWhileOff() {
        Config off = new Config(new Auth(false, 30), Map.of("half", new Client(Optional.empty(), Optional.empty(), Optional.empty())));

        assertDoesNotThrow(() -> new CdsClientVerifier(off, DEFAULTED));
        assertFalse(new CdsClientVerifier(off, DEFAULTED).enabled());
    }

    @Test
    void shouldRefuseToStartWithoutThePublicBaseUrlOrATrustedClient() {
        String message = refusal(on(Map.of()), DEFAULTED);

        assertTrue(message.startsWith("Refusing to start: "), message);
        assertTrue(message.contains("ketascreen.cds-hooks.auth.enabled=true needs ketascreen.public-base-url"), message);
        assertTrue(message.contains("needs at least one trusted client"), message);
    }

    @Test
    void shouldRefuseToStartWithAHalfConfiguredClient() {
        String message = refusal(on(Map.of(
                "a-no-issuer", Client.pem(null, EHR_PEM),
                "b-no-key", new Client(Optional.of("https://b.example"), Optional.empty(), Optional.empty()),
                "c-both-keys", new Client(Optional.of("https://c.example"), Optional.of(EHR_PEM), Optional.of(PORTAL_JWKS)),
                "d-same-issuer", Client.jwks("https://c.example", PORTAL_JWKS),
                "e-plain-http", Client.jwks("https://e.example", "http://e.example/jwks.json"))), CONFIGURED);

        assertTrue(message.contains("ketascreen.cds-hooks.clients.a-no-issuer.issuer is required"), message);
        assertTrue(message.contains("ketascreen.cds-hooks.clients.b-no-key needs exactly one of .public-key-location and .jwks-location"), message);
        assertTrue(message.contains("ketascreen.cds-hooks.clients.c-both-keys needs exactly one of"), message);
        assertTrue(message.contains("ketascreen.cds-hooks.clients.d-same-issuer.issuer names the same issuer as ketascreen.cds-hooks.clients.c-both-keys.issuer"), message);
        assertTrue(message.contains("ketascreen.cds-hooks.clients.e-plain-http.jwks-location must be a file path, classpath: resource or https:// URL"), message);
        for (String value : List.of("https://b.example", "https://c.example", "http://e.example", "ehr-rsa-public.pem")) {
            assertFalse(message.contains(value), "the message names properties, never values: " + message);
        }
    }

    @Test
    void shouldRefuseToStartWithKeysItCannotUse(@TempDir Path dir) throws Exception {
        Path symmetric = Files.writeString(dir.resolve("oct.json"), "{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA\"}]}");
        Path privateJwk = Files.writeString(dir.resolve("private.json"), "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\","
                + "\"x\":\"UtIAYF0IOD_lhqaDckVgwp25EDIHV--Xck2InLAWw-s\",\"y\":\"OLPqd_5BuPf4nH9jpke4iHU6JW2oUzqZyXRH0GBNx6w\","
                + "\"d\":\"QE0RfcRxLHXRpLn_b09gEW8TYuOHaHeOYVMWhGUV-LM\"}]}");
        Path notPem = Files.writeString(dir.resolve("key.pem"), "not a key");

        String message = refusal(on(Map.of(
                "a", Client.jwks("https://a.example", symmetric.toString()),
                "b", Client.jwks("https://b.example", privateJwk.toString()),
                "c", Client.pem("https://c.example", notPem.toString()),
                "d", Client.pem("https://d.example", dir.resolve("missing.pem").toString()),
                "e", Client.jwks("https://e.example", "classpath:cds-hooks/missing.json"))), CONFIGURED);

        assertTrue(message.contains("clients.a.jwks-location must hold public RSA or EC keys only"), message);
        assertTrue(message.contains("clients.b.jwks-location must hold public RSA or EC keys only"), message);
        assertTrue(message.contains("clients.c.public-key-location cannot be read as a PEM public key"), message);
        assertTrue(message.contains("clients.d.public-key-location cannot be read as a PEM public key"), message);
        assertTrue(message.contains("clients.e.jwks-location cannot be read as a JWK Set"), message);
        assertFalse(message.contains(dir.toString()), message);
    }

    @Test
    void shouldRefuseAClockSkewBeyondATokensLifetime() {
        Config config = new Config(new Auth(true, 301), Map.of("ehr", Client.pem("https://ehr.example", EHR_PEM)));

        assertTrue(refusal(config, CONFIGURED).contains("ketascreen.cds-hooks.auth.clock-skew-seconds must be between 0 and 300"));
    }

    @Test
    void shouldRefuseAPublicBaseUrlThatIsNotAnAbsoluteHttpUrl() {
        for (String bad : List.of("cds.clinic.example", "ftp://cds.clinic.example", "https://cds.clinic.example/?a=b",
                "https://user@cds.clinic.example", "https://cds.clinic.example/#top")) {
            String message = assertThrows(IllegalStateException.class, () -> new PublicUrls(Optional.of(bad), 8080)).getMessage();
            assertEquals("Refusing to start: ketascreen.public-base-url must be an absolute http(s) URL without user info, query or fragment",
                    message, bad);
        }
        assertEquals("https://cds.clinic.example/screening/cds-services/ketamine-migraine-screening",
                new PublicUrls(Optional.of("https://cds.clinic.example/screening/"), 8080).service());
        assertEquals("http://localhost:8080/", DEFAULTED.intakePage());
    }

    @Test
    void shouldRememberAJtiUntilItsTokenExpires() {
        ReplayCache cache = new ReplayCache(3);

        assertTrue(cache.firstUse("a", 100, 10));
        assertFalse(cache.firstUse("a", 100, 50), "a replay before expiry");
        assertTrue(cache.firstUse("a", 200, 101), "after expiry the entry is gone");
        assertTrue(cache.firstUse("b", 100, 10));
        assertTrue(cache.firstUse("c", 100, 10));
        assertTrue(cache.firstUse("d", 100, 10), "full of unexpired entries: let through, unrecorded");
        assertEquals(3, cache.size());
        assertTrue(cache.firstUse("e", 300, 150), "expired entries are purged to make room");
        assertEquals(2, cache.size());
    }
}
