package org.ketascreen.cdshooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.http.Routes;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.testing.CdsHooksSchemas;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.HookRequests;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.LogCapture;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The CDS Hooks 2.0.1 door over HTTP (api-contract §7) with access control off (the default): discovery, one
 * card per call for each verdict, no intake on file, an intake that cannot be screened, 412 without prefetch,
 * 400 and 413, determinism, the golden scenarios against the v1 answer, feedback, privacy and audit. Every 200
 * answer is checked against the CDS Hooks 2.0.1 JSON Schemas; every log record of every logger is captured.
 */
@QuarkusTest
class CdsHooksTest {

    static final String DISCOVERY = Routes.CDS_SERVICES;
    static final String SERVICE = Routes.CDS_SERVICE;
    static final String FEEDBACK = SERVICE + "/feedback";
    static final String PROBLEM_JSON = "application/problem+json";
    /** api-contract §7, copied from the contract, not from the code. */
    static final String CONTRACT_TEMPLATE = "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake&status=completed&_sort=-authored&_count=1";
    static final Pattern HOOK_LINE = Pattern.compile("org\\.ketascreen\\.audit cds-hook seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} "
            + "hookInstance=[0-9a-fA-F-]{36} card=(screened ruleset=ketamine-migraine@\\d+\\.\\d+\\.\\d+( profile=[a-z0-9-]+@\\d+\\.\\d+\\.\\d+)? verdict=[A-Z_]+ fired=\\[[A-Z0-9,-]*]"
            + "|no-intake|not-screenable violations=\\d+) durationMicros=\\d+");
    static final Pattern REJECTED_LINE = Pattern.compile(
            "org\\.ketascreen\\.audit cds-hook-rejected seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} status=4\\d\\d violations=\\d+");
    static final Pattern FEEDBACK_LINE = Pattern.compile("org\\.ketascreen\\.audit cds-feedback seq=\\d+ requestId=[A-Za-z0-9._:-]{1,64} "
            + "card=([0-9a-fA-F-]{36}|\\(not a uuid\\)) outcome=(accepted|overridden)( reason=[A-Za-z0-9._:-]{1,64})?");

    @Inject
    PublicUrls urls;

    @RegisterExtension
    final LogCapture logs = new LogCapture();
    final List<String> lines = logs.lines();

    // --- helpers ------------------------------------------------------------------------------------

    static ValidatableResponse post(String path, byte[] body) {
        return given().contentType("application/json").body(body).when().post(path).then();
    }

    static ValidatableResponse call(JsonNode request) {
        return post(SERVICE, HookRequests.bytes(request));
    }

