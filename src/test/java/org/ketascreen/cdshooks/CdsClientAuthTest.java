package org.ketascreen.cdshooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketascreen.testing.CdsHooksSchemas;
import org.ketascreen.testing.HookRequests;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * CDS Hooks client JWTs switched on (one extra Quarkus boot), with three trusted clients configured three ways:
 * an EHR with an RSA key in PEM (RS384), a sandbox-like client with a P-384 JWK Set file (ES384, kid and a jku
 * header that must never be followed) and a portal with a two-key P-256 JWK Set on the classpath (ES256).
 * The v1 API's bearer tokens are on too, to show that the CDS endpoints are outside its role permission and
 * the v1 API is still behind it. Every key pair is a test key generated with openssl for these tests.
 * Every refusal is a 401 problem that says nothing about the token, and no log line carries it.
 */
@QuarkusTest
@TestProfile(CdsClientAuthTest.ClientsTrusted.class)
class CdsClientAuthTest {

    static final String BASE = "https://cds.ketascreen.test";
    static final String DISCOVERY = Routes.CDS_SERVICES;
    static final String SERVICE = Routes.CDS_SERVICE;
    static final String FEEDBACK = SERVICE + "/feedback";
    static final String EHR = "https://ehr.ketascreen.test";
    static final String SANDBOX_LIKE = "https://sandbox.ketascreen.test";
    static final String PORTAL = "https://portal.ketascreen.test";
    static final String SANDBOX_ORIGIN = "https://sandbox.cds-hooks.org";
    static final String MARKER = "JTIMARKER8812";

