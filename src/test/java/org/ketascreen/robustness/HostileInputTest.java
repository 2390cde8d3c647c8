package org.ketascreen.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.RandomIntakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Seeded fuzzing of POST /api/v1/screenings over the real HTTP stack: every answer must be a 200
 * verdict or an application/problem+json 4xx, never a 5xx or a dropped connection, and the service
 * must still answer the reference request afterwards. The seed and the case number are in every
 * failure message, so a failure reproduces.
 */
@QuarkusTest
class HostileInputTest {

    static final long SEED = 7_731L;
    /** Half of them through each door: v1 JSON, and a FHIR QuestionnaireResponse of the same answers. */
    static final int CASES = 6_400;
    static final String JSON_TYPE = "application/json";
    static final String FHIR_TYPE = "application/fhir+json";

    @TestHTTPResource(Routes.V1_SCREENINGS)
    URI screenings;

    private final Random random = new Random(SEED);
    private final RandomIntakes intakes = new RandomIntakes(SEED);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldAnswerEveryHostileRequestWithAVerdictOrAProblem() throws Exception {
        Map<String, int[]> tally = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            Case c = next(i);
            HttpResponse<String> response = post(c.body(), c.contentType(), "case " + i + " (" + c.kind() + ")");
            int status = response.statusCode();
            String context = "seed " + SEED + " case " + i + " (" + c.kind() + "): status " + status;

            assertTrue(status == 200 || (status >= 400 && status < 500), context);
            if (status != 200) {
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), context);
                JsonNode problem = Intakes.JSON.readTree(response.body());
                assertEquals(status, problem.get("status").asInt(), context);
            } else {
                assertTrue(Intakes.JSON.readTree(response.body()).has("verdict"), context);
            }
            tally.computeIfAbsent(c.kind() + " -> " + status, k -> new int[1])[0]++;
        }

        HttpResponse<String> after = post(Intakes.JSON.writeValueAsBytes(Intakes.reference()), "application/json", "reference");
        assertEquals(200, after.statusCode());
        assertEquals("ELIGIBLE", Intakes.JSON.readTree(after.body()).get("verdict").asText());
        assertTrue(tally.keySet().stream().anyMatch(k -> k.endsWith("-> 200")), tally.toString());
        System.out.println("fuzz: " + CASES + " cases, seed " + SEED + ": " + tally.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue()[0]).toList());
    }

    @Test
    void shouldRejectHundredThousandLevelsOfNestingAndStillAnswer() throws Exception {
        for (String open : List.of("[", "{\"a\":")) {
            String deep = open.repeat(100_000);
            HttpResponse<String> response = post(deep.getBytes(StandardCharsets.UTF_8), "application/json", "deep " + open);
            assertEquals(413, response.statusCode());
            String withinLimit = "{\"patient\":" + open.repeat(12_000);
            response = post(withinLimit.getBytes(StandardCharsets.UTF_8), "application/json", "deep within size " + open);
            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("input limit"), response.body());
        }
        assertEquals(200, post(Intakes.JSON.writeValueAsBytes(Intakes.reference()), "application/json", "reference").statusCode());
    }

    private HttpResponse<String> post(byte[] body, String contentType, String what) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(screenings).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("connection failed for " + what + ": " + e, e);
        }
    }

    record Case(String kind, byte[] body, String contentType) {
        Case(String kind, String body, String contentType) {
            this(kind, body.getBytes(StandardCharsets.UTF_8), contentType);
        }
    }

    // ---- the mutations ------------------------------------------------------------------------

    /** Every 16 cases, the door changes: the same mutations, applied to a v1 request or to a QuestionnaireResponse. */
    private Case next(int i) throws Exception {
        boolean fhir = (i / 16) % 2 == 1;
        ObjectNode answers = random.nextInt(3) == 0 ? Intakes.reference() : intakes.next();
        ObjectNode json = fhir ? QuestionnaireResponses.of(answers) : answers;
        String type = fhir ? FHIR_TYPE : JSON_TYPE;
        String door = fhir ? "fhir " : "json ";
        return switch (i % 16) {
            case 0 -> new Case(door + "valid", json.toString(), type);
            case 1 -> {
                removeRandom(json);
                yield new Case(door + "deleted field", json.toString(), type);
            }
            case 2 -> {
                replaceRandom(json, randomValue());
                yield new Case(door + "swapped type", json.toString(), type);
            }
            case 3 -> new Case(door + "extreme number", replaceRandomScalarRaw(json, pick("1e308", "-1e308", "18446744073709551616",
                    "-18446744073709551617", "9".repeat(400), "1" + "0".repeat(49), "1e-400", "-0", "0.0", "1E+2", "2147483648", "-2147483649")), type);
            case 4 -> new Case(door + "odd unicode", replaceRandomScalarRaw(json, pick("\"\\u0000\"", "\"YES\\u0000\"", "\"\\ud800\"",
                    "\"\\udfff\\ud800\"", "\"\u202eSEY\"", "\"\uD83D\uDE00\"", "\"Y\u0301ES\"", "\"\uFEFFYES\"", "\"ＹＥＳ\"", "\"\\\\\"")), type);
            case 5 -> new Case(door + "duplicate key", duplicateKey(json.toString()), type);
            case 6 -> new Case(door + "utf-16", json.toString().getBytes(pick(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE)), type);
            case 7 -> new Case(door + "non-utf-8", nonUtf8(json.toString()), type);
            case 8 -> {
                byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
                yield new Case(door + "truncated", java.util.Arrays.copyOf(body, random.nextInt(body.length)), type);
            }
            case 9 -> new Case(door + "deep nesting", (fhir ? "{\"item\":" : "{\"patient\":") + "[".repeat(1 + random.nextInt(40_000)) + "1", type);
            case 10 -> {
                replaceRandom(json, Intakes.JSON.getNodeFactory().textNode("Y".repeat(500 + random.nextInt(60_000))));
                yield new Case(door + "long string", json.toString(), type);
            }
            case 11 -> {
                int n = 100 + random.nextInt(4_000);
                for (int k = 0; k < n; k++) {
                    json.put("k" + k, k);
                }
                yield new Case(door + "many keys", json.toString(), type);
            }
            case 12 -> new Case(door + "flipped bytes", flip(json.toString().getBytes(StandardCharsets.UTF_8)), type);
            case 13 -> {
                ArrayNode big = Intakes.JSON.createArrayNode();
                int n = 20 + random.nextInt(8_000);
                for (int k = 0; k < n; k++) {
                    big.add(fhir ? pick(json.get("item").get(0).deepCopy(), Intakes.JSON.createObjectNode()) : Intakes.JSON.getNodeFactory().textNode("CHRONIC_MIGRAINE"));
                }
                if (fhir) {
                    replaceRandom(json, big);
                } else {
                    Intakes.set(json, pick("headache.diagnoses", "currentMedications", "treatments.preventive", "treatments.acute",
                            "logistics.requestedModalities"), big);
                }
                yield new Case(door + "long list", json.toString(), type);
            }
            case 14 -> new Case(door + "wrong content type", json.toString().getBytes(StandardCharsets.UTF_8),
                    pick(null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                            "application/fhir+xml"));
            default -> new Case(door + "garbage", pick("", " ", "null", "true", "[]", "{}", "\"x\"", "{\"patient\":}", "{,}", "}{",
                    "{\"a\":NaN}", "{\"a\":Infinity}", "{'patient':1}", "{\"patient\":1,}", "\u0000", "{\"patient\":{\"ageYears\":0x10}}",
                    "{\"resourceType\":\"QuestionnaireResponse\"}", "{\"resourceType\":\"QuestionnaireResponse\",\"item\":{}}",
                    "{\"resourceType\":\"QuestionnaireResponse\",\"item\":[1,null,[]]}"), type);
        };
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(7)) {
            case 0 -> Intakes.JSON.getNodeFactory().nullNode();
            case 1 -> Intakes.JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 2 -> Intakes.JSON.getNodeFactory().numberNode(random.nextInt());
            case 3 -> Intakes.JSON.getNodeFactory().numberNode(random.nextDouble() * 1000);
            case 4 -> Intakes.JSON.getNodeFactory().textNode("x" + random.nextInt(1000));
            case 5 -> Intakes.JSON.createArrayNode().add(1).add("two");
            default -> Intakes.JSON.createObjectNode().put("x", 1);
        };
    }

    /** All container nodes with a parent, as (parent, key or index). */
    private List<Object[]> slots(JsonNode node, List<Object[]> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.add(new Object[] {node, name});
                slots(node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) {
                out.add(new Object[] {node, k});
                slots(node.get(k), out);
            }
        }
        return out;
    }

    private void removeRandom(ObjectNode json) {
        List<Object[]> slots = slots(json, new ArrayList<>());
        Object[] slot = slots.get(random.nextInt(slots.size()));
        if (slot[0] instanceof ObjectNode object) {
            object.remove((String) slot[1]);
        } else {
            ((ArrayNode) slot[0]).remove((Integer) slot[1]);
        }
    }

    private void replaceRandom(ObjectNode json, JsonNode value) {
        List<Object[]> slots = slots(json, new ArrayList<>());
        Object[] slot = slots.get(random.nextInt(slots.size()));
        if (slot[0] instanceof ObjectNode object) {
            object.set((String) slot[1], value);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], value);
        }
    }

    /** Replaces one scalar with raw JSON text (numbers and strings Jackson would not produce itself). */
    private String replaceRandomScalarRaw(ObjectNode json, String raw) {
        String marker = "\"@@RAW" + random.nextInt(1_000_000) + "@@\"";
        List<Object[]> scalars = slots(json, new ArrayList<>()).stream()
                .filter(s -> !(s[0] instanceof ObjectNode o ? o.get((String) s[1]) : ((ArrayNode) s[0]).get((Integer) s[1])).isContainerNode())
                .toList();
        Object[] slot = scalars.get(random.nextInt(scalars.size()));
        JsonNode placeholder = Intakes.JSON.getNodeFactory().textNode(marker.substring(1, marker.length() - 1));
        if (slot[0] instanceof ObjectNode object) {
            object.set((String) slot[1], placeholder);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], placeholder);
        }
        return json.toString().replace(marker, raw);
    }

    /** A second value for a property: the age in a v1 request, the linkId of an item in a QuestionnaireResponse. */
    private String duplicateKey(String body) {
        String name = body.contains("\"ageYears\":") ? "\"ageYears\":" : "\"linkId\":";
        int at = body.indexOf(name);
        return body.substring(0, at) + name + (name.contains("age") ? String.valueOf(random.nextInt(200)) : "\"patient\"") + ","
                + body.substring(at);
    }

    private byte[] nonUtf8(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        int at = Math.max(body.indexOf("\"NO\""), body.indexOf("\"code\":\"NO\"") + 8);
        if (at > 0) {
            bytes[at + 1] = (byte) (int) pick(0xC3, 0xFF, 0x80, 0xED, 0xF8);
        }
        return bytes;
    }

    private byte[] flip(byte[] body) {
        int flips = 1 + random.nextInt(5);
        for (int k = 0; k < flips; k++) {
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        return body;
    }
}