    /** A 200 with exactly one card, valid CDS Hooks 2.0.1, never cached; the card. */
    static JsonNode oneCard(ValidatableResponse response) {
        String body = response.statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .extract().asString();
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, body);
        JsonNode cards = Golden.json(body).get("cards");
        assertEquals(1, cards.size(), "exactly one card: " + body);
        return cards.get(0);
    }

    /** The v1 answer to the same answers posted to the FHIR door. */
    static String v1Answer(JsonNode questionnaireResponse) {
        return given().contentType("application/fhir+json").body(HookRequests.bytes(questionnaireResponse)).when()
                .post(Routes.V1_SCREENINGS).then().statusCode(200).extract().asString();
    }

    static JsonNode scenario(String name) {
        return Scenarios.golden().requestJson(name);
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
    }

    // --- discovery ----------------------------------------------------------------------------------

    @Nested
    class DiscoveryEndpoint {

        @Test
        void shouldListTheServiceOnPatientViewWithTheContractsPrefetchTemplate() {
            String body = given().accept("application/json").when().get(DISCOVERY).then().statusCode(200)
                    .contentType("application/json")
                    .body("services", hasSize(1))
                    .body("services[0].id", equalTo("ketamine-migraine-screening"))
                    .body("services[0].hook", equalTo("patient-view"))
                    .body("services[0].prefetch", equalTo(Map.of("intake", CONTRACT_TEMPLATE)))
                    .extract().asString();

            CdsHooksSchemas.assertValid(CdsHooksSchemas.DISCOVERY, body);
            JsonNode service = Golden.json(body).get("services").get(0);
            assertFalse(service.get("title").asText().isBlank());
            assertFalse(service.get("description").asText().isBlank());
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldDocumentTheThreeOperationsWithTheirProblems() {
            given().when().get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths.'/cds-services'.get.summary", equalTo("CDS Hooks discovery"))
                    .body("paths.'/cds-services'.get.responses.keySet()", equalTo(java.util.Set.of("200", "401", "406", "default")))
                    .body("paths.'/cds-services/ketamine-migraine-screening'.post.responses.keySet()",
                            equalTo(java.util.Set.of("200", "400", "401", "406", "412", "413", "default")))
                    .body("paths.'/cds-services/ketamine-migraine-screening'.post.responses.'412'.content.'application/problem+json'.schema.'$ref'",
                            equalTo("#/components/schemas/Problem"))
                    .body("paths.'/cds-services/ketamine-migraine-screening'.post.requestBody.content.'application/json'.schema.'$ref'",
                            equalTo("#/components/schemas/CdsHookRequest"))
                    .body("paths.'/cds-services/ketamine-migraine-screening'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                            equalTo("#/components/schemas/CdsServiceResponse"))
                    .body("paths.'/cds-services/ketamine-migraine-screening/feedback'.post.responses.keySet()",
                            equalTo(java.util.Set.of("200", "400", "401", "406", "413", "default")))
                    .body("paths.'/cds-services/ketamine-migraine-screening/feedback'.post.requestBody.content.'application/json'.schema.'$ref'",
                            equalTo("#/components/schemas/CdsFeedbackRequest"))
                    .body("components.schemas.CdsIndicator.enum", equalTo(List.of("info", "warning", "critical")))
                    .body("components.schemas.CdsCard.required", equalTo(List.of("summary", "indicator", "source")));
        }
    }

    // --- the service: one card per call -----------------------------------------------------------------

    @Nested
    class OneCardPerCall {

        @ParameterizedTest(name = "{1} -> {2}")
        @CsvSource({
                "thunderclap-with-schizophrenia-is-urgent, URGENT_REFERRAL, critical, URGENT REFERRAL",
                "uncontrolled-blood-pressure-is-ineligible, INELIGIBLE, warning, NOT ELIGIBLE",
                "unknown-safety-answers-need-review, NEEDS_REVIEW, warning, NEEDS REVIEW",
                "reference, ELIGIBLE, info, ELIGIBLE"})
        void shouldAnswerOneCardWhoseIndicatorFollowsTheVerdict(String name, String verdict, String indicator, String words) {
            JsonNode card = oneCard(call(HookRequests.of(scenario(name))));

            assertEquals(indicator, card.get("indicator").asText());
            assertTrue(card.get("summary").asText().startsWith("Ketamine screening: " + words), card.get("summary").asText());
            assertTrue(card.get("summary").asText().length() < 140);
            assertEquals(verdict, card.get("extension").get("ketascreen.screening").get("verdict").asText());
            assertEquals("ketascreen ketamine-migraine rule set " + Catalogue.VERSION, card.get("source").get("label").asText());
            assertEquals(urls.intakePage(), card.get("links").get(0).get("url").asText());
            assertEquals("absolute", card.get("links").get(0).get("type").asText());
            for (JsonNode finding : card.get("extension").get("ketascreen.screening").get("findings")) {
                assertTrue(card.get("detail").asText().contains("**" + finding.get("ruleId").asText() + "**"));
            }
        }

        @Test
        void shouldScreenASingleQuestionnaireResponseAsTheBundleItWouldBeIn() {
            ObjectNode qr = QuestionnaireResponses.of(scenario("uncontrolled-blood-pressure-is-ineligible"));

            JsonNode single = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, qr)));
            JsonNode bundled = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals(bundled, single);
        }

        @Test
        void shouldScreenTheFirstMatchOfTheBundle() {
            ObjectNode bundle = HookRequests.bundle(QuestionnaireResponses.of(scenario("thunderclap-with-schizophrenia-is-urgent")),
                    QuestionnaireResponses.of(Intakes.reference()));
            // an entry the server marks as an outcome (a warning) is not a match
            ObjectNode outcome = ((ArrayNode) bundle.get("entry")).insertObject(0);
            outcome.putObject("resource").put("resourceType", "OperationOutcome");
            outcome.putObject("search").put("mode", "outcome");

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, bundle)));

            assertEquals("critical", card.get("indicator").asText());
        }

        static Stream<Arguments> nothingOnFile() {
            ObjectNode withoutEntry = HookRequests.bundle();
            withoutEntry.remove("entry");
            ObjectNode onlyAnOutcome = HookRequests.bundle();
            ObjectNode outcome = ((ArrayNode) onlyAnOutcome.get("entry")).addObject();
            outcome.putObject("resource").put("resourceType", "OperationOutcome");
            outcome.putObject("search").put("mode", "outcome");
            return Stream.of(Arguments.of("an empty Bundle", HookRequests.bundle()), Arguments.of("a Bundle without entry", withoutEntry),
                    Arguments.of("null", HookRequests.nullIntake()), Arguments.of("a Bundle holding only an outcome", onlyAnOutcome));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nothingOnFile")
        void shouldAnswerAnInfoCardWithTheIntakeLinkWhenNoIntakeIsOnFile(String what, JsonNode intake) {
            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, intake)));

            assertEquals("info", card.get("indicator").asText());
            assertEquals("Ketamine screening: no completed intake on file. Send the patient the intake form.", card.get("summary").asText());
            assertEquals(urls.intakePage(), card.get("links").get(0).get("url").asText());
            assertFalse(card.has("extension"));
            assertTrue(lines.stream().anyMatch(l -> l.contains(" card=no-intake ")), lines.toString());
        }

        @Test
        void shouldAnswerAWarningCardNamingTheQuestionsOfAnIntakeThatCannotBeScreened() {
            ObjectNode qr = QuestionnaireResponses.of(Intakes.with("patient.ageYears", 130, "redFlags.thunderclapOnset", Intakes.ABSENT));
            ((ObjectNode) qr.get("item").get(0).get("item").get(1).get("answer").get(0).get("valueCoding")).put("code", "MAYBE7731");

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals("warning", card.get("indicator").asText());
            String detail = card.get("detail").asText();
            for (String path : List.of("`patient.ageYears`", "`patient.pregnant`", "`redFlags.thunderclapOnset`")) {
                assertTrue(detail.contains(path), path + " in " + detail);
            }
            assertFalse(card.toString().contains("MAYBE7731"), "the card names questions, never answers");
            assertFalse(detail.contains("130"), "the card names questions, never answers");
            assertEquals(urls.intakePage(), card.get("links").get(0).get("url").asText());
            String v1Problem = given().contentType("application/fhir+json").body(HookRequests.bytes(qr)).when().post(Routes.V1_SCREENINGS)
                    .then().statusCode(400).extract().asString();
            assertEquals(Golden.json(v1Problem), card.get("extension").get("ketascreen.problem"),
                    "the extension holds what the FHIR door answers for the same QuestionnaireResponse");
        }

        @Test
        void shouldRefuseAQuestionnaireResponseLargerThanTheFhirDoorTakesOnAWarningCard() {
            ObjectNode qr = QuestionnaireResponses.of(Intakes.reference());
            ArrayNode padding = qr.putArray("extension");
            for (int i = 0; i < 6; i++) {
                padding.addObject().put("url", "https://example.org/padding").put("valueString", "x".repeat(12_000));
            }
            assertTrue(HookRequests.bytes(qr).length > 64 * 1024);

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals("warning", card.get("indicator").asText());
            assertEquals(413, card.get("extension").get("ketascreen.problem").get("status").asInt(),
                    "the FHIR door's answer for a resource this large");
            assertTrue(card.get("detail").asText().contains("larger than 64 KiB"), card.get("detail").asText());
        }

        @Test
        void shouldJudgeAResourceThatIsNotAQuestionnaireResponseAsTheFhirDoorDoes() {
            ObjectNode patient = Intakes.JSON.createObjectNode().put("resourceType", "Patient").put("id", "x");

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(patient))));

            assertEquals("warning", card.get("indicator").asText());
            assertEquals("resourceType", card.get("extension").get("ketascreen.problem").get("violations").get(0).get("field").asText());
            assertTrue(card.get("detail").asText().endsWith("\n\n" + Versions.V1_LINE), "judged by the v1 door, as before 2.0");
        }

        @Test
        void shouldAnswerTheSameBytesForTheSameCallAndAnotherUuidForAnotherCall() {
            byte[] request = HookRequests.bytes(HookRequests.of(scenario("organ-conditions-need-review")));
            byte[] first = post(SERVICE, request).statusCode(200).extract().asByteArray();
            byte[] second = post(SERVICE, request).statusCode(200).extract().asByteArray();
            CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, new String(first, StandardCharsets.UTF_8));
            JsonNode other = oneCard(call(HookRequests.of("0f8fad5b-d9cb-469f-a165-70867728950e", scenario("organ-conditions-need-review"))));
            JsonNode card = Golden.json(new String(first, StandardCharsets.UTF_8)).get("cards").get(0);

            assertArrayEquals(first, second, "the same request gives the same bytes");
            assertNotEquals(card.get("uuid"), other.get("uuid"), "the uuid is derived from hookInstance");
            ((ObjectNode) other).set("uuid", card.get("uuid"));
            assertEquals(card, other, "and nothing else depends on it");
        }

        @Test
        void shouldIgnoreATokenWhileClientAuthenticationIsOff() {
            CdsHooksSchemas.assertValid(CdsHooksSchemas.DISCOVERY,
                    given().header("Authorization", "Bearer not-a-jwt").when().get(DISCOVERY).then().statusCode(200).extract().asString());
            oneCard(given().header("Authorization", "Bearer not-a-jwt").contentType("application/json")
                    .body(HookRequests.bytes(HookRequests.of(Intakes.reference()))).when().post(SERVICE).then());
        }
    }

    // --- calls that get no card -------------------------------------------------------------------------

    @Nested
    class Refusals {

        static Stream<Arguments> notPrefetched() {
            ObjectNode withoutKey = HookRequests.patientView(HookRequests.HOOK_INSTANCE, null);
            withoutKey.putObject("prefetch").put("patient", "unused");
            ObjectNode operationOutcome = HookRequests.patientView(HookRequests.HOOK_INSTANCE,
                    Intakes.JSON.createObjectNode().put("resourceType", "OperationOutcome"));
            return Stream.of(Arguments.of("no prefetch", HookRequests.patientView(HookRequests.HOOK_INSTANCE, null)),
                    Arguments.of("prefetch without intake", withoutKey),
                    Arguments.of("intake an OperationOutcome (the fetch failed)", operationOutcome));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("notPrefetched")
        void shouldAnswer412WhenTheIntakeWasNotPrefetched(String what, JsonNode request) {
            problem(call(request), 412).body("type", equalTo("/problems/prefetch-missing"));
            assertTrue(lines.stream().anyMatch(l -> REJECTED_LINE.matcher(l).matches() && l.contains("status=412")), lines.toString());
        }

        @Test
        void shouldAnswer400ListingEveryMissingFieldAtOnce() {
            ValidatableResponse response = problem(post(SERVICE, "{\"prefetch\":{\"intake\":null}}".getBytes(StandardCharsets.UTF_8)), 400);

            response.body("type", equalTo("/problems/invalid-hook-request")).body("title", equalTo("Invalid CDS Hooks request"))
                    .body("violations.field", equalTo(List.of("hook", "hookInstance", "context")))
                    .body("violations.message", equalTo(List.of("is required", "is required", "is required")));
            ObjectNode noIds = HookRequests.of(Intakes.reference());
            noIds.set("context", Intakes.JSON.createObjectNode().put("encounterId", "e"));
            problem(call(noIds), 400).body("violations.field", equalTo(List.of("context.patientId", "context.userId")));
        }

        static Stream<Arguments> malformed() {
            ObjectNode wrongHook = HookRequests.of(Intakes.reference());
            wrongHook.put("hook", "order-sign");
            ObjectNode notAUuid = HookRequests.of(Intakes.reference());
            notAUuid.put("hookInstance", "call-42");
            ObjectNode numericPatient = HookRequests.of(Intakes.reference());
            ((ObjectNode) numericPatient.get("context")).put("patientId", 42);
            ObjectNode emptyUser = HookRequests.of(Intakes.reference());
            ((ObjectNode) emptyUser.get("context")).put("userId", "");
            ObjectNode prefetchArray = HookRequests.of(Intakes.reference());
            prefetchArray.putArray("prefetch");
            ObjectNode intakeString = HookRequests.patientView(HookRequests.HOOK_INSTANCE, Intakes.JSON.getNodeFactory().textNode("x"));
            ObjectNode entryObject = HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle());
            ((ObjectNode) entryObject.get("prefetch").get("intake")).putObject("entry");
            ObjectNode entryWithoutResource = HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle());
            ((ArrayNode) entryWithoutResource.get("prefetch").get("intake").get("entry")).addObject().put("fullUrl", "x");
            return Stream.of(
                    Arguments.of("hook other than patient-view", HookRequests.bytes(wrongHook), "hook"),
                    Arguments.of("hookInstance not a UUID", HookRequests.bytes(notAUuid), "hookInstance"),
                    Arguments.of("patientId a number", HookRequests.bytes(numericPatient), "context.patientId"),
                    Arguments.of("userId empty", HookRequests.bytes(emptyUser), "context.userId"),
                    Arguments.of("prefetch an array", HookRequests.bytes(prefetchArray), "prefetch"),
                    Arguments.of("prefetch.intake a string", HookRequests.bytes(intakeString), "prefetch.intake"),
                    Arguments.of("Bundle entry an object", HookRequests.bytes(entryObject), "prefetch.intake.entry"),
                    Arguments.of("Bundle entry without resource", HookRequests.bytes(entryWithoutResource), "prefetch.intake.entry[0].resource"),
                    Arguments.of("JSON that ends too early", "{\"hook\":".getBytes(StandardCharsets.UTF_8), "hook"),
                    Arguments.of("an array", "[]".getBytes(StandardCharsets.UTF_8), ""),
                    Arguments.of("empty body", new byte[0], ""),
                    Arguments.of("duplicate name", "{\"hook\":\"patient-view\",\"hook\":\"x\"}".getBytes(StandardCharsets.UTF_8), "hook"));
        }

        /** The one strict reading (json/StrictJson) names where the parser stopped, as the intake doors do. */
        @Test
        void shouldAnswer400AtThePathWhereTheNestingLimitWasReached() {
            byte[] body = ("{\"a\":" + "[".repeat(60) + "]".repeat(60) + "}").getBytes(StandardCharsets.UTF_8);
            problem(post(SERVICE, body), 400).body("type", equalTo("/problems/invalid-hook-request"))
                    .body("violations[0].field", org.hamcrest.Matchers.startsWith("a[0][0]"))
                    .body("violations[0].message", org.hamcrest.Matchers.startsWith("exceeds an input limit (nesting depth 40,"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("malformed")
        void shouldAnswer400ForAMalformedHookRequest(String what, byte[] body, String field) {
            problem(post(SERVICE, body), 400).body("type", equalTo("/problems/invalid-hook-request"))
                    .body("violations[0].field", equalTo(field));
        }

        @Test
        void shouldAcceptACallLargerThanTheV1LimitAndRefuseOneAbove192KiB() throws Exception {
            ObjectNode large = HookRequests.of(Intakes.reference());
            ArrayNode padding = large.putObject("extension").putArray("org.example.padding");
            while (HookRequests.bytes(large).length < 150 * 1024) {
                padding.add("0123456789abcdef0123456789abcdef0123456789abcdef");
            }
            oneCard(call(large));
            while (HookRequests.bytes(large).length <= Routes.CDS_MAX_BODY_BYTES) {
                padding.add("0123456789abcdef0123456789abcdef0123456789abcdef");
            }
            byte[] tooLarge = HookRequests.bytes(large);

            problem(post(SERVICE, tooLarge), 413).body("detail", equalTo("The request body is larger than 192 KiB."));
            // a chunked body has no Content-Length to refuse it by: it is measured once read
            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + io.restassured.RestAssured.port + SERVICE))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertTrue(chunked.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON));
        }

        @Test
        void shouldAnswerProblemJsonForAnotherContentTypeAndAnUnknownService() {
            given().contentType("text/plain").body("x").when().post(SERVICE).then().statusCode(415).contentType(PROBLEM_JSON);
            post("/cds-services/another-service", HookRequests.bytes(HookRequests.of(Intakes.reference()))).statusCode(404)
                    .contentType(PROBLEM_JSON);
        }
    }

    // --- one intake, one answer ---------------------------------------------------------------------

    @Nested
    class GoldenScenarios {

        static Stream<String> scenarios() {
            return Scenarios.names().stream();
        }

        /**
         * api-contract §7: the card's extension is the v1 answer for the same answers, byte for byte: the
         * scenario's answers as a QuestionnaireResponse, posted to the FHIR door and prefetched in a hook call.
         */
        @ParameterizedTest(name = "{0}")
        @MethodSource("scenarios")
        void shouldHoldTheV1AnswerByteForByteInTheCardsExtension(String name) {
            ObjectNode qr = QuestionnaireResponses.of(scenario(name));
            String v1 = v1Answer(qr);

            String body = call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))).statusCode(200)
                    .extract().asString();

            CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, body);
            assertTrue(body.contains("\"extension\":{\"ketascreen.screening\":" + v1 + "}"), name + ": " + body);
            JsonNode card = Golden.json(body).get("cards").get(0);
            assertEquals(Golden.json(v1), card.get("extension").get("ketascreen.screening"), name);
            Golden.agreesWithIntent(Scenarios.golden().intent(name), card.get("extension").get("ketascreen.screening"));
        }
    }

    // --- api-contract §9.6: the intake's version picks the rule set -------------------------------------------

    @Nested
    class Versions {

        static final String CANONICAL = "https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake";
        /** api-contract §9.6, copied from the contract: the last lines of a card under the reference profile. */
        static final String PROFILE_LINE = "Rule set ketamine-migraine 2.0.0 · profile Reference screening defaults (reference 2.0.0)";
        static final String V1_LINE = "Rule set ketamine-migraine 1.1.0 · deprecated v1 rules, not screened under Reference "
                + "screening defaults: ask the patient to complete the intake again";

        static JsonNode v2Request(String scenario) {
            return CardsTest.v2Request(scenario);
        }

        static Stream<String> v2Scenarios() {
            return Stream.of("reference", "blocked-nose-and-no-peer-monitor-leave-iv-eligible",
                    "audit-c-8-needs-review-in-clinic-and-is-ineligible-oral", "alcohol-withdrawal-history-oral-only-is-ineligible",
                    "age-65-needs-review");
        }

        static String detail(JsonNode card) {
            return card.get("detail").asText();
        }

        /** A |2.0.0 intake: the card's extension is POST /api/v2/screenings' answer to the same QuestionnaireResponse, byte for byte. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("v2Scenarios")
        void shouldHoldTheV2AnswerByteForByteAndEndWithTheProfileLine(String scenario) {
            ObjectNode qr = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, v2Request(scenario));
            assertEquals(CANONICAL + "|2.0.0", qr.get("questionnaire").asText());
            String v2 = given().contentType("application/fhir+json").body(HookRequests.bytes(qr)).when().post(Routes.V2_SCREENINGS)
                    .then().statusCode(200).extract().asString();
            byte[] request = HookRequests.bytes(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr)));

            byte[] first = post(SERVICE, request).statusCode(200).extract().asByteArray();
            String body = new String(first, StandardCharsets.UTF_8);
            JsonNode card = oneCard(post(SERVICE, request));

            CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, body);
            assertTrue(body.contains("\"extension\":{\"ketascreen.screening\":" + v2 + "}"), scenario + ": " + body);
            assertEquals(Golden.json(v2), card.get("extension").get("ketascreen.screening"));
            assertEquals(Cards.indicator(org.ketascreen.screening.Verdict.valueOf(Golden.json(v2).get("verdict").asText())).json(),
                    card.get("indicator").asText());
            assertTrue(detail(card).endsWith("\n\n" + PROFILE_LINE), detail(card));
            assertEquals("ketascreen ketamine-migraine rule set 2.0.0", card.get("source").get("label").asText());
            assertEquals(urls.ruleSetV2(), card.get("source").get("url").asText());
            assertArrayEquals(first, post(SERVICE, request).statusCode(200).extract().asByteArray(), "same request, same profile: same bytes");
            assertTrue(lines.stream().anyMatch(l -> l.contains(" card=screened ruleset=ketamine-migraine@2.0.0 ")), lines.toString());
        }

        /** Unversioned (stored before 2.0) and |1.1.0 intakes: exactly today's v1 answer, and the v1 line. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({"reference", "no-escort-in-clinic-modalities-need-review-oral-eligible", "uncontrolled-blood-pressure-is-ineligible"})
        void shouldScreenUnversionedAndVersion1IntakesWithTheV1RulesAsBefore(String scenario) {
            ObjectNode versioned = QuestionnaireResponses.of(scenario(scenario));
            assertEquals(CANONICAL + "|1.1.0", versioned.get("questionnaire").asText());
            ObjectNode unversioned = versioned.deepCopy().put("questionnaire", CANONICAL);
            String v1 = v1Answer(versioned);

            for (ObjectNode qr : List.of(versioned, unversioned)) {
                String body = call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))).statusCode(200)
                        .extract().asString();
                CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, body);
                assertTrue(body.contains("\"extension\":{\"ketascreen.screening\":" + v1 + "}"), scenario + ": " + body);
                JsonNode card = Golden.json(body).get("cards").get(0);
                assertTrue(detail(card).endsWith("\n\n" + V1_LINE), detail(card));
                assertEquals("ketascreen ketamine-migraine rule set " + Catalogue.VERSION, card.get("source").get("label").asText());
            }
            assertEquals(v1, v1Answer(unversioned), "the v1 door answers an unversioned intake as a |1.1.0 one");
        }

        /** Another major: the "cannot be screened" card naming questionnaire, nothing screened. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({"|3.0.0", "|0.9.0", "|10.0.0", "|"})
        void shouldAnswerTheCannotBeScreenedCardNamingQuestionnaireForAnotherVersion(String version) {
            ObjectNode qr = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, v2Request("reference"));
            qr.put("questionnaire", CANONICAL + version);

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals("warning", card.get("indicator").asText());
            assertTrue(card.get("summary").asText().contains("incomplete or invalid"), card.get("summary").asText());
            JsonNode violations = card.get("extension").get("ketascreen.problem").get("violations");
            assertEquals(1, violations.size(), violations.toString());
            assertEquals("questionnaire", violations.get(0).get("field").asText());
            assertTrue(detail(card).contains("- `questionnaire`: "), detail(card));
            assertTrue(detail(card).endsWith("\n\n" + PROFILE_LINE), detail(card));
            assertFalse(card.has("extension") && card.get("extension").has("ketascreen.screening"));
            assertTrue(lines.stream().anyMatch(l -> l.contains(" card=not-screenable violations=1 ")), lines.toString());
        }

        /** §9.6: a v2 intake stored without |2.0.0 is read as version 1, and refused by it, with the v1 line. */
        @Test
        void shouldReadAV2IntakeWithoutItsVersionAsVersion1() {
            ObjectNode qr = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, v2Request("reference"));
            qr.put("questionnaire", CANONICAL);
            String v1Problem = given().contentType("application/fhir+json").body(HookRequests.bytes(qr)).when().post(Routes.V1_SCREENINGS)
                    .then().statusCode(400).extract().asString();

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals("warning", card.get("indicator").asText());
            assertEquals(Golden.json(v1Problem), card.get("extension").get("ketascreen.problem"));
            assertTrue(detail(card).endsWith("\n\n" + V1_LINE), detail(card));
        }

        /** A |2.0.0 intake the v2 door refuses: its problem, v2 paths, the profile line. */
        @Test
        void shouldRefuseAV2IntakeAsTheV2DoorDoes() {
            ObjectNode qr = QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, v2Request("reference"));
            ((com.fasterxml.jackson.databind.node.ArrayNode) qr.get("item")).remove(0);
            String v2Problem = given().contentType("application/fhir+json").body(HookRequests.bytes(qr)).when().post(Routes.V2_SCREENINGS)
                    .then().statusCode(400).extract().asString();

            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle(qr))));

            assertEquals("warning", card.get("indicator").asText());
            assertEquals(Golden.json(v2Problem), card.get("extension").get("ketascreen.problem"));
            assertTrue(detail(card).endsWith("\n\n" + PROFILE_LINE), detail(card));
        }

        @Test
        void shouldEndTheNoIntakeCardWithTheProfileLine() {
            JsonNode card = oneCard(call(HookRequests.patientView(HookRequests.HOOK_INSTANCE, HookRequests.bundle())));

            assertTrue(detail(card).endsWith("\n\n" + PROFILE_LINE), detail(card));
        }
    }

    // --- feedback -------------------------------------------------------------------------------------

    @Nested
    class FeedbackEndpoint {

        static final String CARD = "0f80c481-5a1f-5373-a641-9b786fab5dc3";
        static final String TIME = "\"outcomeTimestamp\":\"2026-03-02T15:04:05Z\"";

        static Stream<Arguments> feedback() {
            return Stream.of(
                    Arguments.of("overridden", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\"," + TIME + "}]}"),
                    Arguments.of("overridden with our reason and a comment", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"overrideReason\":{\"reason\":{\"system\":\"https://ketascreen.org/fhir/CodeSystem/cds-override-reason\","
                            + "\"code\":\"patient-declined\",\"display\":\"The patient declined ketamine treatment\"},\"userComment\":\"ok\"}," + TIME + "}]}"),
                    Arguments.of("accepted with a suggestion", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"accepted\","
                            + "\"acceptedSuggestions\":[{\"id\":\"e56e1945-20b3-4393-8503-a1a20fd73152\"}]," + TIME + "}]}"),
                    Arguments.of("two entries, offset and fraction", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"outcomeTimestamp\":\"2026-03-02T15:04:05.52+01:00\"},{\"card\":\"x\",\"outcome\":\"overridden\","
                            + "\"outcomeTimestamp\":\"2026-03-02t15:04:05z\",\"extension\":{\"org.example\":1}}]}"),
                    Arguments.of("no feedback", "{}"),
                    Arguments.of("empty feedback", "{\"feedback\":[]}"),
                    Arguments.of("feedback not an array", "{\"feedback\":{}}"),
                    Arguments.of("entry not an object", "{\"feedback\":[1]}"),
                    Arguments.of("no card", "{\"feedback\":[{\"outcome\":\"overridden\"," + TIME + "}]}"),
                    Arguments.of("card null", "{\"feedback\":[{\"card\":null,\"outcome\":\"overridden\"," + TIME + "}]}"),
                    Arguments.of("card empty", "{\"feedback\":[{\"card\":\"\",\"outcome\":\"overridden\"," + TIME + "}]}"),
                    Arguments.of("outcome ignored", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"ignored\"," + TIME + "}]}"),
                    Arguments.of("accepted without suggestions", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"accepted\"," + TIME + "}]}"),
                    Arguments.of("empty acceptedSuggestions", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"accepted\","
                            + "\"acceptedSuggestions\":[]," + TIME + "}]}"),
                    Arguments.of("no timestamp", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\"}]}"),
                    Arguments.of("timestamp a date", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"outcomeTimestamp\":\"2026-03-02\"}]}"),
                    Arguments.of("timestamp February 30", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"outcomeTimestamp\":\"2026-02-30T15:04:05Z\"}]}"),
                    Arguments.of("overrideReason empty", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"overrideReason\":{}," + TIME + "}]}"),
                    Arguments.of("overrideReason null", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"overrideReason\":null," + TIME + "}]}"),
                    Arguments.of("reason without system", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"overrideReason\":{\"reason\":{\"code\":\"x\"}}," + TIME + "}]}"),
                    Arguments.of("userComment empty", "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\","
                            + "\"overrideReason\":{\"userComment\":\"\"}," + TIME + "}]}"));
        }

        /** The service and the schema written from the spec agree on every sample: 200 exactly when it is valid feedback. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("feedback")
        void shouldAcceptExactlyWhatTheSpecCallsFeedback(String what, String body) {
            boolean valid = CdsHooksSchemas.errors(CdsHooksSchemas.FEEDBACK, body).isEmpty();

            var response = post(FEEDBACK, body.getBytes(StandardCharsets.UTF_8));

            if (valid) {
                assertEquals("", response.statusCode(200).extract().asString(), "no body");
            } else {
                problem(response, 400).body("title", equalTo("Invalid CDS Hooks feedback"));
            }
        }

        @Test
        void shouldRecordEachEntryAsAValueFreeAuditLine() {
            String body = "{\"feedback\":[{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":"
                    + "{\"system\":\"https://ketascreen.org/fhir/CodeSystem/cds-override-reason\",\"code\":\"patient-declined\"},"
                    + "\"userComment\":\"COMMENT5519\"}," + TIME + "},{\"card\":\"not a uuid\",\"outcome\":\"overridden\","
                    + "\"overrideReason\":{\"reason\":{\"system\":\"s\",\"code\":\"free text reason\"}}," + TIME + "}]}";

            post(FEEDBACK, body.getBytes(StandardCharsets.UTF_8)).statusCode(200);

            List<String> audit = lines.stream().filter(l -> l.startsWith("org.ketascreen.audit cds-feedback")).toList();
            assertEquals(2, audit.size(), lines.toString());
            assertTrue(audit.stream().allMatch(l -> FEEDBACK_LINE.matcher(l).matches()), audit.toString());
            assertTrue(audit.get(0).endsWith("card=" + CARD + " outcome=overridden reason=patient-declined"), audit.get(0));
            assertTrue(audit.get(1).endsWith("card=(not a uuid) outcome=overridden"), audit.get(1));
            assertTrue(lines.stream().noneMatch(l -> l.contains("COMMENT5519") || l.contains("free text")), lines.toString());
        }

        @Test
        void shouldRefuseMoreThanAHundredEntries() {
            StringBuilder body = new StringBuilder("{\"feedback\":[");
            for (int i = 0; i <= FeedbackRequest.MAX_ENTRIES; i++) {
                body.append(i == 0 ? "" : ",").append("{\"card\":\"" + CARD + "\",\"outcome\":\"overridden\"," + TIME + "}");
            }
            problem(post(FEEDBACK, body.append("]}").toString().getBytes(StandardCharsets.UTF_8)), 400)
                    .body("violations[0].field", equalTo("feedback"));
        }
    }

    // --- privacy and audit ----------------------------------------------------------------------------

    @Nested
    class Privacy {

        static final String MARKER = "PHIMARKER4417";

        /** A call whose every free-text place holds the marker: context ids, the resource's own elements, the token. */
        static ObjectNode markedCall(JsonNode v1Request) {
            return marked(QuestionnaireResponses.of(v1Request));
        }

        static ObjectNode marked(ObjectNode qr) {
            qr.put("id", MARKER);
            qr.putObject("subject").put("reference", "Patient/" + MARKER).put("display", MARKER + " Smith");
            qr.putObject("text").put("status", "generated").put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + MARKER + "</div>");
            qr.putArray("author").addObject().put("reference", "Practitioner/" + MARKER);
            ((ObjectNode) qr.get("item").get(0)).put("text", MARKER);
            ObjectNode call = HookRequests.patientView(HookRequests.HOOK_INSTANCE, "Patient/" + MARKER, "Practitioner/" + MARKER,
                    HookRequests.bundle(qr));
            ((ObjectNode) call.get("context")).put("encounterId", MARKER);
            call.putObject("fhirAuthorization").put("access_token", MARKER).put("token_type", "Bearer").put("expires_in", 300)
                    .put("scope", "patient/QuestionnaireResponse.read").put("subject", MARKER);
            return call;
        }

        static Stream<Arguments> markedCalls() {
            ObjectNode invalid = markedCall(Intakes.with("patient.ageYears", 130));
            ((ObjectNode) invalid.get("prefetch").get("intake").get("entry").get(0).get("resource").get("item").get(1).get("item")
                    .get(0).get("answer").get(0).get("valueCoding")).put("code", MARKER);
            ObjectNode badHook = markedCall(Intakes.reference());
            badHook.put("hook", MARKER);
            badHook.put("hookInstance", MARKER);
            ((ObjectNode) badHook.get("context")).remove("userId");
            ObjectNode notPrefetched = markedCall(Intakes.reference());
            notPrefetched.remove("prefetch");
            ObjectNode v2 = marked(QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, CardsTest.v2Request(
                    "audit-c-8-needs-review-in-clinic-and-is-ineligible-oral")));
            ObjectNode otherVersion = marked(QuestionnaireResponses.of(Intakes.reference()));
            ((ObjectNode) otherVersion.get("prefetch").get("intake").get("entry").get(0).get("resource"))
                    .put("questionnaire", "https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake|3.0.0");
            return Stream.of(Arguments.of("eligible", markedCall(Intakes.reference()), 200),
                    Arguments.of("v2 needs review", v2, 200),
                    Arguments.of("another questionnaire version", otherVersion, 200),
                    Arguments.of("urgent", markedCall(scenario("thunderclap-with-schizophrenia-is-urgent")), 200),
                    Arguments.of("intake that cannot be screened", invalid, 200),
                    Arguments.of("malformed hook request", badHook, 400),
                    Arguments.of("not prefetched", notPrefetched, 412));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("markedCalls")
        void shouldKeepContextIdsAndPrefetchedValuesOutOfAnswersAndLogs(String what, JsonNode call, int status) {
            String answer = call(call).statusCode(status).extract().asString();

            assertFalse(answer.contains(MARKER), "the answer echoes a value of the call: " + answer);
            assertFalse(answer.contains("Exception") || answer.contains("org.ketascreen") || answer.contains("java."), answer);
            assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries a value of the call: " + lines);
            List<String> app = lines.stream().filter(l -> l.startsWith("org.ketascreen")).toList();
            assertEquals(1, app.size(), "one audit line per call: " + app);
            assertTrue(HOOK_LINE.matcher(app.get(0)).matches() || REJECTED_LINE.matcher(app.get(0)).matches(), app.get(0));
        }

        @Test
        void shouldKeepTheCommentOfAFeedbackOutOfAnswersAndLogs() {
            String valid = "{\"feedback\":[{\"card\":\"" + MARKER + "\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":"
                    + "{\"system\":\"" + MARKER + "\",\"code\":\"" + MARKER + " code\",\"display\":\"" + MARKER + "\"},\"userComment\":\""
                    + MARKER + "\"},\"outcomeTimestamp\":\"2026-03-02T15:04:05Z\"}]}";
            String invalid = "{\"feedback\":[{\"card\":\"" + MARKER + "\",\"outcome\":\"" + MARKER + "\",\"overrideReason\":{"
                    + "\"userComment\":\"" + MARKER + "\"},\"outcomeTimestamp\":\"" + MARKER + "\"}]}";

            post(FEEDBACK, valid.getBytes(StandardCharsets.UTF_8)).statusCode(200);
            String problem = post(FEEDBACK, invalid.getBytes(StandardCharsets.UTF_8)).statusCode(400).extract().asString();

            assertFalse(problem.contains(MARKER), problem);
            assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries a value of the feedback: " + lines);
            assertTrue(lines.stream().filter(l -> l.startsWith("org.ketascreen"))
                    .allMatch(l -> FEEDBACK_LINE.matcher(l).matches() || REJECTED_LINE.matcher(l).matches()), lines.toString());
        }

        @Test
        void shouldLogOneAuditLineWithTheVerdictAndFiredRulesPerScreenedCall() {
            call(HookRequests.of(scenario("uncontrolled-blood-pressure-is-ineligible"))).statusCode(200);

            List<String> app = lines.stream().filter(l -> l.startsWith("org.ketascreen")).toList();
            assertEquals(1, app.size(), app.toString());
            assertTrue(HOOK_LINE.matcher(app.get(0)).matches(), app.get(0));
            assertTrue(app.get(0).contains(" hookInstance=" + HookRequests.HOOK_INSTANCE + " card=screened ruleset=ketamine-migraine@" + Catalogue.VERSION + " "
                    + "verdict=INELIGIBLE fired=[BP-3"), app.get(0));
        }
    }

    /** docs/cds-hooks.md's curl example answers the card that page shows, extension shortened there. */
    @Test
    void shouldAnswerTheCdsHooksPagesExampleAsDocumented() throws Exception {
        JsonNode documented = documentedCard("docs/cds-hooks.md");
        byte[] request = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(ReferenceHookRequestTest.FILE));

        ObjectNode card = (ObjectNode) oneCard(post(SERVICE, request));

        assertEquals("http://localhost:8080", urls.base(), "the documented example runs with the default base URL");
        assertEquals(documented.get("extension").get("ketascreen.screening").get("verdict"),
                card.get("extension").get("ketascreen.screening").get("verdict"));
        ((ObjectNode) documented).remove("extension");
        card.remove("extension");
        assertEquals(documented, card);
    }

    /**
     * The front page (README.md) shows the same call's card shortened: everything it shows is exactly what the
     * service answers, and only what is marked "…" is left out.
     */
    @Test
    void shouldAnswerTheFrontPagesShortenedExampleAsShown() throws Exception {
        JsonNode shown = documentedCard("README.md");
        byte[] request = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(ReferenceHookRequestTest.FILE));

        JsonNode card = oneCard(post(SERVICE, request));

        assertEquals("http://localhost:8080", urls.base(), "the front page's example runs with the default base URL");
        assertShown(shown, card, "card");
    }

    /** The first card of the JSON block after a file's {@code <!-- cds-hooks-example: ... -->} marker. */
    static JsonNode documentedCard(String file) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(file));
        int marker = text.indexOf("<!-- cds-hooks-example:");
        assertTrue(marker > 0, file + " marks its CDS Hooks example");
        int start = text.indexOf("```json\n", marker) + "```json\n".length();
        return Golden.json(text.substring(start, text.indexOf("\n```", start))).get("cards").get(0);
    }

    static final String LEFT_OUT = "\u2026";

    /**
     * A value shown with parts left out: a string ending in "…" is the start of the real one; an array whose
     * last item is "…" starts with the real one's items; an object with a member "…" holds some of the real
     * one's members. Anything else must be exactly the real value (an object: the same members).
     */
    static void assertShown(JsonNode shown, JsonNode actual, String path) {
        assertTrue(actual != null && !actual.isMissingNode(), path + " is in the answer");
        int last = shown.size() - 1;
        if (shown.isTextual() && shown.asText().endsWith(LEFT_OUT)) {
            String start = shown.asText().substring(0, shown.asText().length() - LEFT_OUT.length());
            assertTrue(actual.isTextual() && actual.asText().startsWith(start), path + " starts as shown: " + actual);
        } else if (shown.isArray() && last >= 0 && LEFT_OUT.equals(shown.get(last).asText())) {
            assertTrue(actual.isArray() && actual.size() > last, path + " has more items than shown: " + actual);
            for (int i = 0; i < last; i++) {
                assertShown(shown.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (shown.isArray()) {
            assertEquals(shown.size(), actual.size(), path + " has the items shown: " + actual);
            for (int i = 0; i < shown.size(); i++) {
                assertShown(shown.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (shown.isObject()) {
            List<String> names = new ArrayList<>();
            shown.fieldNames().forEachRemaining(names::add);
            if (!names.remove(LEFT_OUT)) {
                List<String> actualNames = new ArrayList<>();
                actual.fieldNames().forEachRemaining(actualNames::add);
                assertEquals(new java.util.TreeSet<>(actualNames), new java.util.TreeSet<>(names), path + " has the members shown");
            }
            for (String name : names) {
                assertShown(shown.get(name), actual.get(name), path + "." + name);
            }
        } else {
            assertEquals(shown, actual, path);
        }
    }

    /** Never a card for a body nobody could read: the audit counts problems, never echoes them. */
    @Test
    void shouldCountViolationsInTheRejectionLine() {
        List<String> before = new ArrayList<>(lines);
        post(SERVICE, "{}".getBytes(StandardCharsets.UTF_8)).statusCode(400);
        List<String> added = lines.stream().filter(l -> !before.contains(l) && l.startsWith("org.ketascreen")).toList();
        assertEquals(1, added.size(), added.toString());
        assertTrue(added.get(0).endsWith("status=400 violations=3"), added.get(0));
    }
}
