package org.ketascreen.cdshooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.http.ProblemException;
import org.ketascreen.json.Json;
import org.ketascreen.testing.Golden;

/**
 * What the CDS Hooks readers make of each body of {@code cds-hooks/request-answers.json}, byte for byte: the 400
 * problem whole (every field path and message, in order, and the count in the detail), the 412, or what a readable
 * call keeps (hook instance, what {@code prefetch.intake} holds, the resource to screen; each feedback entry's card,
 * outcome and reason code). The bodies cover every rule of both readers, alone and together; their answers were
 * recorded from the hand-written readers and pin the declared ones to them. No answer may carry a value of its
 * body: every string of a body is looked for in its problem. {@code mvn test -Dtest=CdsRequestAnswersTest
 * -Dgolden.update=true} records the answers again; review the diff before committing it.
 */
class CdsRequestAnswersTest {

    private static final Path FILE = Path.of("src/test/resources/cds-hooks/request-answers.json");
    private static final List<ObjectNode> CASES = read();
    /** The protocol's own words, which a message may name (must be patient-view, must be a Bundle...). */
    private static final Set<String> VOCABULARY = Set.of("patient-view", "accepted", "overridden", "Bundle", "QuestionnaireResponse",
            "OperationOutcome", "searchset", "match", "include", "outcome", "completed", "amended", "Bearer");

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(c.get("door").asText() + ": " + c.get("what").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldAnswerExactlyAsRecorded(String what, ObjectNode c) {
        JsonNode answer = answer(c);

        if (Golden.updating()) {
            c.set("answer", answer);
            return;
        }
        assertTrue(c.has("answer"), what + ": no answer recorded yet (-Dgolden.update=true)");
        assertEquals(Json.string(c.get("answer")), Json.string(answer), what);
        JsonNode problem = answer.get("problem");
        if (problem != null) {
            String text = Json.string(problem);
            for (String value : strings(c.get("body"), new ArrayList<>())) {
                assertFalse(value.length() > 2 && !VOCABULARY.contains(value) && text.contains(value), what + ": the problem quotes a value of the body: " + value);
            }
        }
    }

    @AfterAll
    static void writeWhenUpdating() throws IOException {
        if (Golden.updating()) {
            List<String> lines = CASES.stream().map(Json::string).toList();
            Files.writeString(FILE, "[\n" + String.join(",\n", lines) + "\n]\n", StandardCharsets.UTF_8);
        }
    }

    /** The reader's answer to one case: its problem, or what it keeps of a readable body. */
    static JsonNode answer(JsonNode c) {
        byte[] body = c.has("text") ? c.get("text").asText().getBytes(StandardCharsets.UTF_8) : Json.bytes(c.get("body"));
        ObjectNode answer = Json.MAPPER.createObjectNode();
        try {
            if (c.get("door").asText().equals("service")) {
                HookRequestReader.HookCall call = HookRequestReader.read(body);
                answer.put("status", 200).put("hookInstance", call.hookInstance())
                        .put("intake", call.intake().getClass().getSimpleName());
                if (call.intake() instanceof HookRequestReader.OnFile onFile) {
                    answer.set("resource", onFile.resource());
                }
            } else {
                answer.put("status", 200);
                var entries = answer.putArray("entries");
                for (FeedbackReader.Entry entry : FeedbackReader.read(body)) {
                    entries.addObject().put("card", entry.card()).put("outcome", entry.outcome()).put("reasonCode", entry.reasonCode());
                }
            }
        } catch (ProblemException e) {
            answer.put("status", e.problem().status());
            answer.set("problem", Json.MAPPER.valueToTree(e.problem()));
        }
        return answer;
    }

    private static List<String> strings(JsonNode node, List<String> out) {
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                out.add(name);
            }
        });
        node.forEach(child -> strings(child, out));
        return out;
    }

    private static List<ObjectNode> read() {
        try {
            List<ObjectNode> cases = new ArrayList<>();
            Json.MAPPER.readTree(FILE.toFile()).forEach(c -> cases.add((ObjectNode) c));
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " unreadable", e);
        }
    }
}
