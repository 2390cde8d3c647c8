package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.client.ApiClient;
import org.ketascreen.client.ApiException;
import org.ketascreen.client.api.FhirApi;
import org.ketascreen.client.api.ScreeningApi;
import org.ketascreen.client.model.Problem;
import org.ketascreen.client.model.ProblemType;
import org.ketascreen.client.model.Questionnaire;
import org.ketascreen.client.model.RuleSet;
import org.ketascreen.client.model.ScreeningRequest;
import org.ketascreen.client.model.RuleSetV2;
import org.ketascreen.client.model.ScreeningRequestV2;
import org.ketascreen.client.model.ScreeningResponse;
import org.ketascreen.client.model.ScreeningResponseV2;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Java client generated from the committed openapi/openapi.yaml (openapi-generator 7.25.0, java/native,
 * the settings docs/api.md "Integrating" recommends) against the running service, as another team's CI would
 * use it. Its object mapper is made strict: an answer with a property the document does not declare
 * fails to deserialize. Every golden scenario goes through it and its typed answer, written back as
 * JSON, is exactly the answer the service sent, so no property is lost, renamed or undeclared; every
 * documented error deserializes into the document's Problem.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI base;

    private ObjectMapper strict;
    private ScreeningApi screening;
    private FhirApi fhir;

    @BeforeEach
    void client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        strict = client.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        client.setObjectMapper(strict);
        screening = new ScreeningApi(client);
        fhir = new FhirApi(client);
    }

    static Stream<String> scenarios() {
        return Scenarios.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldScreenEveryGoldenScenarioThroughTheGeneratedClient(String name) throws Exception {
        ScreeningRequest request = strict.readValue(Scenarios.golden().request(name), ScreeningRequest.class);

        ScreeningResponse answer = screening.screen(request, "client-" + name.hashCode());

        JsonNode expected = Golden.json(new String(Scenarios.golden().expected(name).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(expected, Golden.json(strict.writeValueAsString(answer)), name + ": the typed answer written back is the service's answer");
        assertNotNull(answer.getVerdict());
    }

    static Stream<String> v2Scenarios() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(ScreeningApiV2Test.DIR.resolve("intent.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(',')));
    }

    /** Every v2 scenario through the generated client: the typed answer written back is the service's answer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v2Scenarios")
    void shouldScreenEveryV2ScenarioThroughTheGeneratedClient(String name) throws Exception {
        JsonNode body = ScreeningApiV2Test.request(name);
        ScreeningRequestV2 request = strict.readValue(body.toString(), ScreeningRequestV2.class);

        ScreeningResponseV2 answer = screening.screenV2(request, "client-v2-" + name.hashCode());

        JsonNode expected = Golden.json(new String(ScreeningApiV2Test.post("application/json", Intakes.bytes(body), 200),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(expected, Golden.json(strict.writeValueAsString(answer)), name + ": the typed answer written back is the service's answer");
        RuleSetV2 ruleSet = screening.getRuleSetV2();
        assertEquals("2.0.0", ruleSet.getVersion());
    }

    @Test
    void shouldReadTheReferenceEndpointsThroughTheGeneratedClient() throws Exception {
        RuleSet ruleSet = screening.getRuleSet();
        assertEquals(Golden.json(given().get(Routes.V1_RULESET).then().statusCode(200).extract().asString()),
                Golden.json(strict.writeValueAsString(ruleSet)));
        Questionnaire questionnaire = screening.getQuestionnaire();
        JsonNode served = Golden.json(given().accept("application/json").get(Routes.V1_QUESTIONNAIRE).then().statusCode(200).extract().asString());
        JsonNode typed = Golden.json(strict.writeValueAsString(questionnaire)); // numbers read back as the service's are
        for (int i = 0; i < served.get("items").size(); i++) {
            assertEquals(served.get("items").get(i), typed.get("items").get(i), "question " + served.get("items").get(i).get("path"));
        }
        assertEquals(served, typed);
        assertEquals("Questionnaire", fhir.readFhirQuestionnaire("ketamine-migraine-intake").getResourceType());
        assertEquals("CapabilityStatement", fhir.getFhirCapabilityStatement().getResourceType());
        assertEquals("Bundle", fhir.searchFhirQuestionnaires("https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake").getResourceType());
    }

    @Test
    void shouldReportAnInvalidRequestAsTheDocumentedProblem() throws Exception {
        ScreeningRequest request = strict.readValue(Scenarios.golden().request("reference"), ScreeningRequest.class);
        request.getPatient().setAgeYears(130);
        request.getHeadache().setDebilitatingDaysPerMonth(25);

        ApiException e = assertThrows(ApiException.class, () -> screening.screen(request, null));

        assertEquals(400, e.getCode());
        Problem problem = strict.readValue(e.getResponseBody(), Problem.class);
        assertEquals(ProblemType._PROBLEMS_INVALID_REQUEST, problem.getType());
        assertEquals(List.of("patient.ageYears", "headache.debilitatingDaysPerMonth"),
                problem.getViolations().stream().map(v -> v.getField()).toList());
    }

    @Test
    void shouldReportATooLargeRequestAsTheDocumentedProblem() throws Exception {
        ScreeningRequest request = strict.readValue(Scenarios.golden().request("reference"), ScreeningRequest.class);
        for (int i = 0; i < 1_000; i++) {
            request.getTreatments().addPreventiveItem(request.getTreatments().getPreventive().get(0));
        }

        ApiException e = assertThrows(ApiException.class, () -> screening.screen(request, null));

        assertEquals(413, e.getCode());
        assertEquals(ProblemType._PROBLEMS_PAYLOAD_TOO_LARGE, strict.readValue(e.getResponseBody(), Problem.class).getType());
    }

    @Test
    void shouldReportAnUnknownQuestionnaireAsTheDocumentedProblem() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> fhir.readFhirQuestionnaire("another"));

        assertEquals(404, e.getCode());
        assertEquals(ProblemType._PROBLEMS_NOT_FOUND, strict.readValue(e.getResponseBody(), Problem.class).getType());
    }

    /** The statuses a generated client cannot provoke (it always sends JSON it may accept) answer the same Problem. */
    @Test
    void shouldAnswerEveryOtherDocumentedErrorWithTheDocumentedProblem() throws Exception {
        List<String> bodies = List.of(
                given().contentType("text/plain").body("x").post(Routes.V1_SCREENINGS).then().statusCode(415).extract().asString(),
                given().accept("text/html").get(Routes.V1_RULESET).then().statusCode(406).extract().asString(),
                given().contentType("application/json").body("{}").put(Routes.V1_SCREENINGS).then().statusCode(405).extract().asString(),
                given().get("/api/v1/nothing-here").then().statusCode(404).extract().asString());
        for (String body : bodies) {
            Problem problem = strict.readValue(body, Problem.class);
            assertTrue(problem.getType() != null && problem.getType() != ProblemType.UNKNOWN_DEFAULT_OPEN_API, body);
            assertNotNull(problem.getTitle(), body);
        }
    }
}
