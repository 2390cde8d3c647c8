package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.CatalogueTest;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/ruleset, GET /api/v1/questionnaire and the committed OpenAPI contract. */
@QuarkusTest
class ReferenceEndpointsTest {

    /** Without ketascreen.profile the service screens under the built-in reference (api-contract §10.1, §10.5). */
    @Test
    void shouldServeTheReferenceProfileAndNameItInTheReadinessData() {
        given().when().get(Routes.V2_PROFILE).then().statusCode(200).contentType("application/json")
                .body("id", equalTo("reference"))
                .body("version", equalTo("2.0.0"))
                .body("$", not(org.hamcrest.Matchers.hasKey("approvedBy")))
                .body("$", not(org.hamcrest.Matchers.hasKey("approvedOn")))
                .body("modalitiesOffered", equalTo(List.of("IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE")))
                .body("parameters.size()", equalTo(34))
                .body("parameters.find { it.name == 'abstain.beforeHours' }.allowed.min", equalTo(12))
                .body("sha256", equalTo("6d1ad70d73056155c459989e6374b59b05345f7d4104d9c656c8d41d51399a8c"));
        given().when().get(Routes.HEALTH_READY).then().statusCode(200)
                .body("checks.find { it.name == 'profile' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'profile' }.data.id", equalTo("reference"))
                .body("checks.find { it.name == 'profile' }.data.version", equalTo("2.0.0"));
    }

    @Test
    void shouldServeEveryRuleOfTheContractWithTitleOutcomesAndSource() {
        given().when().get(Routes.V1_RULESET).then().statusCode(200).contentType("application/json")
                .body("id", equalTo("ketamine-migraine"))
                .body("version", equalTo(Catalogue.VERSION))
                .body("rules.id", equalTo(CatalogueTest.CONTRACT_RULE_IDS))
                .body("rules.title", everyItem(not(emptyOrNullString())))
                .body("rules.source.label", everyItem(not(emptyOrNullString())))
                .body("rules.source.url", everyItem(org.hamcrest.Matchers.startsWith("https://")))
                .body("rules.find { it.id == 'CV-1' }.outcomes", equalTo(List.of("INELIGIBLE", "NEEDS_REVIEW")))
                .body("rules.find { it.id == 'DX-1' }.outcomes", equalTo(List.of()))
                .body("rules.find { it.id == 'BP-3' }.fields", equalTo(List.of("cardiovascular.bloodPressure")));
    }

    @Test
    void shouldDescribeEveryRequestFieldAsAQuestion() {
        List<Map<String, Object>> items = given().when().get(Routes.V1_QUESTIONNAIRE).then().statusCode(200)
                .body("id", equalTo("ketamine-migraine-intake"))
                .body("ruleset.version", equalTo(Catalogue.VERSION))
                .body("items.text", everyItem(not(emptyOrNullString())))
                .body("items.help", everyItem(not(emptyOrNullString())))
                .body("items.path", hasItem("treatments.preventive[].trialWeeks"))
                .extract().jsonPath().getList("items");

        assertEquals(QuestionnaireDefinition.paths(), items.stream().map(i -> i.get("path")).toList());
        Map<String, Object> age = item(items, "patient.ageYears");
        assertEquals("integer", age.get("type"));
        assertEquals(true, age.get("required"));
        assertEquals(0, age.get("minimum"));
        assertEquals(120, age.get("maximum"));
        assertEquals(List.of("AGE-1", "AGE-2", "RF-5"), sorted(age.get("usedByRules")));
        Map<String, Object> pregnant = item(items, "patient.pregnant");
        assertEquals("choice", pregnant.get("type"));
        assertEquals(List.of("YES", "NO", "UNKNOWN"), ((List<Map<String, Object>>) pregnant.get("options")).stream().map(o -> o.get("value")).toList());
        Map<String, Object> bloodPressure = item(items, "cardiovascular.bloodPressure");
        assertEquals(false, bloodPressure.get("required"));
        Map<String, Object> monthsAgo = item(items, "cardiovascular.strokeOrTia.monthsAgo");
        assertEquals(Map.of("path", "cardiovascular.strokeOrTia.answer", "equals", "YES"), monthsAgo.get("enableWhen"));
        assertEquals("multi-choice", item(items, "headache.diagnoses").get("type"));
        assertEquals(1, item(items, "headache.diagnoses").get("minItems"));
        assertEquals("list", item(items, "treatments.preventive").get("type"));
        for (Map<String, Object> question : items) {
            if (List.of("choice", "multi-choice").contains(question.get("type"))) {
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                assertTrue(options.stream().allMatch(o -> o.get("label") != null && !o.get("label").toString().isBlank()),
                        "every option of " + question.get("path") + " has a label");
            }
        }
    }

