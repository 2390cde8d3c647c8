package org.ketascreen.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    static final int CASES = 5_200;

    @TestHTTPResource("/api/v1/screenings")
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
        Case(String kind, String body) {
            this(kind, body.getBytes(StandardCharsets.UTF_8), "application/json");
        }
    }

    // ---- the mutations ------------------------------------------------------------------------

    private Case next(int i) throws Exception {
        ObjectNode json = random.nextInt(3) == 0 ? Intakes.reference() : intakes.next();
        return switch (i % 16) {
            case 0 -> new Case("valid", json.toString());
            case 1 -> {
                removeRandom(json);
                yield new Case("deleted field", json.toString());
            }
            case 2 -> {
                replaceRandom(json, randomValue());
                yield new Case("swapped type", json.toString());
            }
            case 3 -> new Case("extreme number", replaceRandomScalarRaw(json, pick("1e308", "-1e308", "18446744073709551616",
                    "-18446744073709551617", "9".repeat(400), "1" + "0".repeat(49), "1e-400", "-0", "0.0", "1E+2", "2147483648", "-2147483649")));
            case 4 -> new Case("odd unicode", replaceRandomScalarRaw(json, pick("\"\\u0000\"", "\"YES\\u0000\"", "\"\\ud800\"",
                    "\"\\udfff\\ud800\"", "\"\u202eSEY\"", "\"\uD83D\uDE00\"", "\"Y\u0301ES\"", "\"\uFEFFYES\"", "\"ＹＥＳ\"", "\"\\\\\"")));
            case 5 -> new Case("duplicate key", duplicateKey(json.toString()));
            case 6 -> new Case("utf-16", json.toString().getBytes(pick(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE)), "application/json");
            case 7 -> new Case("non-utf-8", nonUtf8(json.toString()), "application/json");
            case 8 -> {
                byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
                yield new Case("truncated", java.util.Arrays.copyOf(body, random.nextInt(body.length)), "application/json");
            }
            case 9 -> new Case("deep nesting", "{\"patient\":" + "[".repeat(1 + random.nextInt(40_000)) + "1");
            case 10 -> {
                Intakes.set(json, "patient.pregnant", "Y".repeat(500 + random.nextInt(60_000)));
                yield new Case("long string", json.toString());
            }
            case 11 -> {
                int n = 100 + random.nextInt(4_000);
                for (int k = 0; k < n; k++) {
                    json.put("k" + k, k);
                }
                yield new Case("many keys", json.toString());
            }
            case 12 -> new Case("flipped bytes", flip(json.toString().getBytes(StandardCharsets.UTF_8)), "application/json");
            case 13 -> {
                ArrayNode big = Intakes.JSON.createArrayNode();
                int n = 20 + random.nextInt(8_000);
                for (int k = 0; k < n; k++) {
                    big.add("CHRONIC_MIGRAINE");
                }
                Intakes.set(json, pick("headache.diagnoses", "currentMedications", "treatments.preventive", "treatments.acute",
                        "logistics.requestedModalities"), big);
                yield new Case("long list", json.toString());
            }
            case 14 -> new Case("wrong content type", json.toString().getBytes(StandardCharsets.UTF_8),
                    pick(null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"));
            default -> new Case("garbage", pick("", " ", "null", "true", "[]", "{}", "\"x\"", "{\"patient\":}", "{,}", "}{",
                    "{\"a\":NaN}", "{\"a\":Infinity}", "{'patient':1}", "{\"patient\":1,}", "\u0000", "{\"patient\":{\"ageYears\":0x10}}"));
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

    private String duplicateKey(String body) {
        int at = body.indexOf("\"ageYears\":");
        return body.substring(0, at) + "\"ageYears\":" + random.nextInt(200) + "," + body.substring(at);
    }

    private byte[] nonUtf8(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        int at = body.indexOf("\"NO\"");
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
