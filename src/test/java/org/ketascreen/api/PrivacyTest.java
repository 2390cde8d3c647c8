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
            "screening seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} ruleset=ketamine-migraine@\\d+\\.\\d+\\.\\d+( profile=[a-z0-9-]+@\\d+\\.\\d+\\.\\d+)? verdict=[A-Z_]+ fired=\\[[A-Z0-9,-]*] durationMicros=\\d+");

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

    /**
     * Every field of the v2 request (api-contract §9.2; the v2 reference holds every member, the gated follow-ups
     * included where the reference asks them): a wrong-typed marker and, for a number, an out-of-range marker number,
     * through JSON and FHIR alike. Neither reaches the error body or a log line.
     */
    static Stream<String> v2Fields() {
        List<String> paths = new java.util.ArrayList<>();
        leaves(V2_REFERENCE, "", paths);
        // members the reference does not answer (their gate is not met there): a value is refused without echo too
        paths.addAll(List.of("priorKetamine.condition", "priorKetamine.sessions", "priorKetamine.monthsSinceLast",
                "priorKetamine.helped", "respiratory.restingSpo2Percent", "respiratory.sleepApnoeaTreated",
                "substanceUse.cannabisPrescribed", "substanceUse.ketamineUseDisorder", "psychiatric.suicidalBehaviour.monthsAgo",
                "treatments.preventive.0.monthsSinceLastDose", "cardiovascular.bloodPressure.irregularSymbol"));
        return paths.stream().distinct();
    }

    static final JsonNode V2_REFERENCE = read("src/test/resources/scenarios-v2/reference.request.json");
    static final String NUMBER_MARKER = "987654321";

    @ParameterizedTest(name = "{0}")
    @MethodSource("v2Fields")
    void shouldKeepEveryV2ValueOutOfErrorBodiesAndLogs(String path) {
        List<JsonNode> bodies = new java.util.ArrayList<>(List.of(set(path, JSON.getNodeFactory().textNode(MARKER))));
        JsonNode current = at(V2_REFERENCE, path);
        if (current == null || current.isNumber()) {
            bodies.add(set(path, JSON.getNodeFactory().numberNode(Long.parseLong(NUMBER_MARKER))));
        }
        List<String> posted = new java.util.ArrayList<>();
        for (JsonNode body : bodies) {
            posted.add(body.toString());
        }
        // the same values in a QuestionnaireResponse: the reference's response with the item's answer replaced
        JsonNode response = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, V2_REFERENCE);
        for (JsonNode answer : List.of(JSON.createObjectNode().put("valueString", MARKER),
                JSON.createObjectNode().put("valueInteger", Integer.parseInt(NUMBER_MARKER)))) {
            JsonNode copy = response.deepCopy();
            if (replaceAnswer(copy.get("item"), path, answer)) {
                posted.add("F" + copy);
            }
        }
        for (String body : posted) {
            boolean fhir = body.startsWith("F");
            String answer = given().contentType(fhir ? "application/fhir+json" : "application/json")
                    .body(fhir ? body.substring(1) : body)
                    .when().post(Routes.V2_SCREENINGS).then().statusCode(400).extract().asString();
            assertFalse(answer.contains(MARKER) || answer.contains(NUMBER_MARKER), "error body echoes an entered value: " + answer);
            assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER) || l.contains(NUMBER_MARKER)),
                    "a log line carries an entered value");
        }
        assertTrue(posted.size() > 1 || path.contains(".0.") || at(V2_REFERENCE, path) == null,
                "an answered item of the reference is also tried through FHIR: " + path);
    }

    /** Replaces the answer of the item whose linkId is {@code path}; false when the response has no such item. */
    private static boolean replaceAnswer(JsonNode items, String path, JsonNode answer) {
        if (items == null || path.contains(".0.")) {
            return false;
        }
        for (JsonNode item : items) {
            if (path.equals(item.path("linkId").asText()) && item.has("answer")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) item.get("answer")).removeAll().add(answer);
                return true;
            }
            if (replaceAnswer(item.get("item"), path, answer)) {
                return true;
            }
        }
        return false;
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> leaves(node.get(name), path.isEmpty() ? name : path + "." + name, out));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            leaves(node.get(0), path + ".0", out);
        } else {
            out.add(path);
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String name : path.split("\\.")) {
            node = node == null ? null : name.matches("\\d+") ? node.get(Integer.parseInt(name)) : node.get(name);
        }
        return node;
    }

    private static JsonNode set(String path, JsonNode value) {
        JsonNode copy = V2_REFERENCE.deepCopy();
        String[] names = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode next = names[i].matches("\\d+") ? parent.get(Integer.parseInt(names[i])) : parent.get(names[i]);
            if (next == null || next.isNull() || !next.isContainerNode()) {
                next = JSON.createObjectNode();
                ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(names[i], next);
            }
            parent = next;
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(names[names.length - 1], value);
        return copy;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
