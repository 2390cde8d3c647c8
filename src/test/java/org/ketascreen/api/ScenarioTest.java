package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Golden scenarios through the HTTP API. Each request gives exactly its expected body, byte for byte;
 * and each answer agrees with the scenario's intent row (verdict, modality verdicts, the exact set of
 * non-INFO findings, the INFO findings it is about), written from the contract and the criteria
 * without looking at the expected bodies.
 */
@QuarkusTest
class ScenarioTest {

    static Stream<String> scenarios() {
        return Scenarios.names().stream();
    }

    static Stream<Scenarios.Intent> intents() {
        return Scenarios.intents().stream();
    }

    /** The service's answer to a v1 request; a verdict is always a 200 and never cached. */
    static String screen(byte[] request) {
        return given().contentType("application/json").body(request).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(200).header("Cache-Control", "no-store").contentType("application/json").extract().asString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldAnswerTheGoldenBodyByteForByte(String name) {
        Golden.checkOrUpdate(Scenarios.golden(), name, ScenarioTest::screen);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void shouldAgreeWithTheScenariosIntent(Scenarios.Intent intent) {
        String answer = screen(Scenarios.golden().request(intent.scenario()));

        Golden.agreesWithIntent(intent, Golden.json(answer));
    }

    /**
     * The FHIR door (api-contract §6.2): the scenario's answers as a QuestionnaireResponse, built by walking
     * the Questionnaire this service serves, get the v1 answer byte for byte.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldAnswerTheScenarioAsAQuestionnaireResponseByteForByte(String name) throws Exception {
        byte[] request = Scenarios.golden().request(name);
        JsonNode questionnaire = Golden.json(given().accept("application/fhir+json").when()
                .get("/fhir/Questionnaire/ketamine-migraine-intake-v1").then().statusCode(200).extract().asString());
        byte[] response = Intakes.bytes(QuestionnaireResponses.of(questionnaire, Intakes.JSON.readTree(request)));

        String viaFhir = given().contentType("application/fhir+json").body(response).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(200).header("Cache-Control", "no-store").contentType("application/json").extract().asString();

        assertEquals(screen(request), viaFhir, name);
    }

    @Test
    void shouldHaveAnIntentForEveryScenarioAndAtLeastTwentyFive() {
        Set<String> withIntent = Scenarios.intents().stream().map(Scenarios.Intent::scenario).collect(Collectors.toSet());

        assertEquals(new HashSet<>(Scenarios.names()), withIntent);
        assertEquals(Scenarios.intents().size(), withIntent.size(), "one intent row per scenario");
        assertTrue(Scenarios.names().size() >= 25, "at least 25 golden scenarios");
    }

    @Test
    void shouldCoverEveryVerdict() {
        Set<String> verdicts = Scenarios.intents().stream().map(Scenarios.Intent::verdict).collect(Collectors.toSet());

        assertEquals(Set.of("URGENT_REFERRAL", "INELIGIBLE", "NEEDS_REVIEW", "ELIGIBLE"), verdicts);
    }

    /**
     * README "Adding a rule", step 5 (docs/rules.md, "Golden scenarios"), on a temporary copy: a brand-new
     * scenario (a merge patch over the reference request and an intent row, no expected file) fails the check
     * until the update writes its expected answer; then it passes, and the scenarios that were there are untouched.
     */
    @Test
    void shouldWriteTheExpectedAnswerOfABrandNewScenarioOnUpdate(@TempDir Path copy) throws Exception {
        Scenarios golden = Scenarios.golden();
        for (String file : new String[] {"intent.csv", "reference.request.json", "reference.expected.json"}) {
            Files.copy(golden.folder().resolve(file), copy.resolve(file));
        }
        String name = "brand-new-stage-2-reading-needs-review";
        Files.writeString(copy.resolve(name + ".patch.json"),
                "{\"cardiovascular\": {\"bloodPressure\": {\"systolic\": 150, \"diastolic\": 95}}}\n");
        Files.writeString(copy.resolve("intent.csv"), name
                + ",NEEDS_REVIEW,IV_INFUSION=NEEDS_REVIEW INTRANASAL=NEEDS_REVIEW ORAL_MICRODOSE=NEEDS_REVIEW,BP-2=NEEDS_REVIEW,\n",
                StandardOpenOption.APPEND);
        Scenarios scenarios = new Scenarios(copy);
        assertEquals(Intakes.with("cardiovascular.bloodPressure.systolic", 150, "cardiovascular.bloodPressure.diastolic", 95),
                Intakes.JSON.readTree(scenarios.request(name)), "the reference with the patch applied");
        byte[] reference = Files.readAllBytes(copy.resolve("reference.expected.json"));

        AssertionError before = assertThrows(AssertionError.class, () -> Golden.check(scenarios, name, ScenarioTest::screen));
        assertTrue(before.getMessage().contains("mvn test -Dgolden.update=true"), before.getMessage());
        assertFalse(Files.exists(scenarios.expectedFile(name)));

        for (String scenario : scenarios.scenarioNames()) {
            Golden.update(scenarios, scenario, ScenarioTest::screen);
        }

        assertTrue(Files.exists(scenarios.expectedFile(name)), "the update wrote the new scenario's expected answer");
        Golden.check(scenarios, name, ScenarioTest::screen);
        Golden.agreesWithIntent(scenarios.intent(name), Golden.json(new String(scenarios.expected(name).orElseThrow(), StandardCharsets.UTF_8)));
        assertEquals(new String(reference, StandardCharsets.UTF_8), Files.readString(copy.resolve("reference.expected.json")),
                "an update leaves a scenario whose answer did not change as it was");
    }
}
