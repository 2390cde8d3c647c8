package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.testing.Golden;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The FHIR door over HTTP (api-contract §6): the Questionnaire's four ways out, and every error case of
 * §6.2, alone and several at once, each named by the v1 path of its item.
 */
@QuarkusTest
class FhirDoorTest {

    static final String FHIR = "application/fhir+json";
    static final String CANONICAL = "https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake";

    @Nested
    class TheQuestionnaire {

        /** §9.1: the v1 one at -v1 is GET /api/v1/questionnaire's FHIR rendering with that id, nothing else changed. */
        @Test
        void shouldServeVersion1AtItsOwnIdAsTheV1DoorRendersIt() {
            byte[] read = given().when().get("/fhir/Questionnaire/ketamine-migraine-intake-v1").then().statusCode(200)
                    .contentType(FHIR).extract().asByteArray();
            ObjectNode negotiated = (ObjectNode) json(given().accept(FHIR).when().get(Routes.V1_QUESTIONNAIRE).then().statusCode(200)
                    .contentType(FHIR).extract().asString());

            assertEquals("ketamine-migraine-intake", negotiated.get("id").asText(), "the v1 door is frozen");
            negotiated.put("id", "ketamine-migraine-intake-v1");
            assertEquals(negotiated, json(new String(read, StandardCharsets.UTF_8)));
            assertEquals(QuestionnaireResponses.QUESTIONNAIRE, negotiated.put("id", "ketamine-migraine-intake"),
                    "the tests' copy is the served one");
        }

        /** §9.1: the newest version, 2.0.0, under the plain id, rendered for the active profile (the reference here). */
        @Test
        void shouldServeTheNewestVersionUnderThePlainId() {
            JsonNode read = json(given().when().get("/fhir/Questionnaire/ketamine-migraine-intake").then().statusCode(200)
                    .contentType(FHIR).extract().asString());
            assertEquals(QuestionnaireResponses.QUESTIONNAIRE_V2, read, "the tests' copy is the served one");
        }

        @Test
        void shouldDescribeItselfAsThePlanSays() {
            given().when().get("/fhir/Questionnaire/ketamine-migraine-intake").then().statusCode(200)
                    .body("resourceType", equalTo("Questionnaire"))
                    .body("id", equalTo("ketamine-migraine-intake"))
                    .body("url", equalTo(CANONICAL))
                    .body("version", equalTo("2.0.0"))
                    .body("status", equalTo("active"))
                    .body("subjectType", equalTo(List.of("Patient")))
                    .body("item.linkId", equalTo(List.of("patient", "headache", "referral", "redFlags", "treatments",
                            "priorKetamine", "psychiatric", "substanceUse", "alcohol", "cardiovascular", "respiratory",
                            "conditions", "currentMedications", "logistics", "home")));
            given().when().get("/fhir/Questionnaire/ketamine-migraine-intake-v1").then().statusCode(200)
                    .body("id", equalTo("ketamine-migraine-intake-v1"))
                    .body("url", equalTo(CANONICAL))
                    .body("version", equalTo(Catalogue.VERSION))
                    .body("item.linkId", equalTo(List.of("patient", "headache", "redFlags", "treatments", "psychiatric",
                            "substanceUse", "cardiovascular", "conditions", "currentMedications", "logistics")));
        }

        @Test
        void shouldKeepTheV1AnswerWithoutTheFhirAcceptHeader() {
            given().when().get(Routes.V1_QUESTIONNAIRE).then().statusCode(200).contentType("application/json")
                    .body("id", equalTo("ketamine-migraine-intake")).body("items[0].path", equalTo("patient"));
            given().accept("application/json").when().get(Routes.V1_QUESTIONNAIRE).then().statusCode(200)
                    .contentType("application/json");
        }

