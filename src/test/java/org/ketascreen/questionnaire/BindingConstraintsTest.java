package org.ketascreen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.bench.Requests;
import org.ketascreen.testing.Intakes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The binder's constraint check and Hibernate Validator agree: on every request the binder reads without
 * a violation, "every constraint held" is exactly "the validator finds nothing". Requests: the golden
 * scenarios, the worst case, and the reference with every number at and beyond each bound, lists at and
 * beyond their sizes, duplicates and each cross-field rule broken.
 */
class BindingConstraintsTest {

    static final IntakeReader READER = Intakes.READER;

    @Test
    void shouldCheckEveryConstraintTheValidatorKnows() {
        assertTrue(BindingConstraints.coverEveryConstraint(Intakes.VALIDATOR, RecordSchema.of(Intake.class)),
                "a constraint on the request records is not checked by the binder: valid requests now pay for Hibernate Validator");
    }

    static Stream<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>(List.of(Requests.bodies(Requests.GOLDEN)));
        bodies.addAll(List.of(Requests.bodies(Requests.WORST_CASE)));
        for (String[] bound : numbers(RecordSchema.of(Intake.class), "")) {
            long min = Long.parseLong(bound[1]);
            long max = Long.parseLong(bound[2]);
            for (long value : new long[] {min - 1, min, min + 1, max - 1, max, max + 1}) {
                bodies.add(bytes(Intakes.with(bound[0], (int) value)));
            }
        }
        bodies.add(bytes(Intakes.with("headache.diagnoses", List.of())));
        bodies.add(bytes(Intakes.with("headache.diagnoses", List.of("CHRONIC_MIGRAINE", "CHRONIC_MIGRAINE"))));
        bodies.add(bytes(Intakes.with("currentMedications", List.of("SSRI_OR_SNRI", "LITHIUM", "SSRI_OR_SNRI"))));
        bodies.add(bytes(Intakes.with("currentMedications", List.of())));
        bodies.add(bytes(Intakes.with("logistics.requestedModalities", List.of("INTRANASAL", "INTRANASAL"))));
        bodies.add(bytes(Intakes.with("logistics.requestedModalities", List.of())));
        bodies.add(bytes(Intakes.with("headache.debilitatingDaysPerMonth", 21)));
        bodies.add(bytes(Intakes.with("headache.ageAtOnsetYears", 39)));
        bodies.add(bytes(Intakes.with("cardiovascular.bloodPressure.diastolic", 122)));
        bodies.add(bytes(Intakes.with("cardiovascular.bloodPressure.diastolic", 121)));
        bodies.add(bytes(Intakes.with("psychiatric.psychoticEpisode.monthsAgo", 3)));
        bodies.add(bytes(Intakes.with("psychiatric.maniaOrHypomania",
                Intakes.JSON.createObjectNode().put("answer", "YES").put("monthsAgo", 3))));
        bodies.add(bytes(Intakes.with("substanceUse.substanceUseDisorder.monthsInRemission", 3)));
        bodies.add(bytes(Intakes.with("substanceUse.substanceUseDisorder",
                Intakes.JSON.createObjectNode().put("status", "IN_REMISSION").put("monthsInRemission", 3))));
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void shouldAgreeWithTheValidator(byte[] body) {
        IntakeReader.Bound bound = READER.bind(body);
        if (bound.violations().isEmpty()) {
            assertEquals(Intakes.VALIDATOR.validate(bound.intake()).isEmpty(), bound.constraintsHold(),
                    new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Every integer property of the request: its path (list items at [0]), min and max. */
    private static List<String[]> numbers(RecordSchema schema, String prefix) {
        List<String[]> out = new ArrayList<>();
        for (RecordSchema.Property p : schema.properties()) {
            String path = prefix + p.name();
            switch (p.kind()) {
                case INTEGER -> out.add(new String[] {path, String.valueOf(p.min()), String.valueOf(p.max())});
                case OBJECT -> out.addAll(numbers(p.schema(), path + "."));
                case LIST -> {
                    if (p.type().isRecord()) {
                        out.addAll(numbers(p.schema(), path + "[0]."));
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
