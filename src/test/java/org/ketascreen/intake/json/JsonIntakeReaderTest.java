package org.ketascreen.intake.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.bench.Requests;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.testing.Intakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The v1 JSON reader against an independent binder, plain Jackson data binding of the intake records:
 * every valid request (the golden scenarios, the worst case, each with its properties in reverse order)
 * reads to exactly the intake Jackson binds; and every request broken in any place the schema allows
 * (each property removed, null, of every wrong JSON type, an unknown sibling added) or malformed is
 * either read to Jackson's intake with nothing wrong in it, or refused with violations naming request
 * paths, and never with any other exception.
 */
class JsonIntakeReaderTest {

    static final JsonIntakeReader READER = Intakes.READER;
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Every path a violation may name: the questionnaire's, with list indexes, or the whole body. */
    static final Set<String> PATHS = Set.copyOf(QuestionnaireDefinition.paths());

    @Test
    void shouldReadEveryValidRequestAsJacksonBindsIt() {
        List<byte[]> valid = new ArrayList<>(List.of(Requests.bodies(Requests.GOLDEN)));
        valid.addAll(List.of(Requests.bodies(Requests.WORST_CASE)));
        for (byte[] body : List.copyOf(valid)) { // every object's properties in reverse order
            valid.add(reversed(read(body)).toString().getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] body : valid) {
            assertEquals(Intakes.JSON.convertValue(read(body), Intake.class), READER.read(body), new String(body, StandardCharsets.UTF_8));
        }
    }

    static Stream<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        ObjectNode reference = Intakes.reference();
        List<JsonNode> replacements = List.of(NODES.nullNode(), NODES.textNode("x"), NODES.numberNode(1.5),
                NODES.numberNode(2147483648L), NODES.numberNode(7), NODES.booleanNode(true), NODES.arrayNode(),
                NODES.arrayNode().add("CHRONIC_MIGRAINE"), NODES.arrayNode().addNull(), NODES.objectNode());
        forEachPlace(reference, place -> {
            for (JsonNode replacement : replacements) {
                bodies.add(edited(reference, place, parent -> place.set(parent, replacement.deepCopy())));
            }
            bodies.add(edited(reference, place, place::remove));
        });
        forEachObject(reference, object -> bodies.add(edited(reference, object, o -> ((ObjectNode) o).put("unexpected", 1))));
        String text = reference.toString();
        for (String raw : List.of("", "  ", "[]", "null", "{}", text + " {}", text + "x", text.replaceFirst("\\{", "{\"patient\":{},"),
                text.substring(0, text.length() - 1), "\uFEFF" + text, text.replace("38", "38.0"), text.replace("38", "3.8e1"),
                text.replace("38", "-0"), text.replace("\"NO\"", "\"no\""),
                text.replace("\"ageYears\":38", "\"ageYears\":38,\"ageYears\":38"),
                text.replace("\"ageYears\":38", "\"ageYears\":38,\"ageYear\\u0073\":38"),
                text.replace("\"ageYears\":38", "\"ageYears\":38,\"x\":1,\"x\":2"))) {
            bodies.add(raw.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(text.getBytes(StandardCharsets.UTF_16));
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void shouldReadOnlyWhatIsValidAndNameEveryViolationByItsPath(byte[] body) {
        String request = new String(body, StandardCharsets.UTF_8);
        Intake intake;
        try {
            intake = READER.read(body);
        } catch (InvalidIntakeException e) {
            assertFalse(e.violations().isEmpty(), request);
            for (Violation v : e.violations()) {
                String field = v.field().replaceAll("\\[\\d+]", "[]").replaceAll("\\[]$", "");
                assertTrue(v.field().isEmpty() || PATHS.contains(field) || field.endsWith("unexpected") || field.endsWith(".x")
                        || field.endsWith("(unreadable property name)"), request + " names " + v.field());
                assertFalse(v.message().isBlank(), request);
            }
            return;
        } catch (RuntimeException e) {
            fail("the reader threw " + e.getClass().getName() + " for " + request, e);
            return;
        }
        JsonNode tree = read(body);
        Intake bound = Intakes.JSON.convertValue(tree, Intake.class);
        assertEquals(bound, intake, request);
        assertTrue(Intakes.VALIDATOR.validate(bound).isEmpty(), request);
    }

    private static JsonNode read(byte[] body) {
        try {
            return Intakes.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            ObjectNode out = NODES.objectNode();
            for (int i = names.size() - 1; i >= 0; i--) {
                out.set(names.get(i), reversed(node.get(names.get(i))));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(reversed(item)));
            return out;
        }
        return node;
    }

    /** A place in the tree: a property of an object or an item of an array. */
    interface Place {
        void set(JsonNode parent, JsonNode value);

        void remove(JsonNode parent);

        JsonNode parentIn(JsonNode root);
    }

    private static byte[] edited(ObjectNode reference, Place place, Consumer<JsonNode> edit) {
        ObjectNode copy = reference.deepCopy();
        edit.accept(place.parentIn(copy));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] edited(ObjectNode reference, List<Object> path, Consumer<JsonNode> edit) {
        ObjectNode copy = reference.deepCopy();
        edit.accept(at(copy, path));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void forEachPlace(JsonNode root, Consumer<Place> visit) {
        walk(root, new ArrayList<>(), (path, node) -> {
            if (path.isEmpty()) {
                return;
            }
            List<Object> parentPath = List.copyOf(path.subList(0, path.size() - 1));
            Object key = path.get(path.size() - 1);
            visit.accept(new Place() {
                @Override
                public void set(JsonNode parent, JsonNode value) {
                    if (key instanceof String name) {
                        ((ObjectNode) parent).set(name, value);
                    } else {
                        ((ArrayNode) parent).set((Integer) key, value);
                    }
                }

                @Override
                public void remove(JsonNode parent) {
                    if (key instanceof String name) {
                        ((ObjectNode) parent).remove(name);
                    } else {
                        ((ArrayNode) parent).remove((int) (Integer) key);
                    }
                }

                @Override
                public JsonNode parentIn(JsonNode copy) {
                    return at(copy, parentPath);
                }
            });
        });
    }

    private static void forEachObject(ObjectNode root, Consumer<List<Object>> visit) {
        walk(root, new ArrayList<>(), (path, node) -> {
            if (node.isObject()) {
                visit.accept(List.copyOf(path));
            }
        });
    }

    private static void walk(JsonNode node, List<Object> path, java.util.function.BiConsumer<List<Object>, JsonNode> visit) {
        visit.accept(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                path.add(e.getKey());
                walk(e.getValue(), path, visit);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                walk(node.get(i), path, visit);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object key : path) {
            node = key instanceof String name ? node.get(name) : node.get((Integer) key);
        }
        return node;
    }
}