        /** §9.1: a url search gives every served version, newest first; no url gives the same. */
        @ParameterizedTest(name = "url={0}")
        @ValueSource(strings = {CANONICAL, ""})
        void shouldFindEveryVersionByCanonicalNewestFirst(String url) {
            var request = given();
            if (!url.isEmpty()) {
                request = request.queryParam("url", url);
            }
            JsonNode bundle = json(request.when().get(Routes.FHIR_QUESTIONNAIRE).then().statusCode(200).contentType(FHIR)
                    .body("resourceType", equalTo("Bundle")).body("type", equalTo("searchset")).body("total", equalTo(2))
                    .body("entry.resource.version", equalTo(List.of("2.0.0", Catalogue.VERSION)))
                    .body("entry.resource.id", equalTo(List.of("ketamine-migraine-intake", "ketamine-migraine-intake-v1")))
                    .body("entry.fullUrl", equalTo(List.of(CANONICAL, CANONICAL + "-v1")))
                    .extract().asString());
            assertEquals(json(given().when().get("/fhir/Questionnaire/ketamine-migraine-intake").then().extract().asString()),
                    bundle.get("entry").get(0).get("resource"));
            assertEquals(json(given().when().get("/fhir/Questionnaire/ketamine-migraine-intake-v1").then().extract().asString()),
                    bundle.get("entry").get(1).get("resource"));
        }

        /** §9.1: url|version is the one whose version equals it exactly. */
        @ParameterizedTest(name = "|{0} -> {1}")
        @org.junit.jupiter.params.provider.CsvSource({"2.0.0, ketamine-migraine-intake", Catalogue.VERSION + ", ketamine-migraine-intake-v1"})
        void shouldFindOneVersionByCanonicalWithItsExactVersion(String version, String id) {
            given().queryParam("url", CANONICAL + "|" + version).when().get(Routes.FHIR_QUESTIONNAIRE).then().statusCode(200)
                    .contentType(FHIR).body("total", equalTo(1)).body("entry[0].resource.id", equalTo(id))
                    .body("entry[0].resource.version", equalTo(version));
        }

        @ParameterizedTest(name = "url={0}")
        @ValueSource(strings = {"https://ketascreen.org/fhir/Questionnaire/other", "https://example.org/Questionnaire/ketamine-migraine-intake",
                CANONICAL + "|9.9.9", CANONICAL + "|2", CANONICAL + "|2.0", CANONICAL + "|1.1", CANONICAL + "|", CANONICAL + "-v1"})
        void shouldAnswerAnEmptyBundleForAnyOtherUrlOrVersion(String url) {
            given().queryParam("url", url).when().get(Routes.FHIR_QUESTIONNAIRE).then().statusCode(200).contentType(FHIR)
                    .body("total", equalTo(0)).body("type", equalTo("searchset"));
        }

        /** §9.1: read and search only; any other id, a vread or a _history path is a 404. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/fhir/Questionnaire/something-else", "/fhir/Questionnaire/ketamine-migraine-intake-v2",
                "/fhir/Questionnaire/ketamine-migraine-intake/_history", "/fhir/Questionnaire/ketamine-migraine-intake/_history/1",
                "/fhir/Questionnaire/ketamine-migraine-intake-v1/_history/1", "/fhir/Questionnaire/_history"})
        void shouldAnswer404ForAnotherIdOrAnyHistory(String path) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void shouldDeclareWhatItServesInItsCapabilityStatement() {
            given().when().get(Routes.FHIR_METADATA).then().statusCode(200).contentType(FHIR)
                    .body("resourceType", equalTo("CapabilityStatement"))
                    .body("fhirVersion", equalTo("4.0.1"))
                    .body("kind", equalTo("instance"))
                    .body("format", hasItem("json"))
                    .body("rest[0].resource[0].type", equalTo("Questionnaire"))
                    .body("rest[0].resource[0].interaction.code", equalTo(List.of("read", "search-type")))
                    .body("rest[0].resource[0].searchParam[0].name", equalTo("url"));
        }
    }

    @Nested
    class Screening {

        /** The curl example of README.md and docs/fhir.md: the reference answers as a QuestionnaireResponse answer as the v1 reference request. */
        @Test
        void shouldAnswerTheReadmeExampleAsTheV1Reference() throws Exception {
            java.nio.file.Path example = java.nio.file.Path.of("src/test/resources/fhir/reference.questionnaire-response.json");
            if (Golden.updating()) {
                java.nio.file.Files.createDirectories(example.getParent());
                Golden.write(example, reference());
            }
            JsonNode response = json(java.nio.file.Files.readString(example));

            assertEquals(reference(), response, "the example is the reference request's response");
            assertEquals(screenV1(Intakes.reference()), screen(response).statusCode(200).extract().asString());
        }

