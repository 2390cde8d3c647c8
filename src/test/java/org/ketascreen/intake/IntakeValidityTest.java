package org.ketascreen.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.RandomIntakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one definition of a valid intake is the annotations on the intake records; {@link IntakeValidity}
 * enforces them for every format. Hibernate Validator, the reference implementation of those annotations,
 * must decide every case exactly as it does: the same fields, on intakes at and beyond every bound, with
 * lists too long, short or repeating, cross-field rules broken, answers where they are not enabled, and
 * on thousands of random intakes with one such break each. Each intake is built by plain Jackson data
 * binding (which knows nothing of our rules), and also read by the service's JSON reader, which must
 * name the same fields.
 */
class IntakeValidityTest {

    static final long SEED = 20261130L;
    static final int RANDOM_TRIES = 2_000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void shouldDecideEachBoundAsHibernateValidatorDoes(String edit, JsonNode request) {
        assertAgreement(edit, request);
    }

    @Test
    void shouldAgreeWithHibernateValidatorOnRandomIntakesWithOneRuleBroken() {
        RandomIntakes intakes = new RandomIntakes(SEED);
        Random random = new Random(SEED + 1);
        int broken = 0;
        for (int i = 0; i < RANDOM_TRIES; i++) {
            ObjectNode request = intakes.next();
            String edit = breakOneRule(request, random);
            broken += assertAgreement("try " + i + ": " + edit, request) ? 0 : 1;
        }
        assertTrue(broken > RANDOM_TRIES * 9 / 10, "most tries must break a rule; " + broken + " of " + RANDOM_TRIES + " did");
    }

