package org.ketascreen.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.reference;
import static org.ketascreen.testing.Intakes.with;

import org.ketascreen.http.Routes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.http.HttpFallbacks;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.testing.HookRequests;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.Scenarios;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What /q/metrics reports after known traffic. Every assertion compares the difference between a scrape
 * before and a scrape after, so the counts do not depend on what other test classes sent to the same
 * application. Expected counts come from the scenarios' intent.csv (verdicts) and their reviewed answers
 * (findings), never from the code under test.
 */
@QuarkusTest
class MetricsTest {

    static final String MARKER = "PHIMARKER4417";
    static final List<String> DOORS = List.of("json", "fhir", "cds-hooks");
    /** The only `uri` values HTTP timings may carry: route templates and the fixed stand-ins. */
    static final Set<String> ROUTE_LABELS = Set.of("/", Routes.V1_SCREENINGS, Routes.V1_RULESET, Routes.V1_QUESTIONNAIRE,
            Routes.V2_SCREENINGS, Routes.V2_RULESET, Routes.V2_QUESTIONNAIRE, Routes.V2_PROFILE,
            Routes.CDS_SERVICES, Routes.CDS_SERVICE, Routes.CDS_FEEDBACK,
            Routes.FHIR_METADATA, Routes.FHIR_QUESTIONNAIRE, "/fhir/Questionnaire/{id}", "/{unmatched}", "NOT_FOUND", "REDIRECTION");

    @Test
    void shouldCountEveryGoldenScenarioByVerdictAndEveryFindingByRule() throws Exception {
        Scenarios scenarios = Scenarios.golden();
        Map<String, Integer> verdicts = new HashMap<>();
        for (Scenarios.Intent intent : scenarios.intentRows()) {
            verdicts.merge(intent.verdict(), 1, Integer::sum);
        }
        Map<String, Integer> findings = new HashMap<>();
        for (String name : scenarios.scenarioNames()) {
            JsonNode expected = JSON.readTree(scenarios.expected(name).orElseThrow());
            for (JsonNode finding : expected.get("findings")) {
                // once through each door: v1 JSON, FHIR and CDS Hooks
                findings.merge(findingSeries(finding.get("ruleId").asText(), finding.get("outcome").asText()), 3, Integer::sum);
            }
        }
        assertEquals(scenarios.scenarioNames().size(), verdicts.values().stream().mapToInt(Integer::intValue).sum(),
                "one intent row per scenario");

        Map<String, Double> before = scrape();
        for (String name : scenarios.scenarioNames()) {
            given().contentType("application/json").body(scenarios.request(name)).when().post(Routes.V1_SCREENINGS)
                    .then().statusCode(200);
            given().contentType("application/fhir+json").body(QuestionnaireResponses.bytes(scenarios.request(name))).when()
                    .post(Routes.V1_SCREENINGS).then().statusCode(200);
            given().contentType("application/json").body(HookRequests.bytes(HookRequests.of(JSON.readTree(scenarios.request(name)))))
                    .when().post(Routes.CDS_SERVICE).then().statusCode(200);
        }
        Map<String, Double> after = scrape();

        for (String door : DOORS) {
            for (Verdict verdict : Verdict.values()) {
                String series = "ketascreen_screenings_total{door=\"" + door + "\",ruleset=\"1.1.0\",verdict=\"" + verdict + "\"}";
                int expected = verdicts.getOrDefault(verdict.name(), 0);
                assertTrue(after.containsKey(series), "pre-registered: " + series);
                assertEquals(expected, delta(before, after, series), 0.0, series);
                String v2 = "ketascreen_screenings_total{door=\"" + door + "\",ruleset=\"2.0.0\",verdict=\"" + verdict + "\"}";
                assertTrue(after.containsKey(v2), "pre-registered: " + v2);
                assertEquals(0, delta(before, after, v2), 0.0, "v1 scenarios are counted under 1.1.0 only: " + v2);
            }
        }
        for (Rule rule : Catalogue.ruleSet().rules()) {
            for (Outcome outcome : rule.outcomes()) {
                assertTrue(after.containsKey(findingSeries(rule.id(), outcome.name())), "pre-registered: " + rule.id() + " " + outcome);
            }
        }
        for (Map.Entry<String, Integer> expected : findings.entrySet()) {
            assertEquals(expected.getValue(), delta(before, after, expected.getKey()), 0.0, expected.getKey());
        }
        for (String series : after.keySet()) {
            if (series.startsWith("ketascreen_findings_total{")) {
                assertEquals(findings.getOrDefault(series, 0), delta(before, after, series), 0.0, series);
            }
        }
        String timings = "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/screenings\"}";
        assertEquals(2 * scenarios.scenarioNames().size(), delta(before, after, timings), 0.0, timings);
    }