    /**
     * The build writes openapi/openapi.yaml and openapi.json (quarkus.smallrye-openapi.store-schema-directory: the
     * extension runs when the tests build the application); this build has just rewritten them, so the committed
     * versions (git HEAD) must equal the files on disk.
     */
    @Test
    void shouldKeepTheCommittedOpenApiFileEqualToTheGeneratedDocument() throws Exception {
        for (String file : List.of("openapi.yaml", "openapi.json")) {
            Path generated = Path.of("openapi", file);
            assertTrue(Files.exists(generated), "the build writes openapi/" + file);
            Process git = new ProcessBuilder("git", "show", "HEAD:openapi/" + file).redirectErrorStream(true).start();
            String committed = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, git.waitFor(), "openapi/" + file + " must be committed: " + committed);
            assertEquals(committed, Files.readString(generated, StandardCharsets.UTF_8),
                    "openapi/" + file + " differs from what the build generates: commit the regenerated file");
        }
    }

    /**
     * /q/openapi answers the document the build wrote, byte for byte (system/OpenApiEndpoint): YAML unless JSON is
     * asked for by Accept, ?format=json or the .json path. With the drift check above: served = generated = committed.
     */
    @Test
    void shouldServeTheGeneratedOpenApiDocumentAsIs() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("openapi", "openapi.yaml"));
        byte[] json = Files.readAllBytes(Path.of("openapi", "openapi.json"));
        String stale = ": the application carries another openapi/ than the build wrote; build again";
        assertArrayEquals(yaml, given().when().get(Routes.OPENAPI).then().statusCode(200)
                .header("Content-Type", "application/yaml;charset=UTF-8").extract().asByteArray(), "YAML by default" + stale);
        assertArrayEquals(json, given().accept("application/json").when().get(Routes.OPENAPI).then().statusCode(200)
                .header("Content-Type", "application/json;charset=UTF-8").extract().asByteArray(), "Accept: application/json" + stale);
        assertArrayEquals(json, given().when().get(Routes.OPENAPI + "?format=json").then().statusCode(200)
                .header("Content-Type", "application/json;charset=UTF-8").extract().asByteArray(), "?format=json" + stale);
        assertArrayEquals(json, given().accept("application/yaml").when().get(Routes.OPENAPI + ".json").then().statusCode(200)
                .header("Content-Type", "application/json;charset=UTF-8").extract().asByteArray(), ".json" + stale);
        for (String yamlPath : List.of(Routes.OPENAPI + ".yaml", Routes.OPENAPI + ".yml")) {
            assertArrayEquals(yaml, given().accept("application/json").when().get(yamlPath).then().statusCode(200)
                    .header("Content-Type", "application/yaml;charset=UTF-8").extract().asByteArray(), yamlPath + stale);
        }
        given().when().options(Routes.OPENAPI).then().header("Allow", "GET, HEAD, OPTIONS");
    }

    /** The examples of the OpenAPI document are golden scenarios and real answers, never hand-written. */
    @Test
    void shouldTakeTheOpenApiExamplesFromTheGoldenScenarios() throws Exception {
        Map<String, String> scenarios = Map.of("reference", "reference", "urgent", "thunderclap-with-schizophrenia-is-urgent",
                "ineligible", "uncontrolled-blood-pressure-is-ineligible", "review", "unknown-safety-answers-need-review");
        ObjectNode examples = Intakes.JSON.createObjectNode();
        for (String kind : List.of("reference", "urgent", "ineligible", "review")) {
            JsonNode request = Scenarios.golden().requestJson(scenarios.get(kind));
            JsonNode response = Intakes.JSON.readTree(given().contentType("application/json").body(request.toString())
                    .when().post(Routes.V1_SCREENINGS).then().statusCode(200).extract().asString());
            examples.set(kind + "-request", example("Request: " + scenarios.get(kind), request));
            examples.set(kind + "-response", example("Answer to " + scenarios.get(kind), response));
        }
        JsonNode questionnaireResponse = QuestionnaireResponses.of(Intakes.resource("/scenarios/reference.request.json"));
        JsonNode viaFhir = Intakes.JSON.readTree(given().contentType("application/fhir+json").body(questionnaireResponse.toString())
                .when().post(Routes.V1_SCREENINGS).then().statusCode(200).extract().asString());
        assertEquals(examples.get("reference-response").get("value"), viaFhir, "the FHIR example answers as the v1 reference");
        examples.set("reference-questionnaire-response", example("The reference answers as a FHIR R4 QuestionnaireResponse",
                questionnaireResponse));
        JsonNode invalid = Intakes.with("patient.ageYears", 130, "redFlags.thunderclapOnset", Intakes.ABSENT,
                "patient.favouriteColour", "GREEN");
        JsonNode problem = Intakes.JSON.readTree(given().contentType("application/json").body(invalid.toString())
                .when().post(Routes.V1_SCREENINGS).then().statusCode(400).extract().asString());
        examples.set("invalid-request-problem", example("Three violations reported at once", problem));
        ObjectNode document = Intakes.JSON.createObjectNode().put("openapi", "3.1.0");
        document.putObject("components").set("examples", examples);

        if (Golden.updating()) {
            Golden.write(Path.of("src/main/resources/META-INF/openapi.json"), document);
            return;
        }
        assertEquals(document, Intakes.resource("/META-INF/openapi.json"),
                "META-INF/openapi.json examples are stale: run 'mvn test -Dgolden.update=true', review and commit");
    }

    private static ObjectNode example(String summary, JsonNode value) {
        ObjectNode example = Intakes.JSON.createObjectNode().put("summary", summary);
        example.set("value", value);
        return example;
    }

    @Test
    void shouldDocumentEveryOperationWithASummary() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/screenings'.post.summary", not(emptyOrNullString()))
                .body("paths.'/api/v1/ruleset'.get.summary", not(emptyOrNullString()))
                .body("paths.'/api/v1/questionnaire'.get.summary", not(emptyOrNullString()))
                .body("components.schemas.ScreeningRequest.description", not(emptyOrNullString()))
                .body("components.examples.'reference-request'.value.patient.ageYears", equalTo(38));
    }

    /**
     * The v1 door is deprecated (api-contract §11): in the document the build wrote (and the repository commits,
     * see above), every operation under /api/v1, and no other, says so, and each of its answers (the default
     * included) names the headers it carries.
     */
    @Test
    void shouldMarkEveryV1OperationDeprecatedAndNoOther() throws Exception {
        JsonNode document = Intakes.JSON.readTree(Files.readAllBytes(Path.of("openapi", "openapi.json")));
        List<String> deprecated = new java.util.ArrayList<>();
        List<String> inForce = new java.util.ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) document.get("paths")::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!List.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                JsonNode flag = operation.getValue().get("deprecated");
                if (path.getKey().startsWith(Routes.API_V1 + "/")) {
                    assertEquals(true, flag != null && flag.asBoolean(), name + " is deprecated");
                    deprecated.add(name);
                    String successor = path.getKey().replace("/api/v1/", "/api/v2/");
                    for (var response : (Iterable<Map.Entry<String, JsonNode>>) operation.getValue().get("responses")::fields) {
                        JsonNode headers = response.getValue().get("headers");
                        assertEquals("@1796342400", headers.at("/Deprecation/example").asText(), name + " " + response.getKey());
                        assertEquals("<" + successor + ">; rel=\"successor-version\"", headers.at("/Link/example").asText(),
                                name + " " + response.getKey());
                    }
                } else {
                    assertEquals(null, flag, name + " is in force");
                    inForce.add(name);
                }
            }
        }
        assertEquals(List.of("GET /api/v1/questionnaire", "GET /api/v1/ruleset", "POST /api/v1/screenings"),
                deprecated.stream().sorted().toList());
        assertTrue(inForce.contains("GET /fhir/metadata") && inForce.contains("POST /cds-services/ketamine-migraine-screening"),
                inForce.toString());
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String path) {
        return items.stream().filter(i -> path.equals(i.get("path"))).findFirst().orElseThrow();
    }

    private static List<Object> sorted(Object list) {
        return ((List<Object>) list).stream().sorted().toList();
    }
}