    /** Asserts the three agree on the fields; true when the intake is valid. */
    private static boolean assertAgreement(String edit, JsonNode request) {
        Intake intake = Intakes.JSON.convertValue(request, Intake.class);
        Set<String> byHibernate = Intakes.VALIDATOR.validate(intake).stream().map(IntakeValidityTest::path)
                .collect(Collectors.toCollection(TreeSet::new));
        Violations found = IntakeValidity.check(intake);
        Set<String> byIntakeValidity = found.isEmpty() ? new TreeSet<>() : found.exception().violations().stream()
                .map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
        Set<String> byReader;
        try {
            assertEquals(intake, Intakes.READER.read(Intakes.bytes(request)), edit);
            byReader = new TreeSet<>();
        } catch (InvalidIntakeException e) {
            byReader = e.violations().stream().map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(byHibernate, byIntakeValidity, edit + ": Hibernate Validator and IntakeValidity");
        assertEquals(byHibernate, byReader, edit + ": Hibernate Validator and the JSON reader");
        return byHibernate.isEmpty();
    }

    /** The reference request with every number at and beyond each bound, and every list and cross-field rule broken. */
    static Stream<Object[]> edits() {
        List<Object[]> edits = new ArrayList<>();
        edits.add(new Object[] {"reference", Intakes.reference()});
        for (String[] bound : numbers(RecordSchema.of(Intake.class), "")) {
            long min = Long.parseLong(bound[1]);
            long max = Long.parseLong(bound[2]);
            for (long value : new long[] {min - 1, min, min + 1, max - 1, max, max + 1}) {
                edits.add(edit(bound[0] + "=" + value, Intakes.with(bound[0], (int) value, "psychiatric.psychoticEpisode.answer", "YES",
                        "cardiovascular.strokeOrTia.answer", "YES", "substanceUse.substanceUseDisorder.status", "IN_REMISSION")));
            }
        }
        edits.add(edit("no diagnosis", Intakes.with("headache.diagnoses", List.of())));
        edits.add(edit("diagnosis twice", Intakes.with("headache.diagnoses", List.of("CHRONIC_MIGRAINE", "CHRONIC_MIGRAINE"))));
        edits.add(edit("medication twice", Intakes.with("currentMedications", List.of("SSRI_OR_SNRI", "LITHIUM", "SSRI_OR_SNRI"))));
        edits.add(edit("no medication", Intakes.with("currentMedications", List.of())));
        edits.add(edit("modality twice", Intakes.with("logistics.requestedModalities", List.of("INTRANASAL", "INTRANASAL"))));
        edits.add(edit("four modalities", Intakes.with("logistics.requestedModalities",
                List.of("INTRANASAL", "IV_INFUSION", "ORAL_MICRODOSE", "INTRANASAL"))));
        edits.add(edit("41 preventive trials", Intakes.with("treatments.preventive", repeat(Intakes.trial("OTHER", "EFFECTIVE", 12, "YES"), 41))));
        edits.add(edit("40 preventive trials", Intakes.with("treatments.preventive", repeat(Intakes.trial("OTHER", "EFFECTIVE", 12, "YES"), 40))));
        edits.add(edit("21 acute medications", Intakes.with("treatments.acute", repeat(Intakes.acute("OTHER", 1, 1), 21))));
        edits.add(edit("debilitating above headache days", Intakes.with("headache.debilitatingDaysPerMonth", 21)));
        edits.add(edit("onset after age", Intakes.with("headache.ageAtOnsetYears", 39)));
        edits.add(edit("diastolic above systolic", Intakes.with("cardiovascular.bloodPressure.diastolic", 122)));
        edits.add(edit("diastolic equal to systolic", Intakes.with("cardiovascular.bloodPressure.systolic", 121,
                "cardiovascular.bloodPressure.diastolic", 121)));
        edits.add(edit("months without YES", Intakes.with("psychiatric.psychoticEpisode.monthsAgo", 3)));
        edits.add(edit("months with UNKNOWN", Intakes.with("cardiovascular.heartAttackOrRevascularization",
                Intakes.JSON.createObjectNode().put("answer", "UNKNOWN").put("monthsAgo", 3))));
        edits.add(edit("remission months with CURRENT", Intakes.with("substanceUse.substanceUseDisorder",
                Intakes.JSON.createObjectNode().put("status", "CURRENT").put("monthsInRemission", 3))));
        edits.add(edit("missing section", Intakes.with("conditions", Intakes.ABSENT)));
        edits.add(edit("missing answer", Intakes.with("redFlags.painfulRedEye", Intakes.ABSENT)));
        edits.add(edit("null list item", Intakes.with("currentMedications", Intakes.JSON.createArrayNode().add("MAOI").addNull())));
        edits.add(edit("many at once", Intakes.with("patient.ageYears", 130, "headache.debilitatingDaysPerMonth", 25,
                "headache.diagnoses", List.of(), "cardiovascular.bloodPressure.diastolic", 130, "redFlags", Intakes.ABSENT)));
        return edits.stream();
    }

    private static Object[] edit(String name, JsonNode request) {
        return new Object[] {name, request};
    }

    private static ArrayNode repeat(JsonNode item, int times) {
        ArrayNode array = Intakes.JSON.createArrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    /** Every integer property: its path (list items at [0]), min and max. */
    static List<String[]> numbers(RecordSchema schema, String prefix) {
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

    /** One random break of a validity rule that keeps the JSON readable; what it did. */
    private static String breakOneRule(ObjectNode request, Random random) {
        List<String[]> numbers = numbers(RecordSchema.of(Intake.class), "");
        switch (random.nextInt(6)) {
            case 0 -> {
                String[] bound = numbers.get(random.nextInt(numbers.size()));
                if (bound[0].contains("[0]") && request.at(SafetyPointers.of(bound[0].substring(0, bound[0].indexOf('[')))).isEmpty()) {
                    return "no list item to break";
                }
                long value = random.nextBoolean() ? Long.parseLong(bound[1]) - 1 - random.nextInt(5) : Long.parseLong(bound[2]) + 1 + random.nextInt(5);
                Intakes.set(request, bound[0], (int) value);
                return bound[0] + "=" + value;
            }
            case 1 -> {
                ArrayNode diagnoses = (ArrayNode) request.at("/headache/diagnoses");
                diagnoses.add(diagnoses.get(0).deepCopy());
                return "a diagnosis twice";
            }
            case 2 -> {
                ObjectNode headache = (ObjectNode) request.get("headache");
                int days = headache.get("headacheDaysPerMonth").asInt();
                if (days == 31) {
                    headache.put("headacheDaysPerMonth", 30).put("debilitatingDaysPerMonth", 31);
                } else {
                    headache.put("debilitatingDaysPerMonth", days + 1);
                }
                return "debilitating above headache days";
            }
            case 3 -> {
                ObjectNode event = (ObjectNode) request.at(List.of("/psychiatric/psychoticEpisode", "/psychiatric/maniaOrHypomania",
                        "/cardiovascular/strokeOrTia", "/cardiovascular/heartAttackOrRevascularization").get(random.nextInt(4)));
                event.put("answer", random.nextBoolean() ? "NO" : "UNKNOWN").put("monthsAgo", random.nextInt(1201));
                return "months where they are not enabled";
            }
            case 4 -> {
                String[] required = {"patient.pregnant", "redFlags.feverOrStiffNeck", "treatments.triptansFailed", "conditions",
                        "psychiatric.suicidalThoughts", "logistics.responsibleAdultAvailable"};
                String path = required[random.nextInt(required.length)];
                Intakes.set(request, path, Intakes.ABSENT);
                return path + " missing";
            }
            default -> {
                ArrayNode medications = (ArrayNode) request.get("currentMedications");
                medications.removeAll();
                for (String m : List.of("MAOI", "OPIOID", "LITHIUM", "MAOI")) {
                    medications.add(m);
                }
                return "a medication twice";
            }
        }
    }

    /** Hibernate Validator's path as a dotted request path with list indexes. */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN || node.getName() == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.toString();
    }

    @Test
    void shouldDeclareEveryEnabledWhenOnARealPropertyWithARealAnswer() {
        for (Class<?> type : List.of(PastEvent.class, SubstanceUseDisorder.class)) {
            RecordSchema schema = RecordSchema.of(type);
            assertFalse(schema.properties().stream().filter(p -> p.enabledWhen() != null).toList().isEmpty(), type.getSimpleName());
        }
    }

    /** Two conditional questions in one record, as intake 2.0 has in many: each condition guards its own property. */
    @EnabledWhen(property = "monthsAgo", question = "answer", answer = "YES")
    @EnabledWhen(property = "monthsInRemission", question = "status", answer = "IN_REMISSION")
    record TwoConditionalQuestions(@NotNull Answer answer, @Min(0) @Max(1200) Integer monthsAgo,
                                   @NotNull SubstanceUseStatus status, @Min(0) @Max(1200) Integer monthsInRemission) {
    }

    @ParameterizedTest(name = "answer {0}, months ago {1}, status {2}, months in remission {3} -> rejects [{4}]")
    @CsvSource({
            "YES,     3, IN_REMISSION, 18, ''",
            "NO,      3, IN_REMISSION, 18, monthsAgo",
            "UNKNOWN, 3, IN_REMISSION, 18, monthsAgo",
            "YES,     3, CURRENT,      18, monthsInRemission",
            "YES,     3, NONE,         18, monthsInRemission",
            "NO,      3, CURRENT,      18, monthsAgo monthsInRemission",
            "NO,       , CURRENT,        , ''"})
    void shouldEnforceEveryEnabledWhenOfARecord(Answer answer, Integer monthsAgo, SubstanceUseStatus status,
                                                Integer monthsInRemission, String rejected) {
        RecordSchema schema = RecordSchema.of(TwoConditionalQuestions.class);
        Violations found = new Violations();
        IntakeValidity.record(schema, new Object[] {answer, monthsAgo, status, monthsInRemission}, 0, FieldPath.ROOT, found);
        Set<String> byIntakeValidity = found.isEmpty() ? Set.of() : found.exception().violations().stream()
                .map(v -> v.field() + " " + v.message()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> byHibernate = Intakes.VALIDATOR.validate(new TwoConditionalQuestions(answer, monthsAgo, status, monthsInRemission))
                .stream().map(v -> path(v) + " " + v.getMessage()).collect(Collectors.toCollection(TreeSet::new));

        Set<String> expected = new TreeSet<>();
        for (String field : rejected.isBlank() ? new String[0] : rejected.split(" ")) {
            expected.add(field.equals("monthsAgo") ? "monthsAgo is only allowed when answer is YES"
                    : "monthsInRemission is only allowed when status is IN_REMISSION");
        }
        assertEquals(expected, byIntakeValidity, "IntakeValidity");
        assertEquals(expected, byHibernate, "Hibernate Validator");
    }

    @EnabledWhen(property = "monthsAgo", question = "answer", answer = "YES")
    @EnabledWhen(property = "monthsAgo", question = "status", answer = "IN_REMISSION")
    record TwoConditionsOnOneProperty(Answer answer, SubstanceUseStatus status, Integer monthsAgo) {
    }

    @Test
    void shouldRefuseTwoEnabledWhenForOneProperty() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RecordSchema.of(TwoConditionsOnOneProperty.class));

        assertEquals("two @EnabledWhen on TwoConditionsOnOneProperty for monthsAgo", e.getMessage());
    }

    /** JSON pointers for dotted paths. */
    static final class SafetyPointers {
        static String of(String dotted) {
            return "/" + dotted.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        }
    }
}
