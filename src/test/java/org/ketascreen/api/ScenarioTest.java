package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Golden scenarios through the HTTP API: each request gives exactly its expected response, and the
 * response agrees with the scenario's intent (verdict, modality verdicts, findings that must appear),
 * which was written from the contract independently of the engine.
 */
@QuarkusTest
class ScenarioTest {

    static Stream<String> scenarios() {
        return Scenarios.names().stream();
    }

    static Stream<Scenarios.Intent> intents() {
        return Scenarios.intents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldAnswerAsTheGoldenFileSays(String name) throws Exception {
        byte[] request = Files.readAllBytes(Scenarios.directory().resolve(name + ".request.json"));
        JsonNode expected = Intakes.JSON.readTree(Scenarios.directory().resolve(name + ".expected.json").toFile());

        String body = given().contentType("application/json").body(request).when().post("/api/v1/screenings").then()
                .statusCode(200).extract().asString();

        if (Golden.updating()) {
            Golden.write(java.nio.file.Path.of("src/test/resources/scenarios", name + ".expected.json"), Intakes.JSON.readTree(body));
            return;
        }
        assertEquals(expected, Intakes.JSON.readTree(body), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void shouldAgreeWithTheScenariosIntent(Scenarios.Intent intent) throws Exception {
        byte[] request = Files.readAllBytes(Scenarios.directory().resolve(intent.scenario() + ".request.json"));

        JsonNode answer = Intakes.JSON.readTree(given().contentType("application/json").body(request).when()
                .post("/api/v1/screenings").then().statusCode(200).extract().asString());

        assertEquals(intent.verdict(), answer.get("verdict").asText(), intent.scenario());
        String modalities = Intakes.JSON.convertValue(answer.get("modalities"), List.class).stream()
                .map(m -> ((java.util.Map<?, ?>) m).get("modality") + "=" + ((java.util.Map<?, ?>) m).get("verdict"))
                .collect(Collectors.joining(" ")).toString();
        assertEquals(intent.modalities(), modalities, intent.scenario());
        Set<String> findings = new HashSet<>();
        answer.get("findings").forEach(f -> findings.add(f.get("ruleId").asText() + "=" + f.get("outcome").asText()));
        for (String rule : intent.rules()) {
            assertTrue(findings.contains(rule), intent.scenario() + " should report " + rule + "; reported " + findings);
        }
    }

    @Test
    void shouldHaveAnIntentForEveryScenarioAndAtLeastTwentyFive() {
        Set<String> withIntent = Scenarios.intents().stream().map(Scenarios.Intent::scenario).collect(Collectors.toSet());

        assertEquals(new HashSet<>(Scenarios.names()), withIntent);
        assertTrue(Scenarios.names().size() >= 25, "at least 25 golden scenarios");
    }

    @Test
    void shouldCoverEveryVerdict() {
        Set<String> verdicts = Scenarios.intents().stream().map(Scenarios.Intent::verdict).collect(Collectors.toSet());

        assertEquals(Set.of("URGENT_REFERRAL", "INELIGIBLE", "NEEDS_REVIEW", "ELIGIBLE"), verdicts);
    }
}
