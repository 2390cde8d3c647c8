package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ketascreen.testing.Intakes.ABSENT;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.reference;
import static org.ketascreen.testing.Intakes.with;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketascreen.screening.rules.Catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The public contract over the real HTTP stack (api-contract §1 to §5). */
@QuarkusTest
class ScreeningApiTest {

    static final String SCREENINGS = Routes.V1_SCREENINGS;
    static final String PROBLEM_JSON = "application/problem+json";

    static byte[] bytes(JsonNode request) {
        try {
            return JSON.writeValueAsBytes(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidatableResponse post(byte[] body) {
        return given().contentType("application/json").body(body).when().post(SCREENINGS).then();
    }

    static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse invalid(JsonNode request) {
        return post(bytes(request)).statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request")).body("status", equalTo(400));
    }

    @Nested
    class Screenings {

        @Test
        void shouldAnswerTheReferenceRequestAsTheContractShows() {
            post(bytes(reference())).statusCode(200).contentType("application/json")
                    .header("Cache-Control", "no-store")
                    .body("verdict", equalTo("ELIGIBLE"))
                    .body("ruleset.id", equalTo("ketamine-migraine"))
                    .body("ruleset.version", equalTo(Catalogue.VERSION))
                    .body("migraine.frequency", equalTo("CHRONIC"))
                    .body("migraine.treatmentResistance", equalTo("RESISTANT"))
                    .body("migraine.failedPreventiveClasses", equalTo(List.of("ANTIDEPRESSANT", "ANTIEPILEPTIC", "BETA_BLOCKER")))
                    .body("migraine.medicationOveruse", equalTo(false))
                    .body("modalities.modality", equalTo(List.of("IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE")))
                    .body("modalities.verdict", everyItem(equalTo("ELIGIBLE")))
                    .body("modalities[0].conditions", equalTo(List.of("IN_CLINIC_MONITORING", "RESPONSIBLE_ADULT_ESCORT", "NO_DRIVING_UNTIL_NEXT_DAY")))
                    .body("modalities[2].conditions", equalTo(List.of("AT_HOME_VISIT_BEFORE_START")))
                    .body("findings", hasSize(1))
                    .body("findings[0].ruleId", equalTo("PSY-INFO"))
                    .body("findings[0].outcome", equalTo("INFO"))
                    .body("findings[0].category", equalTo("COMORBIDITY"))
                    .body("findings[0].fields", equalTo(List.of("psychiatric.depression")))
                    .body("findings[0].source.label", notNullValue())
                    .body("findings[0].source.url", containsString("https://"))
                    .body("findings[0]", not(org.hamcrest.Matchers.hasKey("modalities")))
                    .body("nextSteps", equalTo(List.of("Book the telehealth clinician visit.")));
        }

        @Test
        void shouldAnswerTheSameRequestWithByteIdenticalBodies() {
            byte[] body = bytes(with("redFlags.thunderclapOnset", "YES", "psychiatric.schizophrenia", "UNKNOWN"));

            byte[] first = post(body).statusCode(200).extract().asByteArray();
            byte[] second = post(body).statusCode(200).extract().asByteArray();

            assertArrayEquals(first, second);
        }

        @Test
        void shouldGiveAVerdictAs200WhateverItIs() {
            post(bytes(with("redFlags.thunderclapOnset", "YES", "psychiatric.schizophrenia", "YES"))).statusCode(200)
                    .body("verdict", equalTo("URGENT_REFERRAL"))
                    .body("findings.ruleId", hasItem("RF-1"))
                    .body("findings.ruleId", hasItem("PSY-1"))
                    .body("findings[0].outcome", equalTo("URGENT_REFERRAL"))
                    .body("nextSteps[0]", containsString("emergency"));
        }

        @Test
        void shouldScreenOnlyTheRequestedModalities() {
            post(bytes(with("logistics.requestedModalities", List.of("ORAL_MICRODOSE", "IV_INFUSION"),
                    "logistics.responsibleAdultAvailable", "NO"))).statusCode(200)
                    .body("modalities.modality", equalTo(List.of("IV_INFUSION", "ORAL_MICRODOSE")))
                    .body("modalities.verdict", equalTo(List.of("NEEDS_REVIEW", "ELIGIBLE")))
                    .body("verdict", equalTo("ELIGIBLE"))
                    .body("findings.find { it.ruleId == 'LOG-1' }.modalities", equalTo(List.of("IV_INFUSION")));
        }

        @Test
        void shouldAcceptJsonWithACharsetParameter() {
            given().contentType("application/json; charset=UTF-8").body(bytes(reference())).when().post(SCREENINGS)
                    .then().statusCode(200).body("verdict", equalTo("ELIGIBLE"));
        }
    }

    @Nested
    class InvalidRequests {

        @Test
        void shouldNameAMissingRequiredField() {
            invalid(with("redFlags.thunderclapOnset", ABSENT))
                    .body("detail", equalTo("1 field is invalid"))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", equalTo("redFlags.thunderclapOnset"))
                    .body("violations[0].message", equalTo("is required"));
        }

        @Test
        void shouldNameAMissingSection() {
            invalid(with("conditions", ABSENT)).body("violations[0].field", equalTo("conditions"))
                    .body("violations[0].message", equalTo("is required"));
        }

        @Test
        void shouldRejectUnknownProperty() {
            invalid(with("patient.favouriteColour", "BLUE")).body("violations[0].field", equalTo("patient.favouriteColour"))
                    .body("violations[0].message", equalTo("unknown property"));
        }

        @Test
        void shouldRejectAnUnknownTopLevelProperty() {
            invalid(with("notes", "free text")).body("violations[0].field", equalTo("notes"));
        }

        @ParameterizedTest(name = "{0} = {1} -> {2}")
        @CsvSource(delimiter = '|', value = {
                "patient.ageYears | \"38\" | must be an integer",
                "patient.ageYears | 38.5 | must be a whole number",
                "patient.ageYears | true | must be an integer",
                "patient.ageYears | 18446744073709551616 | must be between 0 and 120",
                "patient.pregnant | 1 | must be one of: YES, NO, UNKNOWN",
                "patient.pregnant | \"yes\" | must be one of: YES, NO, UNKNOWN",
                "patient | [] | must be a JSON object",
                "headache.diagnoses | \"CHRONIC_MIGRAINE\" | must be a JSON array",
                "currentMedications | {} | must be a JSON array"})
        void shouldRejectAWrongJsonType(String path, String json, String message) throws Exception {
            invalid(with(path, JSON.readTree(json))).body("violations[0].field", equalTo(path))
                    .body("violations[0].message", equalTo(message));
        }

        @ParameterizedTest(name = "{0} = {1} -> {2}")
        @CsvSource({
                "patient.ageYears, -1, must be between 0 and 120",
                "patient.ageYears, 121, must be between 0 and 120",
                "headache.headacheDaysPerMonth, 32, must be between 0 and 31",
                "headache.monthsAtCurrentFrequency, 1201, must be between 0 and 1200",
                "treatments.triptansFailed, 21, must be between 0 and 20",
                "cardiovascular.bloodPressure.systolic, 49, must be between 50 and 300",
                "cardiovascular.bloodPressure.systolic, 301, must be between 50 and 300",
                "cardiovascular.bloodPressure.diastolic, 19, must be between 20 and 200",
                "cardiovascular.bloodPressure.measuredDaysAgo, 3651, must be between 0 and 3650"})
        void shouldRejectAnOutOfRangeNumber(String path, int value, String message) {
            invalid(with(path, value)).body("violations.field", hasItem(path)).body("violations.message", hasItem(message));
        }

        /** An optional answer is given or left out (api-contract §2; the OpenAPI document declares none nullable). */
        @ParameterizedTest(name = "{0}: null")
        @ValueSource(strings = {"cardiovascular.bloodPressure", "psychiatric.psychoticEpisode.monthsAgo",
                "treatments.preventive[0].trialWeeks", "treatments.preventive[0].reachedTargetDose",
                "substanceUse.substanceUseDisorder.monthsInRemission", "logistics.requestedModalities"})
        void shouldRefuseNullForAnOptionalProperty(String path) {
            invalid(with(path, JSON.nullNode())).body("violations", hasSize(1)).body("violations[0].field", equalTo(path))
                    .body("violations[0].message", equalTo("must not be null: leave the property out when there is no answer"));
        }

        @Test
        void shouldListTheAllowedValuesOfAnUnknownEnum() {
            invalid(with("conditions.liverDisease", "SOMEWHAT"))
                    .body("violations[0].field", equalTo("conditions.liverDisease"))
                    .body("violations[0].message", equalTo("must be one of: NONE, MILD_OR_MODERATE, SEVERE, UNKNOWN"));
        }

        @Test
        void shouldNameAListItemByIndex() {
            invalid(with("treatments.preventive[1].trialWeeks", 600))
                    .body("violations[0].field", equalTo("treatments.preventive[1].trialWeeks"))
                    .body("violations[0].message", equalTo("must be between 0 and 520"));
        }

        @Test
        void shouldNameAnUnknownEnumInsideAList() {
            invalid(with("headache.diagnoses", List.of("CHRONIC_MIGRAINE", "MIGRAINE_X")))
                    .body("violations[0].field", equalTo("headache.diagnoses[1]"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "headache.debilitatingDaysPerMonth | headache.debilitatingDaysPerMonth=21 | must not exceed headacheDaysPerMonth",
                "headache.ageAtOnsetYears | headache.ageAtOnsetYears=39 | must not exceed patient.ageYears",
                "cardiovascular.bloodPressure.diastolic | cardiovascular.bloodPressure.diastolic=122 | must be below systolic",
                "psychiatric.psychoticEpisode.monthsAgo | psychiatric.psychoticEpisode.monthsAgo=3 | is only allowed when answer is YES",
                "cardiovascular.strokeOrTia.monthsAgo | cardiovascular.strokeOrTia.monthsAgo=3 | is only allowed when answer is YES",
                "substanceUse.substanceUseDisorder.monthsInRemission | substanceUse.substanceUseDisorder.monthsInRemission=30 | is only allowed when status is IN_REMISSION",
                "headache.diagnoses | headache.diagnoses=[] | must not be empty",
                "headache.diagnoses | headache.diagnoses=[\"CHRONIC_MIGRAINE\",\"CHRONIC_MIGRAINE\"] | must not contain duplicates",
                "currentMedications | currentMedications=[\"MAOI\",\"MAOI\"] | must not contain duplicates",
                "logistics.requestedModalities | logistics.requestedModalities=[\"ORAL_MICRODOSE\",\"ORAL_MICRODOSE\"] | must not contain duplicates"})
        void shouldRejectABrokenCrossFieldRule(String field, String edit, String message) throws Exception {
            String[] parts = edit.split("=", 2);
            invalid(with(parts[0], JSON.readTree(parts[1]))).body("violations[0].field", equalTo(field))
                    .body("violations[0].message", equalTo(message));
        }

        @Test
        void shouldReportEveryViolationInOneAnswer() throws Exception {
            JsonNode request = with("patient.ageYears", 130, "redFlags.thunderclapOnset", ABSENT, "patient.favouriteColour", "X",
                    "treatments.preventive[1].trialWeeks", -1, "conditions.eyePressure", "HIGH",
                    "cardiovascular.bloodPressure.measuredDaysAgo", "3");

            invalid(request).body("detail", equalTo("6 fields are invalid"))
                    .body("violations.field", equalTo(List.of("patient.ageYears", "patient.favouriteColour",
                            "redFlags.thunderclapOnset", "treatments.preventive[1].trialWeeks",
                            "cardiovascular.bloodPressure.measuredDaysAgo", "conditions.eyePressure")));
        }

        @Test
        void shouldRejectDuplicateKeys() {
            String body = new String(bytes(reference()), StandardCharsets.UTF_8)
                    .replaceFirst("\"ageYears\":38", "\"ageYears\":38,\"ageYears\":39");

            post(body).statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("patient.ageYears"))
                    .body("violations[0].message", containsString("duplicate property name"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "{\"patient\": {\"ageYears\": 3x | malformed JSON",
                "{\"patient\": | the JSON ends too early",
                "{} {} | unexpected content after the JSON object",
                "[1, 2] | must be a JSON object",
                "\"text\" | must be a JSON object"})
        void shouldRejectMalformedJson(String body, String message) {
            post(body).statusCode(400).contentType(PROBLEM_JSON).body("violations[0].message", containsString(message));
        }

        @ParameterizedTest(name = "body [{0}]")
        @CsvSource(value = {"''", "'   '"})
        void shouldRejectAnEmptyBody(String body) {
            post(body).statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations[0].message", containsString("empty"));
        }

        @Test
        void shouldRejectUtf16() {
            post(new String(bytes(reference()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16))
                    .statusCode(400).contentType(PROBLEM_JSON).body("violations[0].message", containsString("UTF-8"));
        }
    }

    @Nested
    class Statuses {

        @Test
        void shouldAnswer413AboveSixtyFourKibibytes() {
            String padding = "x".repeat(64 * 1024);
            post("{\"padding\":\"" + padding + "\"}").statusCode(413).contentType(PROBLEM_JSON)
                    .body("status", equalTo(413)).body("type", equalTo("/problems/payload-too-large"));
        }

        @Test
        void shouldNotAnswer413AtExactlySixtyFourKibibytes() {
            String prefix = "{\"padding\":\"";
            String padding = "x".repeat(64 * 1024 - prefix.length() - 2);
            byte[] body = (prefix + padding + "\"}").getBytes(StandardCharsets.UTF_8);
            assertEquals(64 * 1024, body.length);

            post(body).statusCode(400).contentType(PROBLEM_JSON);
        }

        @Test
        void shouldAnswer415ForAnotherContentType() {
            given().contentType("text/plain").body(bytes(reference())).when().post(SCREENINGS).then()
                    .statusCode(415).contentType(PROBLEM_JSON).body("status", equalTo(415));
        }

        @Test
        void shouldAnswer415WithoutAContentType() {
            given().body(bytes(reference())).header("Content-Type", "").when().post(SCREENINGS).then()
                    .statusCode(415).contentType(PROBLEM_JSON);
        }

        @ParameterizedTest(name = "{0} {1} -> 405")
        @CsvSource({"GET, /api/v1/screenings", "PUT, /api/v1/screenings", "DELETE, /api/v1/screenings",
                "POST, /api/v1/ruleset", "DELETE, /api/v1/questionnaire"})
        void shouldAnswer405ForAWrongMethod(String method, String path) {
            given().contentType("application/json").body("{}").when().request(method, path).then()
                    .statusCode(405).contentType(PROBLEM_JSON).body("status", equalTo(405));
        }

        @ParameterizedTest(name = "{0} -> 404")
        @CsvSource({"/nothing-here", "/api/v1/screening", "/api/v3/screenings", "/api/v2/ruleset/RF-1", "/api/v1/ruleset/RF-1"})
        void shouldAnswer404ForAnUnknownPath(String path) {
            given().when().get(path).then().statusCode(404).contentType(PROBLEM_JSON).body("status", equalTo(404));
        }

        @Test
        void shouldAnswer406WhenJsonIsNotAcceptable() {
            given().contentType("application/json").accept("application/xml").body(bytes(reference())).when()
                    .post(SCREENINGS).then().statusCode(406).contentType(PROBLEM_JSON);
        }

        @Test
        void shouldKeepQuarkusEndpointsAtTheirDefaults() {
            given().when().get(Routes.HEALTH_READY).then().statusCode(200).body("status", equalTo("UP"));
            given().when().get(Routes.HEALTH_LIVE).then().statusCode(200);
            given().when().get(Routes.OPENAPI).then().statusCode(200).body(containsString(Routes.V1_SCREENINGS));
        }

        /** CORS is off by default: no origin, not even a plausible one, is told it may read an answer. */
        @Test
        void shouldSendNoCorsHeadersToAnotherOriginByDefault() {
            var preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").when().options(SCREENINGS).then().extract();
            var actual = given().header("Origin", "https://evil.example").contentType("application/json").body(bytes(reference()))
                    .when().post(SCREENINGS).then().statusCode(200).extract();
            for (var answer : List.of(preflight, actual)) {
                assertFalse(answer.headers().hasHeaderWithName("Access-Control-Allow-Origin"), answer.headers().toString());
                assertFalse(answer.headers().hasHeaderWithName("Access-Control-Allow-Credentials"));
                assertFalse(answer.headers().hasHeaderWithName("Access-Control-Allow-Methods"));
            }
        }

        /** Authentication is off by default: the Authorization header is never read, good or bad. */
        @Test
        void shouldIgnoreABearerTokenWhileAuthenticationIsOff() {
            given().header("Authorization", "Bearer not-a-jwt").contentType("application/json").body(bytes(reference()))
                    .when().post(SCREENINGS).then().statusCode(200).body("verdict", equalTo("ELIGIBLE"));
        }

        @Test
        void shouldSendNoSniffAndNoServerHeader() {
            var response = given().when().get(Routes.V1_RULESET).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff").extract();
            assertFalse(response.headers().hasHeaderWithName("Server"));
        }
    }

    /**
     * The v1 door after 2.0 (api-contract §11): every answer of /api/v1/screenings, /api/v1/ruleset and
     * /api/v1/questionnaire, whatever its status, content type and whoever wrote it (a resource, an exception
     * mapper, routing, the Vert.x fallbacks, the body limit of the HTTP server), names its deprecation and its
     * successor; no other path does (§12: /api/v2 neither).
     */
    @Nested
    class V1DoorDeprecation {

        static final String DEPRECATION = "@1796342400";
        static final String TOO_BIG = "{\"padding\":\"" + "x".repeat(64 * 1024) + "\"}";

        static ValidatableResponse deprecated(ValidatableResponse response, String successor) {
            return response.header("Deprecation", equalTo(DEPRECATION))
                    .header("Link", equalTo("<" + successor + ">; rel=\"successor-version\""))
                    .header("Sunset", org.hamcrest.Matchers.nullValue());
        }

        static String fhirReference() {
            return org.ketascreen.testing.QuestionnaireResponses.of(reference()).toString();
        }

        @ParameterizedTest(name = "{0} {1} as {2}, Accept {3} -> {5}")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
                "POST   | /api/v1/screenings    | application/json      | -                     | reference    | 200 | application/json",
                "POST   | /api/v1/screenings    | application/fhir+json | -                     | fhirReference | 200 | application/json",
                "POST   | /api/v1/screenings    | application/json      | -                     | {}           | 400 | application/problem+json",
                "POST   | /api/v1/screenings    | application/fhir+json | -                     | {}           | 400 | application/problem+json",
                "POST   | /api/v1/screenings    | application/json      | -                     | tooBig       | 413 | application/problem+json",
                "POST   | /api/v1/screenings    | text/plain            | -                     | reference    | 415 | application/problem+json",
                "POST   | /api/v1/screenings    | application/json      | application/xml       | reference    | 406 | application/problem+json",
                "GET    | /api/v1/screenings    | -                     | -                     | -            | 405 | application/problem+json",
                "PUT    | /api/v1/screenings    | application/json      | -                     | {}           | 405 | application/problem+json",
                "POST   | /api/v1/screenings/   | application/json      | -                     | reference    | 200 | application/json",
                "GET    | /api/v1/ruleset       | -                     | -                     | -            | 200 | application/json",
                "GET    | /api/v1/ruleset       | -                     | application/xml       | -            | 406 | application/problem+json",
                "POST   | /api/v1/ruleset       | application/json      | -                     | {}           | 405 | application/problem+json",
                "GET    | /api/v1/ruleset       | application/json      | -                     | tooBig       | 413 | application/problem+json",
                "GET    | /api/v1/questionnaire | -                     | application/json      | -            | 200 | application/json",
                "GET    | /api/v1/questionnaire | -                     | application/fhir+json | -            | 200 | application/fhir+json",
                "GET    | /api/v1/questionnaire | -                     | application/xml       | -            | 406 | application/problem+json",
                "DELETE | /api/v1/questionnaire | -                     | -                     | -            | 405 | application/problem+json",
                "GET    | /api/v1/questionnaire | application/json      | -                     | tooBig       | 413 | application/problem+json"})
        void shouldNameTheDeprecationAndTheSuccessorOnEveryAnswerOfTheV1Door(String method, String path, String contentType,
                                                                            String accept, String body, int status, String answerType) {
            var request = given();
            if (contentType != null) {
                request.contentType(contentType);
            }
            if (accept != null) {
                request.accept(accept);
            }
            if (body != null) {
                request.body(switch (body) {
                    case "reference" -> new String(bytes(reference()), StandardCharsets.UTF_8);
                    case "fhirReference" -> fhirReference();
                    case "tooBig" -> TOO_BIG;
                    default -> body;
                });
            }
            String successor = path.replace("/api/v1/", "/api/v2/").replaceAll("/$", "");
            deprecated(request.when().request(method, path).then().statusCode(status).contentType(answerType), successor);
        }

        /** A chunked body has no length to refuse early: it is measured once read, inside JAX-RS. */
        @Test
        void shouldNameTheDeprecationOnTheFourThirteenOfAChunkedBody() throws Exception {
            int size = 100 * 1024;
            byte[] big = ("{\"padding\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
            java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + SCREENINGS);
            var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertEquals(List.of(DEPRECATION), response.headers().allValues("Deprecation"));
            assertEquals(List.of("</api/v2/screenings>; rel=\"successor-version\""), response.headers().allValues("Link"));
        }

        /** FHIR, CDS Hooks, Quarkus' own pages, the page, /api/v2 and a path below a v1 route are not deprecated. */
        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({"GET, /fhir/metadata, 200", "GET, /fhir/Questionnaire/ketamine-migraine-intake, 200",
                "GET, /cds-services, 200", "POST, /cds-services/ketamine-migraine-screening, 400",
                "GET, /q/health, 200", "GET, /q/health/ready, 200", "GET, /, 200",
                "GET, /api/v2/screenings, 405", "GET, /api/v1/screenings/extra, 404", "GET, /api/v1/ruleset/RF-1, 404",
                "GET, /api/v1, 404", "GET, /api/v1/screening, 404"})
        void shouldSendNoDeprecationOutsideTheV1Door(String method, String path, int status) {
            var response = given().contentType("application/json").body("{}").when().request(method, path).then()
                    .statusCode(status).extract();
            assertFalse(response.headers().hasHeaderWithName("Deprecation"), path + ": " + response.headers());
            assertFalse(response.headers().hasHeaderWithName("Link"), path + ": " + response.headers());
            assertFalse(response.headers().hasHeaderWithName("Sunset"), path + ": " + response.headers());
        }
    }
}