    public static class ClientsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("ketascreen.cds-hooks.auth.enabled", "true"),
                    Map.entry("ketascreen.public-base-url", BASE + "/"),
                    Map.entry("ketascreen.cds-hooks.clients.ehr.issuer", EHR),
                    Map.entry("ketascreen.cds-hooks.clients.ehr.public-key-location", "classpath:cds-hooks/ehr-rsa-public.pem"),
                    Map.entry("ketascreen.cds-hooks.clients.sandbox-like.issuer", SANDBOX_LIKE),
                    Map.entry("ketascreen.cds-hooks.clients.sandbox-like.jwks-location", "src/test/resources/cds-hooks/sandbox-like-jwks.json"),
                    Map.entry("ketascreen.cds-hooks.clients.portal.issuer", PORTAL),
                    Map.entry("ketascreen.cds-hooks.clients.portal.jwks-location", "classpath:cds-hooks/portal-jwks.json"),
                    Map.entry("ketascreen.auth.enabled", "true"),
                    Map.entry("mp.jwt.verify.publickey.location", "auth/public-key.pem"),
                    Map.entry("mp.jwt.verify.issuer", "https://issuer.ketascreen.test"),
                    Map.entry("mp.jwt.verify.audiences", "ketascreen-api"),
                    Map.entry("quarkus.http.cors.enabled", "true"),
                    Map.entry("quarkus.http.cors.origins", SANDBOX_ORIGIN));
        }
    }

    static final PrivateKey EHR_KEY = privateKey("ehr-rsa-private.pem", "RSA");
    static final PrivateKey SANDBOX_LIKE_KEY = privateKey("sandbox-like-ec-private.pem", "EC");
    static final PrivateKey PORTAL_KEY = privateKey("portal-ec-private.pem", "EC");

    /** How a trusted client signs: its issuer, key, algorithm and key id. */
    record Client(String name, String issuer, PrivateKey key, String algorithm, String kid) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Client EHR_CLIENT = new Client("EHR (RSA PEM, RS384)", EHR, EHR_KEY, "RS384", null);
    static final Client SANDBOX_LIKE_CLIENT = new Client("sandbox-like (EC P-384 JWK Set file, ES384)", SANDBOX_LIKE, SANDBOX_LIKE_KEY, "ES384", "sandbox-like-1");
    static final Client PORTAL_CLIENT = new Client("portal (EC P-256 JWK Set on the classpath, ES256)", PORTAL, PORTAL_KEY, "ES256", "portal-1");

    @RegisterExtension
    final LogCapture logs = new LogCapture();
    final List<String> lines = logs.lines();

    // --- tokens -----------------------------------------------------------------------------------------

    static PrivateKey privateKey(String file, String algorithm) {
        return privateKeyAt("/cds-hooks/" + file, algorithm);
    }

    static PrivateKey privateKeyAt(String resource, String algorithm) {
        try (var in = CdsClientAuthTest.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("test key unreadable", e);
        }
    }

    /** The claims a client sends for {@code path}: iss, aud, iat now, exp in five minutes, a fresh jti (CDS Hooks §Trusting CDS Clients). */
    static JwtClaims claims(String issuer, String path) {
        JwtClaims claims = new JwtClaims();
        long now = Instant.now().getEpochSecond();
        claims.setIssuer(issuer);
        claims.setAudience(BASE + path);
        claims.setClaim("iat", now);
        claims.setClaim("exp", now + 300);
        claims.setJwtId(MARKER + "-" + UUID.randomUUID());
        claims.setClaim("tenant", "clinic-1");
        return claims;
    }

    static String sign(JwtClaims claims, Key key, String algorithm, String kid) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "JWT");
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
            // the sandbox names its JWK Set URL; the service must never fetch keys from where a token says
            jws.setHeader("jku", "https://attacker.example/.well-known/jwks.json");
        }
        jws.setDoKeyValidation(false);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(Client client, String path, Consumer<JwtClaims> edit) {
        JwtClaims claims = claims(client.issuer(), path);
        edit.accept(claims);
        return sign(claims, client.key(), client.algorithm(), client.kid());
    }

    static String token(Client client, String path) {
        return token(client, path, c -> {
        });
    }

    static ValidatableResponse callService(String token) {
        var request = given().contentType("application/json").body(HookRequests.bytes(HookRequests.of(Intakes.reference())));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post(SERVICE).then();
    }

    /** A 401 problem that names no reason and echoes nothing of the token; no log line carries the token. */
    void assertRefused(ValidatableResponse response, String token) {
        String body = response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", token == null ? equalTo("Bearer") : equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("/problems/unauthorized")).extract().asString();
        for (String leak : List.of("Exception", "java.", "org.jose4j", "org.ketascreen", "eyJ", MARKER, "kid", "aud", "exp")) {
            assertFalse(body.contains(leak), "refusal body leaks " + leak + ": " + body);
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER) || token != null && l.contains(token)),
                "a log line carries token content: " + lines);
    }

    // --- accepted --------------------------------------------------------------------------------------

    static Stream<Client> trustedClients() {
        return Stream.of(EHR_CLIENT, SANDBOX_LIKE_CLIENT, PORTAL_CLIENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trustedClients")
    void shouldAcceptATokenFromEachTrustedClientOnEveryEndpoint(Client client) {
        String discovery = given().header("Authorization", "Bearer " + token(client, DISCOVERY)).when().get(DISCOVERY).then()
                .statusCode(200).extract().asString();
        String answer = callService(token(client, SERVICE)).statusCode(200).extract().asString();
        String feedback = "{\"feedback\":[{\"card\":\"0f80c481-5a1f-5373-a641-9b786fab5dc3\",\"outcome\":\"overridden\","
                + "\"outcomeTimestamp\":\"2026-03-02T15:04:05Z\"}]}";
        CdsHooksSchemas.assertValid(CdsHooksSchemas.FEEDBACK, feedback);
        given().header("Authorization", "Bearer " + token(client, FEEDBACK)).contentType("application/json").body(feedback)
                .when().post(FEEDBACK).then().statusCode(200);

        CdsHooksSchemas.assertValid(CdsHooksSchemas.DISCOVERY, discovery);
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, answer);
        assertTrue(answer.contains("\"url\":\"" + BASE + "/\""), "absolute links from the configured public base URL: " + answer);
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "no log line carries a jti: " + lines);
    }

    @Test
    void shouldTolerateTheConfiguredClockSkew() {
        long now = Instant.now().getEpochSecond();
        String justExpired = token(EHR_CLIENT, SERVICE, c -> {
            c.setClaim("iat", now - 305);
            c.setClaim("exp", now - 5);
        });

        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, callService(justExpired).statusCode(200).extract().asString());
    }

    // --- refused ------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer401WithABareChallengeWithoutAToken() {
        assertRefused(callService(null), null);
        assertRefused(given().when().get(DISCOVERY).then(), null);
    }

    static Stream<Arguments> refusedTokens() throws Exception {
        long now = Instant.now().getEpochSecond();
        byte[] ehrPublicKey = CdsClientAuthTest.class.getResourceAsStream("/cds-hooks/ehr-rsa-public.pem").readAllBytes();
        return Stream.of(
                Arguments.of("unknown issuer", sign(claims("https://ehr.evil.example", SERVICE), EHR_KEY, "RS384", null)),
                Arguments.of("aud another endpoint (discovery)", token(EHR_CLIENT, DISCOVERY)),
                Arguments.of("aud the request's own host, not the public base URL", token(EHR_CLIENT, SERVICE,
                        c -> c.setAudience("http://localhost:8080" + SERVICE))),
                Arguments.of("aud missing", token(EHR_CLIENT, SERVICE, c -> c.unsetClaim("aud"))),
                Arguments.of("expired beyond the clock skew", token(EHR_CLIENT, SERVICE, c -> {
                    c.setClaim("iat", now - 100);
                    c.setClaim("exp", now - 40);
                })),
                Arguments.of("exp more than 5 minutes after iat", token(EHR_CLIENT, SERVICE, c -> c.setClaim("exp", now + 301))),
                Arguments.of("exp missing", token(EHR_CLIENT, SERVICE, c -> c.unsetClaim("exp"))),
                Arguments.of("iat missing", token(EHR_CLIENT, SERVICE, c -> c.unsetClaim("iat"))),
                Arguments.of("iat in the future", token(EHR_CLIENT, SERVICE, c -> {
                    c.setClaim("iat", now + 120);
                    c.setClaim("exp", now + 400);
                })),
                Arguments.of("jti missing", token(EHR_CLIENT, SERVICE, c -> c.unsetClaim("jti"))),
                Arguments.of("alg none", sign(claims(EHR, SERVICE), null, "none", null)),
                Arguments.of("HMAC keyed with the client's public key", sign(claims(EHR, SERVICE), new HmacKey(ehrPublicKey), "HS256", null)),
                Arguments.of("signed with the key of another client", sign(claims(EHR, SERVICE), PORTAL_KEY, "ES256", null)),
                Arguments.of("signed by a trusted key for another issuer", sign(claims(PORTAL, SERVICE), SANDBOX_LIKE_KEY, "ES384", "sandbox-like-1")),
                Arguments.of("kid of the retired key of the set", sign(claims(PORTAL, SERVICE), PORTAL_KEY, "ES256", "portal-0")),
                Arguments.of("a v1 API token", io.smallrye.jwt.build.Jwt.issuer("https://issuer.ketascreen.test").audience("ketascreen-api")
                        .groups(java.util.Set.of("screening")).expiresAt(now + 300)
                        .sign(privateKeyAt("/auth/private-key.pem", "RSA"))),
                Arguments.of("not a JWT", "not-a-jwt"),
                Arguments.of("three dots", "a.b.c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void shouldAnswer401ForATokenTheSpecDoesNotTrust(String what, String token) {
        assertRefused(callService(token), token);
    }

    @Test
    void shouldAnswer401ForAReplayedToken() {
        String token = token(SANDBOX_LIKE_CLIENT, SERVICE);

        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, callService(token).statusCode(200).extract().asString());
        assertRefused(callService(token), token);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Token abc"})
    void shouldAnswer401ForAnotherScheme(String authorization) {
        assertRefused(given().header("Authorization", authorization).contentType("application/json")
                .body(HookRequests.bytes(HookRequests.of(Intakes.reference()))).when().post(SERVICE).then(), "dXNlcjpwYXNz");
    }

    // --- the v1 API keeps its own bearer tokens ----------------------------------------------------------

    @Test
    void shouldKeepTheV1ApiBehindItsOwnTokenAndRole() {
        String cdsToken = token(EHR_CLIENT, SERVICE);
        given().header("Authorization", "Bearer " + cdsToken).contentType("application/json")
                .body(Intakes.bytes(Intakes.reference())).when().post(Routes.V1_SCREENINGS).then().statusCode(401);
        given().urlEncodingEnabled(false).header("Authorization", "Bearer " + token(EHR_CLIENT, SERVICE)).contentType("application/json")
                .body(Intakes.bytes(Intakes.reference())).when().post("/cds-services/../api/v1/screenings").then().statusCode(401);
    }

    // --- CORS for the sandbox ------------------------------------------------------------------------------

    @Test
    void shouldLetTheSandboxOriginCallTheServiceFromABrowser() {
        given().header("Origin", SANDBOX_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").when().options(SERVICE).then()
                .statusCode(200).header("Access-Control-Allow-Origin", SANDBOX_ORIGIN)
                .header("Access-Control-Allow-Headers", "Authorization,Content-Type,Accept");
        String answer = given().header("Origin", SANDBOX_ORIGIN).header("Authorization", "Bearer " + token(PORTAL_CLIENT, DISCOVERY))
                .when().get(DISCOVERY).then().statusCode(200).header("Access-Control-Allow-Origin", SANDBOX_ORIGIN).extract().asString();
        CdsHooksSchemas.assertValid(CdsHooksSchemas.DISCOVERY, answer);
        given().header("Origin", "https://evil.example").when().get(DISCOVERY).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("evil.example")).toList());
    }
}