        @Test
        void shouldAcceptWhatLhcFormsAddsAndIgnoreEveryOtherElement() {
            ObjectNode response = reference();
            response.putObject("meta").putArray("profile").add("http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse");
            ((ObjectNode) response.get("meta")).putArray("tag").addObject().put("code", "lformsVersion: 40.1.3");
            response.put("id", "qr-1").put("authored", "2026-11-30T10:00:00Z").put("language", "en");
            response.putObject("subject").put("reference", "Patient/p-1").put("display", "A patient");
            response.putObject("author").put("reference", "Patient/p-1");
            response.putObject("text").put("status", "generated").put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">answers</div>");
            response.putArray("identifier").addObject().put("value", "intake-42");
            response.putArray("extension").addObject().put("url", "https://clinic.example/ext").put("valueString", "x");
            ((ObjectNode) response.get("item").get(0)).put("text", "About you");

            String viaFhir = screen(response).statusCode(200).extract().asString();

            assertEquals(screenV1(Intakes.reference()), viaFhir);
        }

        @ParameterizedTest(name = "questionnaire {0}")
        @ValueSource(strings = {CANONICAL, CANONICAL + "|" + Catalogue.VERSION, CANONICAL + "|1.0.0", CANONICAL + "|1"})
        void shouldAcceptOurQuestionnaireAtAnyVersionOfTheSameMajor(String questionnaire) {
            screen(reference().put("questionnaire", questionnaire)).statusCode(200).body("verdict", equalTo("ELIGIBLE"));
        }

        @Test
        void shouldAcceptAnAmendedResponse() {
            screen(reference().put("status", "amended")).statusCode(200).body("verdict", equalTo("ELIGIBLE"));
        }

        @Test
        void shouldReadAnAbsentBloodPressureGroupAsNoReading() {
            JsonNode request = Intakes.with("cardiovascular.bloodPressure", Intakes.ABSENT);
            screen(QuestionnaireResponses.of(request)).statusCode(200).body("verdict", equalTo("NEEDS_REVIEW"))
                    .body("findings.ruleId", hasItem("BP-5"));
        }

        @Test
        void shouldReadAbsentRepeatingItemsAsEmptyLists() {
            JsonNode request = Intakes.with("treatments.preventive", List.of(), "treatments.acute", List.of(), "currentMedications", List.of());
            ObjectNode response = QuestionnaireResponses.of(request);

            assertEquals(screenV1(request), screen(response).statusCode(200).extract().asString());
        }

