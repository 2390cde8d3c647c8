package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.reference;
import static org.ketascreen.testing.Intakes.with;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.testing.LogCapture;
import org.ketascreen.testing.QuestionnaireResponses;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No entered value reaches a log line or an error body. Every log record of every logger is captured
 * (the application's packages run at DEBUG in the test profile) while requests carrying a marker are
 * posted, valid and invalid.
 */
@QuarkusTest
class PrivacyTest {

    static final String MARKER = "PHIMARKER7731";
    static final Pattern AUDIT_LINE = Pattern.compile(
            "screening seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} ruleset=ketamine-migraine@\\d+\\.\\d+\\.\\d+ verdict=[A-Z_]+ fired=\\[[A-Z0-9,-]*] durationMicros=\\d+");

    static final Pattern REJECTED_LINE = Pattern.compile(
            "org\\.ketascreen\\.audit screening-rejected seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} status=4\\d\\d violations=\\d+");

    @RegisterExtension
    private final LogCapture logs = new LogCapture();
    private final List<String> lines = logs.lines();

    static Stream<byte[]> invalidRequestsCarryingTheMarker() throws Exception {
        String reference = JSON.writeValueAsString(reference());
        return Stream.of(
                bytes(with("patient.pregnant", MARKER)),
                bytes(with("headache.diagnoses", List.of("CHRONIC_MIGRAINE", MARKER))),
                bytes(with("patient.ageYears", MARKER)),
                bytes(with("patient.notes", MARKER)),
                bytes(with("conditions.liverDisease", MARKER + "x".repeat(2000))),
                bytes(with("treatments.preventive[0].drugClass", MARKER)),
                bytes(with("cardiovascular.bloodPressure", MARKER)),
                reference.replaceFirst("\"ageYears\":38", "\"ageYears\":38,\"ageYears\":\"" + MARKER + "\"").getBytes(StandardCharsets.UTF_8),
                reference.replaceFirst("\"pregnant\":\"NO\"", "\"pregnant\":" + MARKER).getBytes(StandardCharsets.UTF_8),
                reference.replaceFirst("\"pregnant\":\"NO\"", "\"pregnant\":\"NO\" " + MARKER).getBytes(StandardCharsets.UTF_8),
                ("{\"patient\": \"" + MARKER).getBytes(StandardCharsets.UTF_8),
                (reference + " " + MARKER).getBytes(StandardCharsets.UTF_8),
                with("patient.pregnant", MARKER).toString().getBytes(StandardCharsets.UTF_16),
                ("[\"" + MARKER + "\"]").getBytes(StandardCharsets.UTF_8),
                ("{\"a\":" + "[".repeat(100) + "\"" + MARKER + "\"" + "]".repeat(100) + "}").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("invalidRequestsCarryingTheMarker")
    void shouldKeepEnteredValuesOutOfErrorBodiesAndLogs(byte[] body) {
        String answer = given().contentType("application/json").body(body).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(400).contentType("application/problem+json").extract().asString();

        assertFalse(answer.contains(MARKER), "error body echoes an entered value: " + answer);
        assertFalse(answer.contains("Exception") || answer.contains("org.ketascreen") || answer.contains("java."),
                "error body leaks internals: " + answer);
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries an entered value");
        assertTrue(lines.stream().filter(l -> l.startsWith("org.ketascreen")).allMatch(l -> REJECTED_LINE.matcher(l).matches()),
                "only the value-free rejection line is logged: " + lines);
    }

    /** QuestionnaireResponses with the marker in elements the service ignores: screened, the marker nowhere. */
    static Stream<String> responsesCarryingTheMarkerInIgnoredElements() {
        List<String> bodies = new java.util.ArrayList<>();
        for (String element : List.of("id", "language", "authored", "implicitRules")) {
            bodies.add(QuestionnaireResponses.of(reference()).put(element, MARKER).toString());
        }
        var subject = QuestionnaireResponses.of(reference());
        subject.putObject("subject").put("reference", "Patient/" + MARKER).put("display", MARKER);
        subject.putObject("author").put("display", MARKER);
        subject.putObject("encounter").put("reference", "Encounter/" + MARKER);
        subject.putObject("source").put("display", MARKER);
        subject.putArray("identifier").addObject().put("system", "https://clinic.example/" + MARKER).put("value", MARKER);
        bodies.add(subject.toString());
        var text = QuestionnaireResponses.of(reference());
        text.putObject("text").put("status", "generated").put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + MARKER + "</div>");
        text.putObject("meta").putArray("tag").addObject().put("code", MARKER);
        text.putArray("extension").addObject().put("url", "https://clinic.example/" + MARKER).put("valueString", MARKER);
        ((com.fasterxml.jackson.databind.node.ObjectNode) text.get("item").get(0)).put("text", MARKER);
        bodies.add(text.toString());
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("responsesCarryingTheMarkerInIgnoredElements")
    void shouldNeverReadLogOrEchoTheIgnoredElementsOfAQuestionnaireResponse(String body) {
        String answer = given().contentType("application/fhir+json").body(body).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(200).extract().asString();

        assertFalse(answer.contains(MARKER), answer);
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries an ignored element: " + lines);
    }

    /** QuestionnaireResponses with the marker as an invalid value: refused, the marker nowhere. */
    static Stream<String> invalidResponsesCarryingTheMarker() {
        String reference = QuestionnaireResponses.of(reference()).toString();
        return Stream.of(
                reference.replaceFirst("\"valueInteger\":38", "\"valueString\":\"" + MARKER + "\""),
                reference.replaceFirst("\"valueInteger\":38", "\"valueInteger\":\"" + MARKER + "\""),
                reference.replaceFirst("\"code\":\"NO\"", "\"code\":\"" + MARKER + "\""),
                reference.replaceFirst("\"system\":\"https://ketascreen.org/fhir/CodeSystem/answer\"", "\"system\":\"" + MARKER + "\""),
                reference.replaceFirst("\"status\":\"completed\"", "\"status\":\"" + MARKER + "\""),
                reference.replaceFirst("\"questionnaire\":\"[^\"]*\"", "\"questionnaire\":\"" + MARKER + "\""),
                reference.replaceFirst("\"resourceType\":\"QuestionnaireResponse\"", "\"resourceType\":\"" + MARKER + "\""),
                reference.replaceFirst("\"linkId\":\"patient.ageYears\"", "\"linkId\":\"patient.ageYears " + MARKER + "!\""),
                reference.replaceFirst("\"valueInteger\":38", "\"valueInteger\":38,\"valueInteger\":\"" + MARKER + "\""),
                reference.substring(0, reference.length() - 1) + ",\"notes\":\"" + MARKER + "\"}",
                reference + " " + MARKER);
    }

    @ParameterizedTest
    @MethodSource("invalidResponsesCarryingTheMarker")
    void shouldKeepEnteredValuesOfAQuestionnaireResponseOutOfErrorBodiesAndLogs(String body) {
        String answer = given().contentType("application/fhir+json").body(body).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(400).contentType("application/problem+json").extract().asString();

        assertFalse(answer.contains(MARKER), "error body echoes an entered value: " + answer);
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries an entered value");
        assertTrue(lines.stream().filter(l -> l.startsWith("org.ketascreen")).allMatch(l -> REJECTED_LINE.matcher(l).matches()),
                "only the value-free rejection line is logged: " + lines);
    }

    @Test
    void shouldMarkEveryScreeningAnswerNoStoreAndCarryARequestId() {
        given().contentType("application/json").body(bytes(reference())).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(200).header("Cache-Control", "no-store").header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json").body("{}").header("X-Request-Id", "intake-42").when()
                .post(Routes.V1_SCREENINGS).then().statusCode(400).header("Cache-Control", "no-store")
                .header("X-Request-Id", "intake-42");
        given().contentType("text/plain").body("x").when().post(Routes.V1_SCREENINGS).then().statusCode(415)
                .header("Cache-Control", "no-store");
        given().contentType("application/json").body("{}").header("X-Request-Id", MARKER + " <script>").when()
                .post(Routes.V1_SCREENINGS).then().statusCode(400)
                .header("X-Request-Id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(MARKER)));
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)));
    }

    @Test
    void shouldKeepEnteredValuesOutOfEveryOtherErrorPath() {
        String big = "{\"patient\":\"" + MARKER.repeat(70_000 / MARKER.length()) + "\"}";
        List<io.restassured.response.ExtractableResponse<io.restassured.response.Response>> answers = List.of(
                given().contentType("application/json").body(big).when().post(Routes.V1_SCREENINGS).then().statusCode(413).extract(),
                given().contentType("text/plain").body(MARKER).when().post(Routes.V1_SCREENINGS).then().statusCode(415).extract(),
                given().when().get("/api/v1/" + MARKER).then().statusCode(404).extract(),
                given().when().get("/" + MARKER + "?q=" + MARKER).then().statusCode(404).extract(),
                given().contentType("application/json").body(MARKER).when().put(Routes.V1_SCREENINGS).then().statusCode(405).extract(),
                given().contentType("application/json").accept("text/html").body(MARKER).when().post(Routes.V1_SCREENINGS).then()
                        .statusCode(406).extract());
        for (var answer : answers) {
            assertFalse(answer.asString().contains(MARKER), answer.asString());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries an entered value: " + lines);
    }

    @Test
    void shouldLogOneValueFreeAuditLinePerScreening() {
        given().contentType("application/json").body(bytes(with("psychiatric.depression", "NO", "patient.ageYears", 73,
                "headache.ageAtOnsetYears", 41))).when().post(Routes.V1_SCREENINGS).then().statusCode(200);

        List<String> audit = lines.stream().filter(l -> l.startsWith("org.ketascreen.audit ")).toList();
        assertTrue(audit.size() == 1, "one audit line: " + audit);
        assertTrue(AUDIT_LINE.matcher(audit.get(0).substring("org.ketascreen.audit ".length())).matches(), audit.get(0));
        assertTrue(lines.stream().filter(l -> l.startsWith("org.ketascreen")).allMatch(l -> l.startsWith("org.ketascreen.audit ")),
                "the application logs nothing else per screening: " + lines);
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