    @Test
    void shouldCountEveryRejectionOnceByStatusWhoeverAnswersIt() throws Exception {
        Map<String, Double> before = scrape();
        for (String invalid : List.of("{}", "{\"patient\":{\"ageYears\":130}}", "not json")) {
            given().contentType("application/json").body(invalid).when().post(Routes.V1_SCREENINGS).then().statusCode(400);
        }
        byte[] oversized = ("{\"patient\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").body(oversized).when().post(Routes.V1_SCREENINGS).then().statusCode(413);
        byte[] reference = JSON.writeValueAsBytes(reference());
        given().contentType("text/plain").body(reference).when().post(Routes.V1_SCREENINGS).then().statusCode(415);
        given().contentType("application/xml").body(reference).when().post(Routes.V1_SCREENINGS).then().statusCode(415);
        given().when().get(Routes.V1_SCREENINGS).then().statusCode(405);
        given().contentType("application/json").accept("text/html").body(reference).when().post(Routes.V1_SCREENINGS)
                .then().statusCode(406);
        given().when().get("/api/v2/nothing-here").then().statusCode(404);
        given().contentType("application/fhir+json").body("{\"resourceType\":\"Patient\"}").when().post(Routes.V1_SCREENINGS)
                .then().statusCode(400);
        given().when().get("/fhir/Questionnaire/another").then().statusCode(404);
        Map<String, Double> after = scrape();

        Map<String, Integer> expected = Map.of("json/400", 3, "json/413", 1, "json/415", 2, "json/405", 1, "json/406", 1,
                "none/404", 2, "fhir/400", 1);
        for (String door : List.of("json", "fhir", "cds-hooks", "none")) {
            for (int status : List.of(400, 401, 403, 404, 405, 406, 413, 415)) {
                String series = "ketascreen_rejected_requests_total{door=\"" + door + "\",status=\"" + status + "\"}";
                assertTrue(after.containsKey(series), "pre-registered: " + series);
                assertEquals(expected.getOrDefault(door + "/" + status, 0), delta(before, after, series), 0.0, series);
            }
        }
        for (Verdict verdict : Verdict.values()) {
            String series = "ketascreen_screenings_total{door=\"json\",ruleset=\"1.1.0\",verdict=\"" + verdict + "\"}";
            assertEquals(0, delta(before, after, series), 0.0, "a rejected request is no screening: " + series);
        }
    }

    @Test
    void shouldNeverPutARequestValueIntoTheScrape() throws Exception {
        Map<String, Double> before = scrape();
        given().contentType("application/json").header(HttpFallbacks.REQUEST_ID, MARKER).body(JSON.writeValueAsBytes(reference()))
                .when().post(Routes.V1_SCREENINGS).then().statusCode(200).header(HttpFallbacks.REQUEST_ID, MARKER);
        given().contentType("application/json").header(HttpFallbacks.REQUEST_ID, MARKER + "-2")
                .body(JSON.writeValueAsBytes(with("patient." + MARKER, "yes"))).when().post(Routes.V1_SCREENINGS).then().statusCode(400);
        given().contentType("application/json").body(JSON.writeValueAsBytes(with("patient.pregnant", MARKER)))
                .when().post(Routes.V1_SCREENINGS).then().statusCode(400);
        given().contentType("application/json").header("Authorization", "Bearer " + MARKER).body(JSON.writeValueAsBytes(reference()))
                .when().post("/api/v1/screenings?" + MARKER + "=" + MARKER).then().statusCode(200);
        given().when().get("/" + MARKER + "/" + MARKER).then().statusCode(404);
        given().contentType("application/json").body(("{\"a\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/screenings/" + MARKER).then().statusCode(413);
        given().contentType("application/json").body("{}").when().request(MARKER, Routes.V1_SCREENINGS).then().statusCode(405);
        String scrape = given().when().get(Routes.METRICS).then().statusCode(200).extract().asString();
        Map<String, Double> after = parse(scrape);

        assertFalse(scrape.contains(MARKER), "a request value reached /q/metrics");
        // The traffic was counted, so the scrape did see these requests.
        assertEquals(2, delta(before, after, "ketascreen_screenings_total{door=\"json\",ruleset=\"1.1.0\",verdict=\"ELIGIBLE\"}"), 0.0);
        assertEquals(2, delta(before, after, "ketascreen_rejected_requests_total{door=\"json\",status=\"400\"}"), 0.0);
        assertEquals(1, delta(before, after, "ketascreen_rejected_requests_total{door=\"json\",status=\"413\"}"), 0.0);
        assertEquals(1, delta(before, after, "ketascreen_rejected_requests_total{door=\"json\",status=\"405\"}"), 0.0);
        assertEquals(1, delta(before, after, "ketascreen_rejected_requests_total{door=\"none\",status=\"404\"}"), 0.0);
        Matcher uri = Pattern.compile("^http_server_requests_seconds_\\w+\\{.*uri=\"([^\"]*)\"", Pattern.MULTILINE).matcher(scrape);
        int timed = 0;
        for (; uri.find(); timed++) {
            assertTrue(ROUTE_LABELS.contains(uri.group(1)), "uri label is a route template: " + uri.group(1));
        }
        assertTrue(timed > 0, "HTTP server timings are scraped");
        assertEquals(1.0, after.get("ketascreen_profile{profile=\"reference\",version=\"2.0.0\"}"), "the active profile as an info series");
    }

    static String findingSeries(String rule, String outcome) {
        return "ketascreen_findings_total{outcome=\"" + outcome + "\",rule=\"" + rule + "\"}";
    }

    static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    static Map<String, Double> scrape() {
        return parse(given().when().get(Routes.METRICS).then().statusCode(200).extract().asString());
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Prometheus text format: one {@code name{label="value",...} number} per sample, labels in name order. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            StringBuilder key = new StringBuilder(m.group(1));
            if (!labels.isEmpty()) {
                key.append('{');
                labels.forEach((k, v) -> key.append(k).append("=\"").append(v).append("\","));
                key.setCharAt(key.length() - 1, '}');
            }
            samples.put(key.toString(), Double.parseDouble(m.group(4)));
        }
        return samples;
    }
}
