package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.http.Routes;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.MergePatch;
import org.ketascreen.testing.QuestionnaireResponses;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The v2 door over the real HTTP stack (api-contract §9): every scenario of {@code scenarios-v2} answers its intent
 * row's verdicts through JSON, and the same answers as a FHIR QuestionnaireResponse give the same bytes; every
 * errors row is a 400 naming its fields through both formats; the GETs and the profile echo.
 */
@QuarkusTest
class ScreeningApiV2Test {

    static final Path DIR = Path.of("src/test/resources/scenarios-v2");

    static JsonNode request(String scenario) {
        JsonNode reference = read(DIR.resolve("reference.request.json"));
        return scenario.equals("reference") ? reference : MergePatch.apply(reference, read(DIR.resolve(scenario + ".patch.json")));
    }

    static Stream<Arguments> intents() throws IOException {
        return Files.readAllLines(DIR.resolve("intent.csv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    static Stream<Arguments> errors() throws IOException {
        return Files.readAllLines(DIR.resolve("errors.csv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).map(c -> Arguments.of(c[0], new TreeSet<>(Arrays.asList(c[2].split(" ")))));
    }

    static byte[] post(String contentType, byte[] body, int status) {
        return given().contentType(contentType).body(body).when().post(Routes.V2_SCREENINGS)
                .then().statusCode(status).extract().asByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void shouldAnswerEveryScenarioAsItsIntentRowThroughJsonAndFhirAlike(String scenario, String verdict, String modalities) {
        JsonNode request = request(scenario);
        byte[] json = post("application/json", Intakes.bytes(request), 200);
        JsonPath answer = JsonPath.from(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(verdict, answer.getString("verdict"));
        List<String> perModality = new ArrayList<>();
        List<String> names = answer.getList("modalities.modality");
        List<String> verdicts = answer.getList("modalities.verdict");
        for (int i = 0; i < names.size(); i++) {
            perModality.add(names.get(i) + "=" + verdicts.get(i));
        }
        assertEquals(modalities, String.join(" ", perModality));
        assertEquals("2.0.0", answer.getString("ruleset.version"));
        assertEquals(ActiveProfile.REFERENCE.sha256(), answer.getString("profile.sha256"));
        byte[] fhir = post("application/fhir+json", Intakes.bytes(QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, request)), 200);
        assertArrayEquals(json, fhir, "the FHIR door's answer is the JSON door's, byte for byte");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void shouldRefuseEveryErrorRowAtItsFields(String scenario, Set<String> fields) {
        byte[] body = post("application/json", Intakes.bytes(request(scenario)), 400);
        List<String> named = JsonPath.from(new String(body, java.nio.charset.StandardCharsets.UTF_8)).getList("violations.field");
        assertTrue(named.containsAll(fields), named + " names " + fields);
    }

    @Test
    void shouldEchoTheReferenceProfileAndCarryNoDeprecation() {
        given().contentType("application/json").body(Intakes.bytes(request("reference"))).when().post(Routes.V2_SCREENINGS)
                .then().statusCode(200).header("Deprecation", nullValue()).header("Cache-Control", equalTo("no-store"))
                .body("profile.id", equalTo("reference")).body("profile.version", equalTo("2.0.0"))
                .body("modalities[2].conditions.find { it.code == 'PRE_DOSE_VITALS_CHECK' }.parameters.maxSystolic", equalTo(140))
                .body("modalities[0].conditions.find { it.code == 'NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE' }.parameters.beforeHours", equalTo(24))
                .body("modalities[0].conditions.find { it.code == 'IN_CLINIC_MONITORING' }.parameters", nullValue());
    }

    @Test
    void shouldListTheRuleSetWithItsAdditionsConditionsAndParameters() {
        JsonPath ruleset = given().when().get(Routes.V2_RULESET).then().statusCode(200).header("Deprecation", nullValue())
                .extract().jsonPath();
        assertEquals("2.0.0", ruleset.getString("version"));
        List<String> ids = ruleset.getList("rules.id");
        // §9.1: §4's ids, then the additions in the order of §9.3's first sentence
        assertEquals(List.of("RESP-1", "RESP-2", "RESP-3", "RESP-4", "RESP-5", "HR-1", "HR-2", "HR-3", "HR-4", "HR-5", "ALC-1",
                "ALC-2", "SUB-5", "SUB-6", "SUB-7", "HOME-1", "HOME-2", "HOME-3", "HOME-4", "REF-1", "REF-2", "KET-1", "KET-2",
                "KET-3", "BMI-1", "BMI-2", "ORG-7", "PSY-7", "PSY-8", "PSY-9", "DDI-9", "HS-2", "HS-3", "LOG-2"),
                ids.subList(ids.indexOf("RESP-1"), ids.size()));
        assertEquals("RF-1", ids.get(0));
        assertEquals("LOG-1", ids.get(ids.indexOf("RESP-1") - 1));
        assertEquals(10, ruleset.getList("conditions").size());
        assertEquals(34, ruleset.getList("parameters.findAll { it.configurable }").size());
        assertEquals(15, ruleset.getList("parameters.findAll { !it.configurable }").size());
        assertEquals(12, ruleset.getInt("parameters.find { it.name == 'abstain.beforeHours' }.allowed.min"));
        assertEquals(List.of("HR-2", "HR-3"), ruleset.getList("parameters.find { it.name == 'hr.ineligibleAbove' }.rules"));
    }

    @Test
    void shouldServeTheQuestionnaireInBothRenderings() {
        given().accept("application/json").when().get(Routes.V2_QUESTIONNAIRE).then().statusCode(200)
                .body("profile.id", equalTo("reference"));
        given().accept("application/fhir+json").when().get(Routes.V2_QUESTIONNAIRE).then().statusCode(200)
                .body("resourceType", equalTo("Questionnaire")).body("version", equalTo("2.0.0"))
                .body("item.linkId", hasItems("patient", "respiratory", "home"));
    }

    /** The FHIR curl example of README.md: the v2 reference answers as a QuestionnaireResponse, answered as the JSON. */
    @Test
    void shouldAnswerTheReadmeFhirExampleAsTheV2ReferenceRequest() throws IOException {
        Path example = Path.of("src/test/resources/fhir/reference-v2.questionnaire-response.json");
        JsonNode built = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, request("reference"));
        if (org.ketascreen.testing.Golden.updating()) {
            org.ketascreen.testing.Golden.write(example, built);
        }
        JsonNode committed = read(example);
        assertEquals(built, committed, "the example is the v2 reference request's response");
        assertArrayEquals(post("application/json", Intakes.bytes(request("reference")), 200),
                post("application/fhir+json", Files.readAllBytes(example), 200));
    }

    private static JsonNode read(Path path) {
        try {
            return Intakes.JSON.readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