        @Test
        void shouldAcceptTheFhirMediaTypeWithItsVersionParameter() {
            given().contentType("application/fhir+json; fhirVersion=4.0").body(reference().toString()).when()
                    .post(Routes.V1_SCREENINGS).then().statusCode(200).body("verdict", equalTo("ELIGIBLE"));
        }
    }

    @Nested
    class Errors {

        @Test
        void shouldRefuseAnotherResourceType() {
            invalid(reference().put("resourceType", "Observation")).body("violations", hasSize(1))
                    .body("violations[0].field", equalTo("resourceType"))
                    .body("violations[0].message", equalTo("must be QuestionnaireResponse"));
        }

        @ParameterizedTest(name = "questionnaire {0}")
        @ValueSource(strings = {"https://example.org/Questionnaire/intake", CANONICAL + "|2.0.0", "Questionnaire/ketamine-migraine-intake"})
        void shouldRefuseAnotherQuestionnaire(String questionnaire) {
            invalid(reference().put("questionnaire", questionnaire)).body("violations[0].field", equalTo("questionnaire"));
        }

        @ParameterizedTest(name = "status {0}")
        @ValueSource(strings = {"in-progress", "stopped", "entered-in-error", "COMPLETED"})
        void shouldRefuseAResponseThatIsNotCompletedOrAmended(String status) {
            invalid(reference().put("status", status)).body("violations[0].field", equalTo("status"))
                    .body("violations[0].message", equalTo("must be completed or amended"));
        }

        @Test
        void shouldNameAnUnknownLinkId() {
            ObjectNode response = reference();
            group(response, "patient").addObject().put("linkId", "patient.favouriteColour").putArray("answer").addObject()
                    .put("valueString", "GREEN");
            invalid(response).body("violations[0].field", equalTo("patient.favouriteColour"))
                    .body("violations[0].message", equalTo("unknown linkId"));
        }

        @Test
        void shouldNameAWrongValueType() {
            ObjectNode response = reference();
            answer(response, "patient", "patient.ageYears").removeAll().addObject().put("valueString", "38");
            invalid(response).body("violations[0].field", equalTo("patient.ageYears"))
                    .body("violations[0].message", equalTo("must be answered with valueInteger"));
        }

        @Test
        void shouldListTheAllowedCodesOfACodeNotAmongTheOptions() {
            ObjectNode response = reference();
            ((ObjectNode) answer(response, "patient", "patient.pregnant").get(0).get("valueCoding")).put("code", "MAYBE");
            invalid(response).body("violations[0].field", equalTo("patient.pregnant"))
                    .body("violations[0].message", equalTo("must be one of: YES, NO, UNKNOWN"));
        }

        @Test
        void shouldRefuseACodeOfAnotherSystem() {
            ObjectNode response = reference();
            ((ObjectNode) answer(response, "patient", "patient.pregnant").get(0).get("valueCoding")).put("system", "http://snomed.info/sct");
            invalid(response).body("violations[0].field", equalTo("patient.pregnant"))
                    .body("violations[0].message", equalTo("code system must be https://ketascreen.org/fhir/CodeSystem/answer"));
        }

        @Test
        void shouldNameAnOutOfRangeNumberInARepetitionByItsIndex() {
            JsonNode request = Intakes.with("treatments.preventive[1].trialWeeks", 12);
            ObjectNode response = QuestionnaireResponses.of(request);
            ArrayNode repetitions = group(response, "treatments");
            ((ObjectNode) answer(repetitions.get(1), "treatments.preventive[].trialWeeks").get(0)).put("valueInteger", 600);
            invalid(response).body("violations[0].field", equalTo("treatments.preventive[1].trialWeeks"))
                    .body("violations[0].message", equalTo("must be between 0 and 520"));
        }

        @Test
        void shouldRefuseMoreThanOneAnswerToAQuestionThatDoesNotRepeat() {
            ObjectNode response = reference();
            ArrayNode answers = answer(response, "patient", "patient.ageYears");
            answers.add(answers.get(0).deepCopy());
            invalid(response).body("violations[0].field", equalTo("patient.ageYears"))
                    .body("violations[0].message", equalTo("has more than one answer: the question takes one"));
        }

        @Test
        void shouldNameAMissingRequiredItem() {
            ObjectNode response = reference();
            group(response, "redFlags").remove(0);
            invalid(response).body("violations", hasSize(1)).body("violations[0].field", equalTo("redFlags.thunderclapOnset"))
                    .body("violations[0].message", equalTo("is required"));
        }

        @Test
        void shouldRefuseAnAnswerWhoseEnableWhenIsNotMet() {
            ObjectNode response = reference();
            ((ArrayNode) group(response, "psychiatric").get(3).get("item")).addObject()
                    .put("linkId", "psychiatric.psychoticEpisode.monthsAgo").putArray("answer").addObject().put("valueInteger", 6);
            invalid(response).body("violations[0].field", equalTo("psychiatric.psychoticEpisode.monthsAgo"))
                    .body("violations[0].message", equalTo("is only allowed when answer is YES"));
        }

        @Test
        void shouldRefuseAQuestionOutsideItsGroup() {
            ObjectNode response = reference();
            JsonNode age = group(response, "patient").remove(0);
            ((ArrayNode) response.get("item")).add(age);
            invalid(response).body("violations.field", equalTo(List.of("patient.ageYears", "patient.ageYears")))
                    .body("violations.message", hasItem("is not nested in the group it belongs to"))
                    .body("violations.message", hasItem("is required"));
        }

        @Test
        void shouldRefuseMalformedJson() {
            given().contentType(FHIR).body("{\"resourceType\":\"QuestionnaireResponse\",").when().post(Routes.V1_SCREENINGS).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].message", equalTo("the JSON ends too early at line 1, column 41"));
        }

        @Test
        void shouldReportEveryViolationAtOnceInQuestionnaireOrder() {
            ObjectNode response = reference().put("status", "in-progress");
            ((ObjectNode) answer(response, "patient", "patient.ageYears").get(0)).put("valueInteger", 130);
            ((ObjectNode) answer(response, "conditions", "conditions.eyePressure").get(0).get("valueCoding")).put("code", "HIGH");
            group(response, "redFlags").remove(0);
            group(response, "patient").addObject().put("linkId", "patient.favouriteColour");

            invalid(response).body("detail", equalTo("5 fields are invalid"))
                    .body("violations.field", equalTo(List.of("patient.ageYears", "patient.favouriteColour",
                            "redFlags.thunderclapOnset", "conditions.eyePressure", "status")));
        }

        @Test
        void shouldKeepTheLimitsOfTheV1Door() {
            ObjectNode response = reference();
            response.putObject("text").put("status", "generated").put("div", "x".repeat(1_001));
            invalid(response).body("violations[0].message", org.hamcrest.Matchers.startsWith("exceeds an input limit"));
            ObjectNode big = reference();
            ArrayNode contained = big.putArray("contained");
            for (int i = 0; i < 22_000; i++) {
                contained.addObject();
            }
            given().contentType(FHIR).body(big.toString()).when().post(Routes.V1_SCREENINGS).then().statusCode(413)
                    .contentType("application/problem+json");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static ObjectNode reference() {
        return QuestionnaireResponses.of(Intakes.reference());
    }

    static ValidatableResponse screen(JsonNode response) {
        return given().contentType(FHIR).body(response.toString()).when().post(Routes.V1_SCREENINGS).then();
    }

    static String screenV1(JsonNode request) {
        return given().contentType("application/json").body(request.toString()).when().post(Routes.V1_SCREENINGS).then()
                .statusCode(200).extract().asString();
    }

    static ValidatableResponse invalid(JsonNode response) {
        return screen(response).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"));
    }

    /** The items of the top-level group {@code linkId}. */
    static ArrayNode group(ObjectNode response, String linkId) {
        for (JsonNode item : response.get("item")) {
            if (item.get("linkId").asText().equals(linkId)) {
                return (ArrayNode) item.get("item");
            }
        }
        throw new IllegalArgumentException(linkId);
    }

    static ArrayNode answer(ObjectNode response, String group, String linkId) {
        for (JsonNode item : group(response, group)) {
            if (item.get("linkId").asText().equals(linkId)) {
                return (ArrayNode) item.get("answer");
            }
        }
        throw new IllegalArgumentException(linkId);
    }

    static ArrayNode answer(JsonNode groupItem, String linkId) {
        for (JsonNode item : groupItem.get("item")) {
            if (item.get("linkId").asText().equals(linkId)) {
                return (ArrayNode) item.get("answer");
            }
        }
        throw new IllegalArgumentException(linkId);
    }

    static JsonNode json(String body) {
        try {
            return Intakes.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
