package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogRecord;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access control and CORS switched on (one extra Quarkus boot): bearer JWTs signed with the test key
 * pair under src/test/resources/auth, the screening role on POST /api/v1/screenings, public reference
 * and Quarkus endpoints, an explicit CORS allowlist. Every refusal is problem+json without token
 * content, key, class name or stack trace, and no log line carries the token.
 */
@QuarkusTest
@TestProfile(AccessControlTest.AuthOn.class)
class AccessControlTest {

    static final String ISSUER = "https://issuer.ketascreen.test";
    static final String AUDIENCE = "ketascreen-api";
    static final String ALLOWED_ORIGIN = "https://forms.ketascreen.test";
    static final String SUBJECT = "TOKENMARKER5519";
    static final String SCREENINGS = Routes.V1_SCREENINGS;
    static final String PROBLEM_JSON = "application/problem+json";

    public static class AuthOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ketascreen.auth.enabled", "true",
                    "mp.jwt.verify.publickey.location", "auth/public-key.pem",
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE,
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", ALLOWED_ORIGIN,
                    // An HTTP-layer permission (no applies-to=JAXRS) on a path with no route, only to prove that
                    // security failures raised before JAX-RS are problem+json too (HttpFallbacks).
                    "quarkus.http.auth.permission.http-layer-probe.paths", "/http-layer-probe",
                    "quarkus.http.auth.permission.http-layer-probe.policy", "screening");
        }
    }

    private static final PrivateKey SIGNING_KEY = readPrivateKey("/auth/private-key.pem");
    private static final byte[] REFERENCE = ScreeningApiTest.bytes(Intakes.reference());

    @RegisterExtension
    private final LogCapture logs = new LogCapture();
    private final List<String> lines = logs.lines();

    // --- tokens ---------------------------------------------------------------------------------

    static JwtClaimsBuilder claims(String role) {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(SUBJECT).groups(Set.of(role)).issuedAt(now).expiresAt(now + 300);
    }

    static String token(String role) {
        return claims(role).sign(SIGNING_KEY);
    }

    /** Header and claims of a valid token for the right role, as base64url JSON, joined with a dot. */
    static String unsignedPart(String algorithm) {
        long now = Instant.now().getEpochSecond();
        return unsignedPart(algorithm, ",\"iat\":" + now + ",\"exp\":" + (now + 300));
    }

    static String unsignedPart(String algorithm, String times) {
        String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + SUBJECT
                + "\",\"groups\":[\"screening\"]" + times + "}";
        return base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static PrivateKey readPrivateKey(String resource) {
        try (var in = AccessControlTest.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("test key unreadable", e);
        }
    }

    static ValidatableResponse screen(String authorization) {
        var request = given().contentType("application/json").body(REFERENCE);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.when().post(SCREENINGS).then();
    }

    /** A 401 in problem+json with a Bearer challenge that says nothing about the token it refused. */
    ExtractableResponse<Response> assertUnauthorized(ValidatableResponse response, String token) {
        ExtractableResponse<Response> answer = response.statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized")).body("status", equalTo(401)).extract();
        assertCleanRefusal(answer, token);
        return answer;
    }

    void assertCleanRefusal(ExtractableResponse<Response> answer, String token) {
        String body = answer.asString();
        for (String leak : List.of("Exception", "java.", "io.smallrye", "io.quarkus", "org.ketascreen", "\tat ", "SRJWT",
                "eyJ", SUBJECT, "BEGIN", "PUBLIC KEY")) {
            assertFalse(body.contains(leak), "refusal body leaks " + leak + ": " + body);
        }
        if (token != null && !token.isEmpty()) {
            assertFalse(body.contains(token), "refusal body echoes the token");
            assertFalse(answer.header("WWW-Authenticate") != null && answer.header("WWW-Authenticate").contains(token),
                    "challenge echoes the token");
            assertTrue(lines.stream().noneMatch(l -> l.contains(token)), "a log line carries the token");
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains(SUBJECT)), "a log line carries token content: " + lines);
        assertFalse(answer.headers().hasHeaderWithName("Server"), "no Server header");
    }

    // --- authentication: 401 ----------------------------------------------------------------------

    @Test
    void shouldAnswer401WithoutAToken() {
        var answer = assertUnauthorized(screen(null), null);
        assertTrue(answer.header("WWW-Authenticate").equals("Bearer"), answer.header("WWW-Authenticate"));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer not-a-jwt", "Bearer a.b.c", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer eyJhbGciOiJSUzI1NiJ9.e30"})
    void shouldAnswer401ForAMalformedToken(String authorization) {
        assertUnauthorized(screen(authorization), authorization.substring(authorization.indexOf(' ') + 1));
    }

    @Test
    void shouldAnswer401ForAnExpiredToken() {
        long now = Instant.now().getEpochSecond();
        // ten minutes past expiry, well beyond the default 60 s clock skew
        String expired = claims("screening").issuedAt(now - 1200).expiresAt(now - 600).sign(SIGNING_KEY);
        var answer = assertUnauthorized(screen("Bearer " + expired), expired);
        assertTrue(answer.header("WWW-Authenticate").contains("invalid_token"), answer.header("WWW-Authenticate"));
    }

    /** Signed with the right key, but never expires: refused (the same token with an exp is accepted). */
    @Test
    void shouldAnswer401ForATokenWithoutExpiry() throws Exception {
        long now = Instant.now().getEpochSecond();
        screen("Bearer " + signRs256(unsignedPart("RS256", ",\"iat\":" + now + ",\"exp\":" + (now + 300)))).statusCode(200);
        String token = signRs256(unsignedPart("RS256", ",\"iat\":" + now));
        assertUnauthorized(screen("Bearer " + token), token);
    }

    static String signRs256(String signingInput) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(SIGNING_KEY);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rsa.sign());
    }

    @Test
    void shouldAnswer401ForAWrongAudience() {
        String token = claims("screening").audience("another-api").sign(SIGNING_KEY);
        assertUnauthorized(screen("Bearer " + token), token);
    }

    @Test
    void shouldAnswer401ForAWrongIssuer() {
        String token = claims("screening").issuer("https://issuer.evil.example").sign(SIGNING_KEY);
        assertUnauthorized(screen("Bearer " + token), token);
    }

    @Test
    void shouldAnswer401ForATokenSignedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = claims("screening").sign(generator.generateKeyPair().getPrivate());
        assertUnauthorized(screen("Bearer " + token), token);
    }

    @Test
    void shouldAnswer401ForAnUnsignedAlgNoneToken() {
        String token = unsignedPart("none") + ".";
        assertUnauthorized(screen("Bearer " + token), token);
    }

    /** Algorithm confusion: HMAC keyed with the public key the service verifies with. */
    @Test
    void shouldAnswer401ForAnHs256TokenKeyedWithThePublicKey() throws Exception {
        byte[] publicKey = AccessControlTest.class.getResourceAsStream("/auth/public-key.pem").readAllBytes();
        String signingInput = unsignedPart("HS256");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        String token = signingInput + "." + base64Url(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertUnauthorized(screen("Bearer " + token), token);
    }

    /** Path spellings that reach the screening resource must meet the same check (deny by default). */
    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/api/v1/screenings/", "/api/v1/screenings;x=1", "/api/v1//screenings", "/api/v1/./screenings",
            "/api/v1/ruleset/../screenings", "/api/v1/%73creenings", "//api/v1/screenings"})
    void shouldRequireATokenWhateverThePathSpelling(String path) {
        given().urlEncodingEnabled(false).contentType("application/json").body(REFERENCE).when().post(path).then()
                .statusCode(401).contentType(PROBLEM_JSON).body("type", equalTo("/problems/unauthorized"));
    }

    // --- authorization: 403 and 200 ----------------------------------------------------------------

    @Test
    void shouldAnswer403ForAValidTokenWithoutTheRole() {
        String token = token("clinician");
        var answer = screen("Bearer " + token).statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden")).body("status", equalTo(403)).extract();
        assertCleanRefusal(answer, token);
    }

    @Test
    void shouldScreenWithTheRole() {
        screen("Bearer " + token("screening")).statusCode(200).contentType("application/json")
                .body("verdict", equalTo("ELIGIBLE")).body("ruleset.id", equalTo("ketamine-migraine"));
    }

    // --- public endpoints ----------------------------------------------------------------------------

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {Routes.V1_RULESET, Routes.V1_QUESTIONNAIRE, Routes.OPENAPI, "/q/swagger-ui/", Routes.HEALTH_LIVE,
            Routes.HEALTH_READY, "/q/health"})
    void shouldKeepReferenceAndQuarkusEndpointsPublic(String path) {
        given().when().get(path).then().statusCode(200);
        // a public endpoint never reads a token, so a bad one does not turn it into a 401
        given().header("Authorization", "Bearer not-a-jwt").when().get(path).then().statusCode(200);
    }

    @Test
    void shouldStillAnswer404ForAnUnknownPath() {
        given().when().get("/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    // --- failures raised before JAX-RS -------------------------------------------------------------

    @Test
    void shouldAnswerProblemJsonForSecurityFailuresOnTheHttpLayer() {
        var rejected = given().header("Authorization", "Bearer not-a-jwt").when().get("/http-layer-probe").then()
                .statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized")).extract();
        assertCleanRefusal(rejected, "not-a-jwt");
        var forbidden = given().header("Authorization", "Bearer " + token("clinician")).when().get("/http-layer-probe").then()
                .statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo("/problems/forbidden")).extract();
        assertCleanRefusal(forbidden, null);
    }

    // --- CORS: explicit allowlist --------------------------------------------------------------------

    @Test
    void shouldAnswerAPreflightFromAnAllowedOrigin() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").when().options(SCREENINGS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", "POST")
                .header("Access-Control-Allow-Headers", "Authorization,Content-Type,Accept")
                .header("Access-Control-Allow-Credentials", "false")
                .header("Vary", org.hamcrest.Matchers.containsStringIgnoringCase("origin"));
    }

    @Test
    void shouldLetAnAllowedOriginReadAScreening() {
        given().header("Origin", ALLOWED_ORIGIN).header("Authorization", "Bearer " + token("screening"))
                .contentType("application/json").body(REFERENCE).when().post(SCREENINGS).then()
                .statusCode(200).header("Access-Control-Allow-Origin", ALLOWED_ORIGIN).body("verdict", equalTo("ELIGIBLE"));
    }

    @Test
    void shouldRefuseAnotherOriginInProblemJsonWithoutCorsHeaders() {
        var preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options(SCREENINGS).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/origin-not-allowed")).extract();
        var actual = given().header("Origin", "https://evil.example").when().get(Routes.V1_RULESET).then()
                .statusCode(403).contentType(PROBLEM_JSON).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue())
                .extract();
        for (var answer : List.of(preflight, actual)) {
            assertFalse(answer.headers().hasHeaderWithName("Access-Control-Allow-Origin"));
            assertFalse(answer.headers().hasHeaderWithName("Access-Control-Allow-Credentials"));
            assertFalse(answer.asString().contains("evil.example"), "the refusal does not echo the origin");
            assertCleanRefusal(answer, null);
        }
    }

    /** A page served by the service itself (Swagger UI) sends its own origin: never refused. */
    @Test
    void shouldLetTheServersOwnOriginThrough() {
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", own).when().get(Routes.V1_RULESET).then().statusCode(200);
        given().header("Origin", own).header("Authorization", "Bearer " + token("screening")).contentType("application/json")
                .body(REFERENCE).when().post(SCREENINGS).then().statusCode(200);
    }

    @Test
    void shouldNotTreatASimilarLookingOriginAsAllowed() {
        for (String origin : List.of(ALLOWED_ORIGIN + ".evil.example", "http://forms.ketascreen.test", ALLOWED_ORIGIN + ":8443",
                "null")) {
            given().header("Origin", origin).when().get(Routes.V1_RULESET).then().statusCode(403)
                    .header("Access-Control-Allow-Origin", not(equalTo(origin)));
        }
    }
}
