package org.ketascreen.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.RecordSchema;

/**
 * Seeded generator of valid intake questionnaires, driven by the request records themselves so it
 * covers every field. Numbers are drawn near the rules' thresholds half of the time; optional fields
 * are sometimes left out; cross-field rules are repaired afterwards so every intake is valid.
 */
public final class RandomIntakes {

    /** Every threshold of the rule set, with its neighbours, so boundaries are hit often. */
    private static final int[] INTERESTING = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 23, 24, 25,
            29, 30, 31, 49, 50, 51, 64, 65, 66, 79, 80, 81, 89, 90, 91, 99, 100, 101, 119, 120, 121, 129, 130, 131, 139, 140,
            141, 159, 160, 161, 179, 180, 181, 200};

    private final Random random;

    public RandomIntakes(long seed) {
        this.random = new Random(seed);
    }

    public ObjectNode next() {
        ObjectNode intake = object(RecordSchema.of(Intake.class));
        repair(intake);
        return intake;
    }

    private ObjectNode object(RecordSchema schema) {
        ObjectNode node = Intakes.JSON.createObjectNode();
        for (RecordSchema.Property p : schema.properties()) {
            if (!p.required() && random.nextInt(4) == 0) {
                continue;
            }
            node.set(p.name(), value(p));
        }
        return node;
    }

    private JsonNode value(RecordSchema.Property p) {
        return switch (p.kind()) {
            case OBJECT -> object(RecordSchema.of(p.type()));
            case ENUM -> Intakes.JSON.getNodeFactory().textNode(constant(p.type()));
            case INTEGER -> Intakes.JSON.getNodeFactory().numberNode(integer(p.min(), p.max()));
            case LIST -> list(p);
            case STRING, JSON -> throw new IllegalStateException("the intake asks no free text: " + p.name());
        };
    }

    private ArrayNode list(RecordSchema.Property p) {
        ArrayNode array = Intakes.JSON.createArrayNode();
        int min = p.minItems() == null ? 0 : p.minItems();
        int max = Math.min(p.maxItems() == null ? 8 : p.maxItems(), 8);
        int size = min + random.nextInt(max - min + 1);
        if (p.type().isRecord()) {
            for (int i = 0; i < size; i++) {
                array.add(object(RecordSchema.of(p.type())));
            }
        } else {
            Set<String> distinct = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                distinct.add(constant(p.type()));
            }
            distinct.forEach(array::add);
        }
        return array;
    }

    private String constant(Class<?> enumType) {
        if (enumType == Answer.class) {
            int roll = random.nextInt(100);
            return roll < 88 ? "NO" : roll < 96 ? "YES" : "UNKNOWN"; // most intakes answer most safety questions NO
        }
        Object[] constants = enumType.getEnumConstants();
        return ((Enum<?>) constants[random.nextInt(constants.length)]).name();
    }

    private int integer(long min, long max) {
        if (random.nextBoolean()) {
            List<Integer> near = new ArrayList<>();
            for (int v : INTERESTING) {
                if (v >= min && v <= max) {
                    near.add(v);
                }
            }
            return near.get(random.nextInt(near.size()));
        }
        return (int) (min + random.nextInt((int) (max - min + 1)));
    }

    /** Makes the generated intake satisfy the contract's cross-field rules. */
    private void repair(ObjectNode intake) {
        ObjectNode patient = (ObjectNode) intake.get("patient");
        ObjectNode headache = (ObjectNode) intake.get("headache");
        if (headache.get("debilitatingDaysPerMonth").asInt() > headache.get("headacheDaysPerMonth").asInt()) {
            headache.put("debilitatingDaysPerMonth", headache.get("headacheDaysPerMonth").asInt());
        }
        if (headache.get("ageAtOnsetYears").asInt() > patient.get("ageYears").asInt()) {
            headache.put("ageAtOnsetYears", random.nextInt(patient.get("ageYears").asInt() + 1));
        }
        ObjectNode cardiovascular = (ObjectNode) intake.get("cardiovascular");
        if (cardiovascular.get("bloodPressure") instanceof ObjectNode bp
                && bp.get("diastolic").asInt() >= bp.get("systolic").asInt()) {
            bp.put("diastolic", Math.max(20, bp.get("systolic").asInt() - 1 - random.nextInt(60)));
        }
        for (JsonNode event : List.of(intake.at("/psychiatric/psychoticEpisode"), intake.at("/psychiatric/maniaOrHypomania"),
                cardiovascular.get("strokeOrTia"), cardiovascular.get("heartAttackOrRevascularization"))) {
            if (!"YES".equals(event.get("answer").asText())) {
                ((ObjectNode) event).remove("monthsAgo");
            }
        }
        ObjectNode disorder = (ObjectNode) intake.at("/substanceUse/substanceUseDisorder");
        if (!"IN_REMISSION".equals(disorder.get("status").asText())) {
            disorder.remove("monthsInRemission");
        }
    }
}
