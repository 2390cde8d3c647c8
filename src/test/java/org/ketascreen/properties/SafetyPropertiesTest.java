package org.ketascreen.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
import org.ketascreen.testing.RandomIntakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Safety properties over thousands of generated valid questionnaires (seeded, so a failure
 * reproduces: the seed and the try are in the message). Each property runs {@value #TRIES} tries.
 */
class SafetyPropertiesTest {

    static final int TRIES = 3_000;
    static final long SEED = 20261121L;

    /** Safety questions: red flags and contraindications. depression/anxiety are INFO only by contract. */
    static final List<String> SAFETY_ANSWERS = List.of(
            "patient.pregnant", "patient.postpartumWithin6Weeks", "patient.breastfeeding", "patient.mayBecomePregnant",
            "redFlags.thunderclapOnset", "redFlags.newNeurologicalSymptoms", "redFlags.feverOrStiffNeck",
            "redFlags.visionLossOrSwollenOpticDiscs", "redFlags.newOrChangedPatternLast3Months", "redFlags.headInjuryLast7Days",
            "redFlags.painfulRedEye", "redFlags.immunosuppressionOrActiveCancer", "redFlags.positionalOrExertionalHeadache",
            "redFlags.chestPainOrBreathlessness",
            "psychiatric.schizophrenia", "psychiatric.schizoaffectiveDisorder", "psychiatric.otherPsychoticDisorder",
            "psychiatric.psychoticEpisode.answer", "psychiatric.maniaOrHypomania.answer", "psychiatric.familyHistoryOfPsychosis",
            "psychiatric.cognitiveImpairment",
            "substanceUse.ketamineOrDissociativeMisuse", "substanceUse.recreationalDrugUseLastMonth",
            "cardiovascular.strokeOrTia.answer", "cardiovascular.heartAttackOrRevascularization.answer",
            "cardiovascular.intracerebralHemorrhage", "cardiovascular.aneurysmOrVascularMalformation",
            "cardiovascular.severeHeartDisease", "cardiovascular.stableHeartDisease",
            "conditions.raisedIntracranialPressure", "conditions.intracranialHypertensionInRemission",
            "conditions.seizureDisorder", "conditions.interstitialCystitis", "conditions.severeBladderDisease",
            "conditions.otherChronicBladderSymptoms", "conditions.ketamineAllergy");

    /** Enum safety questions whose UNKNOWN must also never be eligible. */
    static final List<String> SAFETY_ENUMS = List.of("psychiatric.suicidalThoughts", "substanceUse.substanceUseDisorder.status",
            "conditions.liverDisease", "conditions.eyePressure", "conditions.hyperthyroidism");

    /** Enum answers in order of increasing risk. */
    static final Map<String, List<String>> RISK_ORDER = Map.of(
            "psychiatric.suicidalThoughts", List.of("NONE", "PASSIVE", "WITH_PLAN_OR_INTENT"),
            "conditions.liverDisease", List.of("NONE", "MILD_OR_MODERATE", "SEVERE"),
            "conditions.eyePressure", List.of("NORMAL", "CONTROLLED_GLAUCOMA", "UNCONTROLLED"),
            "conditions.hyperthyroidism", List.of("NONE", "TREATED", "UNCONTROLLED"));

    static final QuestionnaireResponseReader FHIR = new QuestionnaireResponseReader(Catalogue.VERSION);

    private final RandomIntakes intakes = new RandomIntakes(SEED);
    private final Random random = new Random(SEED + 1);

    private void forEachIntake(BiConsumer<Integer, ObjectNode> property) {
        for (int i = 0; i < TRIES; i++) {
            property.accept(i, intakes.next());
        }
    }

    @Test
    void generatedIntakesAreValidAndReachEveryVerdict() {
        Set<Verdict> seen = new java.util.HashSet<>();
        forEachIntake((i, json) -> seen.add(Intakes.screen(json).verdict()));
        // a random intake is rarely eligible; the property tests below start from eligible ones too
        assertTrue(seen.containsAll(Set.of(Verdict.URGENT_REFERRAL, Verdict.INELIGIBLE, Verdict.NEEDS_REVIEW)), seen.toString());
    }

    @Test
    void theSameIntakeAlwaysGivesTheSameScreening() {
        forEachIntake((i, json) -> {
            Intake intake = Intakes.intake(json);
            assertEquals(Intakes.SCREENER.screen(intake), Intakes.SCREENER.screen(Intakes.intake(json.deepCopy())), "try " + i);
        });
    }

    /**
     * One shared reader and one shared engine, as in the service: 16 threads read each request from its
     * bytes and screen it at the same time, and every answer must equal the one-thread answer.
     */
    @Test
    void concurrentReadingAndScreeningGiveTheSequentialResults() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        forEachIntake((i, json) -> bodies.add(Intakes.bytes(json)));
        List<Screening> sequential = bodies.stream().map(body -> Intakes.SCREENER.screen(Intakes.READER.read(body))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Screening>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (byte[] body : bodies) {
                    futures.add(pool.submit(() -> Intakes.SCREENER.screen(Intakes.READER.read(body))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % bodies.size()), futures.get(i).get(), "try " + (i % bodies.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The FHIR door reads every generated questionnaire, as a QuestionnaireResponse of the served
     * Questionnaire, to the intake the v1 door reads: every property here, stated on intakes, holds for
     * both doors.
     */
    @Test
    void theFhirDoorReadsEveryIntakeAsTheV1DoorDoes() {
        forEachIntake((i, json) -> assertEquals(Intakes.intake(json), FHIR.read(Intakes.bytes(QuestionnaireResponses.of(json))),
                "try " + i));
    }

    @Test
    void anUnknownSafetyAnswerNeverYieldsEligibleThroughTheFhirDoor() {
        assertUnknownSafetyAnswerNeverEligible(json -> Intakes.SCREENER.screen(FHIR.read(Intakes.bytes(QuestionnaireResponses.of(json)))));
    }

    @Test
    void anUnknownSafetyAnswerNeverYieldsEligible() {
        assertUnknownSafetyAnswerNeverEligible(Intakes::screen);
    }

    /**
     * Each safety question in turn answered UNKNOWN (its dependent answers removed) on an otherwise eligible
     * intake and on random ones, screened through {@code door}: never ELIGIBLE.
     */
    private void assertUnknownSafetyAnswerNeverEligible(Function<ObjectNode, Screening> door) {
        List<String> fields = new ArrayList<>(SAFETY_ANSWERS);
        fields.addAll(SAFETY_ENUMS);
        for (int i = 0; i < TRIES; i++) {
            ObjectNode json = i % 2 == 0 ? eligible() : intakes.next();
            String field = fields.get(i % fields.size());
            Intakes.set(json, field, "UNKNOWN");
            clearDependants(json, field);

            assertNotEquals(Verdict.ELIGIBLE, door.apply(json).verdict(), "try " + i + ": " + field + " UNKNOWN");
        }
    }

    @Test
    void aRiskierAnswerNeverMakesTheVerdictLessSevere() {
        int noStep = 0;
        for (int i = 0; i < TRIES; i++) {
            ObjectNode before = i % 2 == 0 ? eligible() : intakes.next();
            ObjectNode after = before.deepCopy();
            String step = riskStep(after);
            if (step.equals(NO_STEP)) {
                noStep++;
                continue;
            }
            Verdict was = Intakes.screen(before).verdict();
            Verdict now = Intakes.screen(after).verdict();

            assertFalse(was.isMoreSevereThan(now), "try " + i + ": " + step + " turned " + was + " into " + now);
        }
        System.out.printf("riskier answer: %d of %d tries took a step, %d found none%n", TRIES - noStep, TRIES, noStep);
        assertTrue(noStep < TRIES / 2, noStep + " of " + TRIES + " tries took no step toward risk: the property tested little");
    }

    @Test
    void everyVerdictButEligibleCarriesAFindingOfThatOutcome() {
        forEachIntake((i, json) -> {
            Screening screening = Intakes.screen(json);
            if (screening.verdict() != Verdict.ELIGIBLE) {
                assertTrue(screening.findings().stream().anyMatch(f -> f.outcome().name().equals(screening.verdict().name())),
                        "try " + i + ": " + screening.verdict());
            }
        });
    }

    @Test
    void everyFindingRestsOnRealRequestPathsAndADeclaredOutcome() {
        Set<String> paths = Set.copyOf(QuestionnaireDefinition.paths());
        Map<String, Rule> rules = Catalogue.ruleSet().rules().stream().collect(Collectors.toMap(Rule::id, r -> r));
        forEachIntake((i, json) -> {
            for (Finding finding : Intakes.screen(json).findings()) {
                assertTrue(rules.get(finding.ruleId()).outcomes().contains(finding.outcome()), "try " + i + " " + finding.ruleId());
                assertFalse(finding.fields().isEmpty(), "try " + i + " " + finding.ruleId());
                for (String field : finding.fields()) {
                    assertTrue(paths.contains(field.replaceAll("\\[\\d+]$", "").replaceAll("\\[\\d+]", "[]")),
                            "try " + i + ": " + finding.ruleId() + " cites " + field);
                    if (field.contains("[")) {
                        assertFalse(json.at(pointer(field)).isMissingNode(), "try " + i + ": " + field + " is not in the request");
                    }
                }
            }
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The reference request with a few harmless random changes: an eligible starting point. */
    private ObjectNode eligible() {
        ObjectNode json = Intakes.reference();
        json.with("patient").put("ageYears", 18 + random.nextInt(47));
        json.with("headache").put("headacheDaysPerMonth", 15 + random.nextInt(17));
        json.with("headache").put("debilitatingDaysPerMonth", 8 + random.nextInt(8));
        json.with("headache").put("ageAtOnsetYears", random.nextInt(18));
        json.with("cardiovascular").with("bloodPressure").put("systolic", 100 + random.nextInt(40))
                .put("diastolic", 60 + random.nextInt(20)).put("measuredDaysAgo", random.nextInt(31));
        return json;
    }

    private static void clearDependants(ObjectNode json, String field) {
        if (field.endsWith(".answer")) {
            ((ObjectNode) json.at(pointer(field.substring(0, field.length() - ".answer".length())))).remove("monthsAgo");
        }
        if (field.endsWith("substanceUseDisorder.status")) {
            ((ObjectNode) json.at("/substanceUse/substanceUseDisorder")).remove("monthsInRemission");
        }
    }

    /** Applies one step toward risk that keeps the request valid; returns what it did. */
    private String riskStep(ObjectNode json) {
        for (int attempt = 0; attempt < 50; attempt++) {
            switch (random.nextInt(8)) {
                case 0 -> {
                    String field = SAFETY_ANSWERS.get(random.nextInt(SAFETY_ANSWERS.size()));
                    if ("NO".equals(json.at(pointer(field)).asText())) {
                        Intakes.set(json, field, "YES");
                        return field + " NO->YES";
                    }
                }
                case 1 -> {
                    String field = List.copyOf(RISK_ORDER.keySet()).get(random.nextInt(RISK_ORDER.size()));
                    List<String> order = RISK_ORDER.get(field);
                    int at = order.indexOf(json.at(pointer(field)).asText());
                    if (at >= 0 && at < order.size() - 1) {
                        Intakes.set(json, field, order.get(at + 1));
                        return field + " -> " + order.get(at + 1);
                    }
                }
                case 2 -> {
                    if (json.at("/cardiovascular/bloodPressure") instanceof ObjectNode bp) {
                        int sys = bp.get("systolic").asInt();
                        if (sys < 300) {
                            bp.put("systolic", Math.min(300, sys + 1 + random.nextInt(30)));
                            return "systolic up";
                        }
                    }
                }
                case 3 -> {
                    if (json.at("/cardiovascular/bloodPressure") instanceof ObjectNode bp) {
                        int room = bp.get("systolic").asInt() - 1 - bp.get("diastolic").asInt();
                        if (room > 0 && bp.get("diastolic").asInt() < 200) {
                            bp.put("diastolic", Math.min(200, bp.get("diastolic").asInt() + 1 + random.nextInt(room)));
                            return "diastolic up";
                        }
                    }
                }
                case 4 -> {
                    String event = List.of("/psychiatric/psychoticEpisode", "/psychiatric/maniaOrHypomania",
                            "/cardiovascular/strokeOrTia", "/cardiovascular/heartAttackOrRevascularization").get(random.nextInt(4));
                    ObjectNode node = (ObjectNode) json.at(event);
                    if (node.has("monthsAgo") && node.get("monthsAgo").asInt() > 0) {
                        node.put("monthsAgo", random.nextInt(node.get("monthsAgo").asInt()));
                        return event + " more recent";
                    }
                }
                case 5 -> {
                    ObjectNode disorder = (ObjectNode) json.at("/substanceUse/substanceUseDisorder");
                    if (disorder.has("monthsInRemission") && disorder.get("monthsInRemission").asInt() > 0) {
                        disorder.put("monthsInRemission", random.nextInt(disorder.get("monthsInRemission").asInt()));
                        return "shorter remission";
                    }
                    if ("NONE".equals(disorder.get("status").asText())) {
                        disorder.put("status", "CURRENT");
                        return "substance use disorder current";
                    }
                }
                case 6 -> {
                    ArrayNode acute = (ArrayNode) json.at("/treatments/acute");
                    if (!acute.isEmpty()) {
                        ObjectNode entry = (ObjectNode) acute.get(random.nextInt(acute.size()));
                        entry.put("daysPerMonth", Math.min(31, entry.get("daysPerMonth").asInt() + 1 + random.nextInt(10)));
                        entry.put("monthsOfRegularUse", Math.min(1200, entry.get("monthsOfRegularUse").asInt() + random.nextInt(6)));
                        return "more acute medication";
                    }
                }
                default -> {
                    ArrayNode medications = (ArrayNode) json.get("currentMedications");
                    String added = List.of("MAOI", "PSYCHOSTIMULANT", "BENZODIAZEPINE", "OPIOID", "THEOPHYLLINE",
                            "MEMANTINE_OR_DEXTROMETHORPHAN", "LAMOTRIGINE").get(random.nextInt(7));
                    boolean present = false;
                    for (JsonNode m : medications) {
                        present |= m.asText().equals(added);
                    }
                    if (!present) {
                        medications.add(added);
                        return "add " + added;
                    }
                }
            }
        }
        int age = json.at("/patient/ageYears").asInt();
        if (age >= 18 && age < 120) {
            json.with("patient").put("ageYears", age + 1);
            return "one year older";
        }
        return NO_STEP;
    }

    private static final String NO_STEP = "no step";

    static String pointer(String dottedPath) {
        return "/" + dottedPath.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
}
