package org.ketascreen.intake.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.testing.HapiValidation;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The FHIR door against HAPI FHIR's validator, the field's own judge of a QuestionnaireResponse: every
 * golden scenario's response (built from the served Questionnaire by {@link QuestionnaireResponses}, not
 * by the service's reader) is valid and reads to the intake its v1 request reads to; and of a seeded set
 * of mutated responses, every one HAPI rejects the service rejects too, naming the v1 path of the item.
 */
class QuestionnaireResponseReaderTest {

    static final QuestionnaireResponseReader READER = new QuestionnaireResponseReader(Catalogue.VERSION);
    static final long SEED = 20261130L;
    static final int MUTATIONS = 520;

    static Stream<String> scenarios() {
        return Scenarios.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldReadEachGoldenScenarioAsAValidResponseToTheSameIntake(String name) throws Exception {
        JsonNode request = Intakes.JSON.readTree(Scenarios.golden().request(name));
        ObjectNode response = QuestionnaireResponses.of(request);

        assertEquals(List.of(), HapiValidation.errors(response.toString()), name + ": HAPI finds the response invalid");
        assertEquals(Intakes.intake(request), READER.read(response.toString().getBytes()), name);
    }

    /** What a mutation does, and how it is expected to show up. */
    enum Kind {
        WRONG_TYPE, UNKNOWN_LINK_ID, CODE_NOT_ALLOWED, OUT_OF_RANGE, MISSING_REQUIRED, EXTRA_ANSWER, WRONG_NESTING,
        ANSWER_UNDER_GROUP, ENABLE_WHEN_NOT_MET, REPEATED_ITEM
    }

    /** A mutated response and the field its violation must name. */
    record Mutation(Kind kind, ObjectNode response, String field) {
    }

    @Test
    void shouldRejectEveryResponseHapiRejectsNamingTheV1Path() {
        Random random = new Random(SEED);
        List<String> names = Scenarios.names();
        Map<Kind, int[]> tally = new EnumMap<>(Kind.class); // generated, HAPI rejected, service rejected
        List<String> disagreements = new ArrayList<>();
        int hapiRejected = 0;
        for (int n = 0; n < MUTATIONS; n++) {
            JsonNode request = read(Scenarios.golden().request(names.get(random.nextInt(names.size()))));
            Kind kind = Kind.values()[n % Kind.values().length];
            Mutation mutation = mutate(kind, QuestionnaireResponses.of(request), random);
            if (mutation == null) {
                continue; // this response has no place for this kind; another try will
            }
            int[] counts = tally.computeIfAbsent(kind, k -> new int[3]);
            counts[0]++;
            List<HapiValidation.Message> errors = HapiValidation.errors(mutation.response().toString());
            List<String> fields = serviceViolations(mutation.response());
            if (!fields.isEmpty()) {
                counts[2]++;
            }
            if (errors.isEmpty()) {
                continue;
            }
            counts[1]++;
            hapiRejected++;
            if (!fields.contains(mutation.field())) {
                disagreements.add(kind + " at " + mutation.field() + ": HAPI " + errors + "; service " + fields);
            }
        }
        tally.forEach((kind, c) -> System.out.printf("FHIR agreement: %-20s %3d mutations, HAPI rejected %3d, service rejected %3d%n",
                kind, c[0], c[1], c[2]));
        assertEquals(List.of(), disagreements, "responses HAPI rejects that the service reads, or names otherwise");
        assertTrue(hapiRejected >= 500, "HAPI rejected only " + hapiRejected + " mutations: the comparison tested little");
        for (Kind kind : Kind.values()) {
            assertTrue(tally.containsKey(kind) && tally.get(kind)[1] > 0, "no mutation of kind " + kind + " was rejected by HAPI");
        }
    }

    /** The fields the service names for a response, or none when it reads it. Anything but a 400 fails. */
    static List<String> serviceViolations(JsonNode response) {
        try {
            Intake intake = READER.read(response.toString().getBytes());
            assertTrue(intake != null);
            return List.of();
        } catch (InvalidIntakeException e) {
            return e.violations().stream().map(Violation::field).toList();
        } catch (RuntimeException e) {
            return fail("the reader threw " + e.getClass().getName() + " instead of reporting violations", e);
        }
    }

    // ---- mutations ------------------------------------------------------------------------------------

    /** A question or group of the response, where it sits and its v1 path. */
    record Slot(ArrayNode siblings, ObjectNode item, String v1Path, JsonNode definition) {
    }

    static Mutation mutate(Kind kind, ObjectNode response, Random random) {
        return mutate(kind, response, QuestionnaireResponses.QUESTIONNAIRE, random);
    }

    /** A mutation of a response to {@code questionnaire} (version 1 or 2), or null when the response has no place for it. */
    static Mutation mutate(Kind kind, ObjectNode response, JsonNode questionnaire, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect((ArrayNode) response.get("item"), questionnaire.get("item"), "", slots);
        Function<java.util.function.Predicate<Slot>, Slot> pick = filter -> {
            List<Slot> candidates = slots.stream().filter(filter).toList();
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        };
        switch (kind) {
            case WRONG_TYPE -> {
                Slot s = pick.apply(slot -> isQuestion(slot) && !repeats(slot));
                JsonNode value = type(s).equals("integer")
                        ? List.of(text("12"), Intakes.JSON.createObjectNode().put("valueDecimal", 12.5),
                        Intakes.JSON.createObjectNode().put("valueBoolean", true)).get(random.nextInt(3))
                        : List.of(Intakes.JSON.createObjectNode().put("valueInteger", 1), text("YES")).get(random.nextInt(2));
                ((ArrayNode) s.item().get("answer")).removeAll().add(value);
                return new Mutation(kind, response, s.v1Path());
            }
            case UNKNOWN_LINK_ID -> {
                Slot s = pick.apply(slot -> type(slot).equals("group"));
                String linkId = s.definition().get("linkId").asText() + (s.definition().path("repeats").asBoolean() ? "[]" : "")
                        + ".favouriteColour";
                ((ArrayNode) s.item().get("item")).addObject().put("linkId", linkId).putArray("answer").add(text("GREEN"));
                return new Mutation(kind, response, linkId);
            }
            case CODE_NOT_ALLOWED -> {
                Slot s = pick.apply(slot -> type(slot).equals("choice"));
                ArrayNode answers = (ArrayNode) s.item().get("answer");
                int k = random.nextInt(answers.size());
                ((ObjectNode) answers.get(k).get("valueCoding")).put("code", "MAYBE").remove("display");
                return new Mutation(kind, response, repeats(s) ? s.v1Path() + "[" + k + "]" : s.v1Path());
            }
            case OUT_OF_RANGE -> {
                Slot s = pick.apply(slot -> type(slot).equals("integer"));
                int value = random.nextBoolean() ? bound(s, "minValue") - 1 - random.nextInt(3) : bound(s, "maxValue") + 1 + random.nextInt(3);
                ((ObjectNode) s.item().get("answer").get(0)).put("valueInteger", value);
                return new Mutation(kind, response, s.v1Path());
            }
            case MISSING_REQUIRED -> {
                Slot s = pick.apply(slot -> slot.definition().path("required").asBoolean());
                s.siblings().remove(indexOf(s.siblings(), s.item()));
                return new Mutation(kind, response, s.v1Path());
            }
            case EXTRA_ANSWER -> {
                Slot s = pick.apply(slot -> isQuestion(slot) && !repeats(slot));
                ArrayNode answers = (ArrayNode) s.item().get("answer");
                answers.add(answers.get(0).deepCopy());
                return new Mutation(kind, response, s.v1Path());
            }
            case WRONG_NESTING -> {
                Slot s = pick.apply(slot -> isQuestion(slot) && !slot.v1Path().contains("[") && slot.v1Path().contains("."));
                s.siblings().remove(indexOf(s.siblings(), s.item()));
                ((ArrayNode) response.get("item")).add(s.item());
                return new Mutation(kind, response, s.v1Path());
            }
            case ANSWER_UNDER_GROUP -> {
                Slot s = pick.apply(slot -> type(slot).equals("group") && !slot.v1Path().contains("["));
                s.item().putArray("answer").add(text("yes"));
                return new Mutation(kind, response, s.v1Path());
            }
            case ENABLE_WHEN_NOT_MET -> {
                Slot s = pick.apply(slot -> slot.definition().has("item") && hasEnableWhen(slot.definition()));
                if (s == null) {
                    return null;
                }
                JsonNode dependent = dependentOf(s.definition());
                String trigger = dependent.get("enableWhen").get(0).get("question").asText();
                List<String> enabling = new ArrayList<>();
                dependent.get("enableWhen").forEach(c -> enabling.add(c.get("answerCoding").get("code").asText()));
                ArrayNode children = (ArrayNode) s.item().get("item");
                for (JsonNode child : children) {
                    if (child.get("linkId").asText().equals(trigger)) {
                        ObjectNode coding = (ObjectNode) child.get("answer").get(0).get("valueCoding");
                        if (enabling.contains(coding.get("code").asText())) {
                            coding.put("code", disabling(definitionOf(s.definition().get("item"), trigger), enabling)).remove("display");
                        }
                    }
                }
                children.removeIf(child -> child.get("linkId").asText().equals(dependent.get("linkId").asText()));
                children.addObject().put("linkId", dependent.get("linkId").asText()).putArray("answer").addObject().put("valueInteger", 5);
                return new Mutation(kind, response, s.v1Path() + "." + lastName(dependent.get("linkId").asText()));
            }
            case REPEATED_ITEM -> {
                Slot s = pick.apply(slot -> isQuestion(slot) && !repeats(slot));
                s.siblings().insert(indexOf(s.siblings(), s.item()) + 1, s.item().deepCopy());
                return new Mutation(kind, response, s.v1Path());
            }
        }
        throw new IllegalStateException(kind.name());
    }

    private static void collect(ArrayNode items, JsonNode definitions, String parentPath, List<Slot> out) {
        java.util.Map<String, Integer> repetitions = new java.util.HashMap<>();
        for (JsonNode item : items) {
            String linkId = item.get("linkId").asText();
            JsonNode definition = definitionOf(definitions, linkId);
            String name = lastName(linkId);
            String v1Path = parentPath.isEmpty() ? name : parentPath + "." + name;
            if (definition.path("repeats").asBoolean() && definition.get("type").asText().equals("group")) {
                int index = repetitions.merge(linkId, 1, Integer::sum) - 1;
                v1Path = v1Path + "[" + index + "]";
            }
            out.add(new Slot(items, (ObjectNode) item, v1Path, definition));
            if (item.has("item")) {
                collect((ArrayNode) item.get("item"), definition.get("item"), v1Path, out);
            }
        }
    }

    private static JsonNode definitionOf(JsonNode definitions, String linkId) {
        for (JsonNode definition : definitions) {
            if (definition.get("linkId").asText().equals(linkId)) {
                return definition;
            }
        }
        throw new IllegalStateException("no definition for " + linkId);
    }

    private static boolean hasEnableWhen(JsonNode group) {
        return dependentOf(group) != null;
    }

    /**
     * The first child whose enableWhen is "=" on one sibling question (version 2 gates may list several answers, or
     * name the requested modalities, which another kind of test covers), or null.
     */
    private static JsonNode dependentOf(JsonNode group) {
        for (JsonNode child : group.path("item")) {
            if (!child.has("enableWhen")) {
                continue;
            }
            String question = child.get("enableWhen").get(0).get("question").asText();
            boolean onOneSibling = true;
            for (JsonNode condition : child.get("enableWhen")) {
                onOneSibling &= condition.get("operator").asText().equals("=") && condition.get("question").asText().equals(question);
            }
            String parent = child.get("linkId").asText().substring(0, child.get("linkId").asText().lastIndexOf('.') + 1);
            if (onOneSibling && question.startsWith(parent) && question.indexOf('.', parent.length()) < 0) {
                return child;
            }
        }
        return null;
    }

    /** A code of the question that does not enable the dependent: UNKNOWN where it does not, else the first such. */
    private static String disabling(JsonNode question, List<String> enabling) {
        List<String> others = new ArrayList<>();
        question.get("answerOption").forEach(o -> others.add(o.get("valueCoding").get("code").asText()));
        others.removeAll(enabling);
        return others.contains("UNKNOWN") ? "UNKNOWN" : others.get(0);
    }

    private static String type(Slot slot) {
        return slot.definition().get("type").asText();
    }

    private static boolean isQuestion(Slot slot) {
        return !type(slot).equals("group");
    }

    private static boolean repeats(Slot slot) {
        return slot.definition().path("repeats").asBoolean();
    }

    private static int bound(Slot slot, String extension) {
        for (JsonNode e : slot.definition().get("extension")) {
            if (e.get("url").asText().endsWith("/" + extension)) {
                return e.get("valueInteger").asInt();
            }
        }
        throw new IllegalStateException(slot.v1Path() + " has no " + extension);
    }

    private static int indexOf(ArrayNode array, JsonNode item) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("item not in its siblings");
    }

    private static ObjectNode text(String value) {
        return Intakes.JSON.createObjectNode().put("valueString", value);
    }

    private static String lastName(String linkId) {
        return linkId.substring(linkId.lastIndexOf('.') + 1);
    }

    private static JsonNode read(byte[] body) {
        try {
            return Intakes.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
