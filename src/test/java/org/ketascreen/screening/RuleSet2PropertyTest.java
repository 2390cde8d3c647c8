package org.ketascreen.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.testing.Intakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Properties of rule set 2.0.0 over seeded random v2 intakes (the reference mutated with random answers that keep
 * §9.2's "asked when"; candidates the reader refuses are skipped) under random valid profiles (§10.2 ranges):
 * UNK-1, the §10.4 safety floors, monotonicity in every parameter, and determinism (§10.6).
 */
class RuleSet2PropertyTest {

    static final int INTAKES = 3000;

    // -------------------------------------------------------------------------------- generator

    static final String[] ANSWERS = {"YES", "NO", "UNKNOWN"};

    /** Answer fields that gate nothing (their presence may depend on a gate, handled by repair). */
    static final String[] PLAIN_ANSWERS = {
            "patient.pregnant", "patient.postpartumWithin6Weeks", "patient.breastfeeding", "patient.mayBecomePregnant",
            "redFlags.thunderclapOnset", "redFlags.newNeurologicalSymptoms", "redFlags.feverOrStiffNeck",
            "redFlags.visionLossOrSwollenOpticDiscs", "redFlags.newOrChangedPatternLast3Months",
            "redFlags.headInjuryLast7Days", "redFlags.painfulRedEye", "redFlags.immunosuppressionOrActiveCancer",
            "redFlags.positionalOrExertionalHeadache", "redFlags.chestPainOrBreathlessness",
            "treatments.triptansContraindicated",
            "psychiatric.schizophrenia", "psychiatric.schizoaffectiveDisorder", "psychiatric.otherPsychoticDisorder",
            "psychiatric.familyHistoryOfPsychosis", "psychiatric.cognitiveImpairment", "psychiatric.depression",
            "psychiatric.anxiety", "psychiatric.ptsd", "psychiatric.dissociativeDisorder",
            "psychiatric.severePersonalityDisorder",
            "substanceUse.recreationalDrugUseLastMonth", "substanceUse.canAbstainAroundDoses",
            "cardiovascular.intracerebralHemorrhage", "cardiovascular.aneurysmOrVascularMalformation",
            "cardiovascular.severeHeartDisease", "cardiovascular.stableHeartDisease",
            "conditions.raisedIntracranialPressure", "conditions.intracranialHypertensionInRemission",
            "conditions.seizureDisorder", "conditions.interstitialCystitis", "conditions.severeBladderDisease",
            "conditions.otherChronicBladderSymptoms", "conditions.ketamineAllergy", "conditions.otherDrugAllergy",
            "conditions.anaesthesiaProblem",
            "logistics.responsibleAdultAvailable", "logistics.canAvoidDrivingUntilNextDay", "logistics.nasalBlockage",
            "home.peerMonitor", "home.bloodPressureMonitor", "home.agreesPreDoseCheck", "home.secureStorage",
            "referral.ongoingClinician", "referral.recordsConsent", "alcohol.withdrawalEver",
            "respiratory.lungCondition", "respiratory.homeOxygenOrVentilator", "respiratory.recentFlareUp",
            "respiratory.sleepApnoea", "respiratory.sleepApnoeaTreated",
            "respiratory.stopBang.snoring", "respiratory.stopBang.tired", "respiratory.stopBang.observedApnoea",
            "respiratory.stopBang.treatedHighBloodPressure", "respiratory.stopBang.neckOver40cm",
            "priorKetamine.treated", "priorKetamine.currentlyPrescribed", "priorKetamine.helped",
            "substanceUse.ketamineUseDisorder", "substanceUse.cannabisPrescribed",
            "cardiovascular.bloodPressure.irregularSymbol"};

    static final Map<String, String[]> ENUMS = new LinkedHashMap<>();

    static {
        ENUMS.put("patient.sexAssignedAtBirth", new String[] {"FEMALE", "MALE", "NOT_SAID"});
        ENUMS.put("referral.diagnosedBy", new String[] {"NEUROLOGIST_OR_HEADACHE_SPECIALIST", "OTHER_DOCTOR",
                "NOT_BY_A_CLINICIAN", "UNKNOWN"});
        ENUMS.put("conditions.kidneyDisease", new String[] {"NONE", "MILD_OR_MODERATE", "SEVERE",
                "DIALYSIS_OR_TRANSPLANT", "UNKNOWN"});
        ENUMS.put("substanceUse.tobaccoOrNicotine", new String[] {"NO", "OCCASIONALLY", "DAILY", "UNKNOWN"});
        ENUMS.put("substanceUse.cannabis", new String[] {"NEVER", "LESS_THAN_WEEKLY", "WEEKLY", "DAILY_OR_ALMOST",
                "UNKNOWN"});
        ENUMS.put("alcohol.frequency", new String[] {"NEVER", "MONTHLY_OR_LESS", "TWO_TO_FOUR_PER_MONTH",
                "TWO_TO_THREE_PER_WEEK", "FOUR_OR_MORE_PER_WEEK", "UNKNOWN"});
        ENUMS.put("alcohol.typicalDrinks", new String[] {"ONE_OR_TWO", "THREE_OR_FOUR", "FIVE_OR_SIX",
                "SEVEN_TO_NINE", "TEN_OR_MORE", "UNKNOWN"});
        ENUMS.put("alcohol.sixOrMore", new String[] {"NEVER", "LESS_THAN_MONTHLY", "MONTHLY", "WEEKLY",
                "DAILY_OR_ALMOST", "UNKNOWN"});
        ENUMS.put("conditions.liverDisease", new String[] {"NONE", "MILD_OR_MODERATE", "SEVERE", "UNKNOWN"});
        ENUMS.put("conditions.eyePressure", new String[] {"NORMAL", "CONTROLLED_GLAUCOMA", "UNCONTROLLED", "UNKNOWN"});
        ENUMS.put("conditions.hyperthyroidism", new String[] {"NONE", "TREATED", "UNCONTROLLED", "UNKNOWN"});
        ENUMS.put("psychiatric.suicidalThoughts", new String[] {"NONE", "PASSIVE", "WITH_PLAN_OR_INTENT", "UNKNOWN"});
        ENUMS.put("priorKetamine.condition", new String[] {"HEADACHE", "MENTAL_HEALTH", "OTHER_PAIN", "OTHER"});
    }

    static final String[] PAST_EVENTS = {"psychiatric.psychoticEpisode", "psychiatric.maniaOrHypomania",
            "psychiatric.suicidalBehaviour", "substanceUse.ketamineOrDissociativeMisuse", "cardiovascular.strokeOrTia",
            "cardiovascular.heartAttackOrRevascularization"};
    static final String[] REACTIONS = {"ALLERGIC", "BREATHING_PROBLEM", "DANGEROUS_BP_OR_CHEST_PAIN",
            "PSYCHOSIS_OR_DISTRESS_OVER_24H", "BLADDER_OR_URINARY", "LIVER", "OTHER_SERIOUS"};
    static final String[] MEDICATIONS = {"MAOI", "PSYCHOSTIMULANT", "BENZODIAZEPINE", "OPIOID", "GABAPENTINOID",
            "Z_DRUG", "OTHER_CNS_DEPRESSANT", "THEOPHYLLINE", "LAMOTRIGINE", "MEMANTINE_OR_DEXTROMETHORPHAN",
            "SSRI_OR_SNRI", "LITHIUM", "ANTIPSYCHOTIC", "OTHER"};
    static final int[] MONTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 18, 23, 24, 25, 35, 36, 37, 120};

    static final class Generator {
        final Random random;

        Generator(long seed) {
            random = new Random(seed);
        }

        String any(String[] values) {
            return values[random.nextInt(values.length)];
        }

        int near(int... values) {
            int v = values[random.nextInt(values.length)];
            return v + random.nextInt(3) - 1;
        }

        ObjectNode next() {
            ObjectNode r = V2Cases.reference();
            double p = 0.04 + random.nextDouble() * 0.2;
            for (String path : PLAIN_ANSWERS) {
                if (random.nextDouble() < p) {
                    V2Cases.set(r, path, text(any(ANSWERS)));
                }
            }
            ENUMS.forEach((path, values) -> {
                if (random.nextDouble() < p) {
                    V2Cases.set(r, path, text(any(values)));
                }
            });
            for (String path : PAST_EVENTS) {
                if (random.nextDouble() < p) {
                    V2Cases.set(r, path, pastEvent());
                }
            }
            if (random.nextDouble() < p) {
                V2Cases.set(r, "patient.ageYears", num(Math.max(18, Math.min(120, near(18, 38, 50, 51, 60, 65, 70, 75, 90)))));
            }
            if (random.nextDouble() < p) {
                V2Cases.set(r, "headache.ageAtOnsetYears", num(near(16, 49, 50, 54)));
            }
            if (random.nextDouble() < p * 2) {
                body(r);
            }
            if (random.nextDouble() < p * 2) {
                bloodPressure(r);
            }
            if (random.nextDouble() < p) {
                ArrayNode meds = r.arrayNode();
                for (String m : MEDICATIONS) {
                    if (random.nextInt(6) == 0) {
                        meds.add(m);
                    }
                }
                r.set("currentMedications", meds);
            }
            if (random.nextDouble() < p) {
                ObjectNode sud = r.objectNode();
                String status = any(new String[] {"NONE", "CURRENT", "IN_REMISSION", "UNKNOWN"});
                sud.put("status", status);
                if (status.equals("IN_REMISSION") && random.nextBoolean()) {
                    sud.put("monthsInRemission", Math.max(0, near(3, 6, 12)));
                }
                V2Cases.set(r, "substanceUse.substanceUseDisorder", sud);
            }
            if (random.nextDouble() < p) {
                ArrayNode preventive = (ArrayNode) r.get("treatments").get("preventive");
                ObjectNode entry = preventive.addObject();
                entry.put("drugClass", random.nextBoolean() ? "CGRP_PATHWAY" : "ONABOTULINUMTOXIN_A");
                entry.put("outcome", random.nextBoolean() ? "ONGOING" : "EFFECTIVE");
                if (random.nextBoolean()) {
                    entry.put("monthsSinceLastDose", Math.max(0, near(3, 4)));
                }
            }
            if (random.nextDouble() < p * 2) {
                List<String> mods = new ArrayList<>();
                for (Modality m : Modality.values()) {
                    if (random.nextBoolean()) {
                        mods.add(m.name());
                    }
                }
                if (mods.isEmpty() && random.nextBoolean()) {
                    ((ObjectNode) r.get("logistics")).remove("requestedModalities");
                } else {
                    ArrayNode list = r.arrayNode();
                    mods.forEach(list::add);
                    V2Cases.set(r, "logistics.requestedModalities", list);
                }
            }
            if (random.nextDouble() < p) {
                V2Cases.set(r, "respiratory.restingSpo2Percent", num(Math.max(50, Math.min(100, near(50, 89, 90, 92, 94, 95, 98)))));
            }
            repair(r);
            return r;
        }

        ObjectNode pastEvent() {
            ObjectNode e = V2Cases.REFERENCE.objectNode();
            String answer = any(ANSWERS);
            e.put("answer", answer);
            if (answer.equals("YES") && random.nextInt(5) > 0) {
                e.put("monthsAgo", MONTHS[random.nextInt(MONTHS.length)]);
            }
            return e;
        }

        void body(ObjectNode r) {
            if (random.nextInt(6) == 0) {
                V2Cases.set(r, "patient.body", null);
                return;
            }
            int height = 100 + random.nextInt(151);
            double target = new double[] {16, 17.5, 20, 35, 40, 45, 50, 55}[random.nextInt(8)];
            int weight = (int) Math.round(target * height * height / 10000.0) + random.nextInt(3) - 1;
            if (random.nextInt(4) == 0) {
                weight = near(40, 45, 50);
            }
            V2Cases.set(r, "patient.body.weightKg", num(Math.max(25, Math.min(350, weight))));
            V2Cases.set(r, "patient.body.heightCm", num(height));
        }

        void bloodPressure(ObjectNode r) {
            if (random.nextInt(8) == 0) {
                V2Cases.set(r, "cardiovascular.bloodPressure", null);
                return;
            }
            ObjectNode bp = r.objectNode();
            int systolic = Math.max(50, Math.min(300, near(100, 122, 130, 140, 150, 160, 180)));
            int diastolic = Math.max(20, Math.min(systolic - 1, near(60, 78, 80, 90, 100, 120)));
            bp.put("systolic", systolic);
            bp.put("diastolic", diastolic);
            bp.put("measuredDaysAgo", Math.max(0, near(0, 3, 30, 90, 365)));
            if (random.nextInt(6) > 0) {
                bp.put("heartRate", Math.max(20, Math.min(250, near(40, 45, 50, 72, 100, 110, 120, 150))));
            }
            if (random.nextInt(3) == 0) {
                bp.put("irregularSymbol", any(ANSWERS));
            }
            V2Cases.set(r, "cardiovascular.bloodPressure", bp);
        }

        String answer() {
            return any(ANSWERS);
        }

        /** Restores §9.2's "asked when" after random changes: adds (random) or deletes follow-ups. */
        void repair(ObjectNode r) {
            ObjectNode patient = (ObjectNode) r.get("patient");
            ObjectNode headache = (ObjectNode) r.get("headache");
            if (headache.get("ageAtOnsetYears").asInt() > patient.get("ageYears").asInt()) {
                headache.put("ageAtOnsetYears", random.nextInt(patient.get("ageYears").asInt() + 1));
            }
            ObjectNode referral = (ObjectNode) r.get("referral");
            if (referral.get("ongoingClinician").asText().equals("YES")) {
                if (!referral.has("recordsConsent")) {
                    referral.put("recordsConsent", answer());
                }
            } else {
                referral.remove("recordsConsent");
            }
            ObjectNode pk = (ObjectNode) r.get("priorKetamine");
            if (pk.get("treated").asText().equals("YES")) {
                if (!pk.has("condition")) {
                    pk.put("condition", any(ENUMS.get("priorKetamine.condition")));
                }
                if (!pk.has("currentlyPrescribed")) {
                    pk.put("currentlyPrescribed", answer());
                }
                if (!pk.has("helped")) {
                    pk.put("helped", answer());
                }
                if (!pk.has("seriousReaction") || random.nextInt(3) == 0) {
                    ArrayNode reactions = pk.arrayNode();
                    int kind = random.nextInt(4);
                    if (kind == 0) {
                        reactions.add("NONE");
                    } else if (kind == 1) {
                        reactions.add("UNKNOWN");
                    } else {
                        for (String reaction : REACTIONS) {
                            if (random.nextInt(4) == 0) {
                                reactions.add(reaction);
                            }
                        }
                        if (reactions.isEmpty()) {
                            reactions.add(any(REACTIONS));
                        }
                    }
                    pk.set("seriousReaction", reactions);
                }
                if (random.nextInt(4) == 0) {
                    pk.put("sessions", 1 + random.nextInt(20));
                    pk.put("monthsSinceLast", random.nextInt(60));
                }
            } else {
                pk.retain("treated");
            }
            for (String path : PAST_EVENTS) {
                ObjectNode e = (ObjectNode) resolve(r, path);
                if (!e.get("answer").asText().equals("YES")) {
                    e.remove("monthsAgo");
                } else if (path.endsWith("suicidalBehaviour") && !e.has("monthsAgo")) {
                    e.put("monthsAgo", MONTHS[random.nextInt(MONTHS.length)]);
                }
            }
            ObjectNode sub = (ObjectNode) r.get("substanceUse");
            if (sub.get("ketamineOrDissociativeMisuse").get("answer").asText().equals("YES")) {
                if (!sub.has("ketamineUseDisorder")) {
                    sub.put("ketamineUseDisorder", answer());
                }
            } else {
                sub.remove("ketamineUseDisorder");
            }
            String cannabis = sub.get("cannabis").asText();
            if (Set.of("LESS_THAN_WEEKLY", "WEEKLY", "DAILY_OR_ALMOST").contains(cannabis)) {
                if (!sub.has("cannabisPrescribed")) {
                    sub.put("cannabisPrescribed", answer());
                }
            } else {
                sub.remove("cannabisPrescribed");
            }
            ObjectNode sud = (ObjectNode) sub.get("substanceUseDisorder");
            if (!sud.get("status").asText().equals("IN_REMISSION")) {
                sud.remove("monthsInRemission");
            }
            ObjectNode alcohol = (ObjectNode) r.get("alcohol");
            if (alcohol.get("frequency").asText().equals("NEVER")) {
                alcohol.retain("frequency");
            } else {
                if (!alcohol.has("typicalDrinks")) {
                    alcohol.put("typicalDrinks", any(ENUMS.get("alcohol.typicalDrinks")));
                }
                if (!alcohol.has("sixOrMore")) {
                    alcohol.put("sixOrMore", any(ENUMS.get("alcohol.sixOrMore")));
                }
                if (!alcohol.has("withdrawalEver")) {
                    alcohol.put("withdrawalEver", random.nextInt(4) == 0 ? answer() : "NO");
                }
            }
            ObjectNode resp = (ObjectNode) r.get("respiratory");
            boolean lung = resp.get("lungCondition").asText().equals("YES");
            if (lung) {
                if (!resp.has("homeOxygenOrVentilator")) {
                    resp.put("homeOxygenOrVentilator", random.nextInt(3) == 0 ? answer() : "NO");
                }
                if (!resp.has("recentFlareUp")) {
                    resp.put("recentFlareUp", random.nextInt(3) == 0 ? answer() : "NO");
                }
            } else {
                resp.remove("homeOxygenOrVentilator");
                resp.remove("recentFlareUp");
            }
            boolean apnoea = resp.get("sleepApnoea").asText().equals("YES");
            if (apnoea) {
                resp.remove("stopBang");
                if (!resp.has("sleepApnoeaTreated")) {
                    resp.put("sleepApnoeaTreated", answer());
                }
            } else {
                resp.remove("sleepApnoeaTreated");
                if (!resp.has("stopBang")) {
                    ObjectNode sb = resp.putObject("stopBang");
                    for (String item : new String[] {"snoring", "tired", "observedApnoea", "treatedHighBloodPressure",
                            "neckOver40cm"}) {
                        sb.put(item, random.nextInt(3) == 0 ? answer() : random.nextBoolean() ? "YES" : "NO");
                    }
                }
            }
            if (!lung && !apnoea) {
                resp.remove("restingSpo2Percent");
            }
            ObjectNode logistics = (ObjectNode) r.get("logistics");
            Set<String> screened = Set.of("IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE");
            JsonNode requested = logistics.get("requestedModalities");
            if (requested != null && !requested.isEmpty()) {
                Set<String> s = new java.util.HashSet<>();
                requested.forEach(n -> s.add(n.asText()));
                screened = s;
            }
            boolean iv = screened.contains("IV_INFUSION");
            boolean in = screened.contains("INTRANASAL");
            boolean oral = screened.contains("ORAL_MICRODOSE");
            if (iv || in) {
                if (!logistics.has("responsibleAdultAvailable")) {
                    logistics.put("responsibleAdultAvailable", answer());
                }
            } else {
                logistics.remove("responsibleAdultAvailable");
            }
            if (in) {
                if (!logistics.has("nasalBlockage")) {
                    logistics.put("nasalBlockage", answer());
                }
            } else {
                logistics.remove("nasalBlockage");
            }
            if (oral) {
                if (!r.has("home")) {
                    ObjectNode home = r.putObject("home");
                    for (String item : new String[] {"peerMonitor", "bloodPressureMonitor", "agreesPreDoseCheck",
                            "secureStorage"}) {
                        home.put(item, random.nextInt(3) == 0 ? answer() : "YES");
                    }
                }
            } else {
                r.remove("home");
            }
        }

        ParameterValues profile() {
            Map<Parameter, Object> values = new LinkedHashMap<>();
            for (Parameter p : Parameters.ALL) {
                values.put(p, randomValue(p));
            }
            return ParameterValues.of(values);
        }

        Object randomValue(Parameter p) {
            return switch (p.kind()) {
                case INTEGER -> p.min() + random.nextInt(p.max() - p.min() + 1);
                case BOOLEAN -> random.nextBoolean();
                case OUTCOME, CANNABIS_USE -> p.values().get(random.nextInt(p.values().size()));
            };
        }
    }

    static JsonNode resolve(JsonNode root, String path) {
        JsonNode node = root;
        for (String s : path.split("\\.")) {
            node = node == null ? null : node.get(s);
        }
        return node;
    }

    static JsonNode text(String s) {
        return V2Cases.REFERENCE.textNode(s);
    }

    static JsonNode num(int i) {
        return V2Cases.REFERENCE.numberNode(i);
    }

    /** The intake, or null when the reader refuses it. */
    static IntakeV2 readOrNull(JsonNode request) {
        try {
            return V2Cases.read(request);
        } catch (InvalidIntakeException e) {
            return null;
        }
    }

    static Verdict verdict(Screening s, Modality m) {
        return s.modalities().stream().filter(v -> v.modality() == m).findFirst().orElseThrow().verdict();
    }

    static boolean atLeast(Verdict actual, Verdict floor) {
        return !floor.isMoreSevereThan(actual);
    }

    // -------------------------------------------------------------------------------- the generator itself

    @Test
    void theGeneratorMostlyProducesReadableIntakesThatVary() {
        Generator g = new Generator(1);
        int read = 0;
        Set<String> verdicts = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            IntakeV2 intake = readOrNull(g.next());
            if (intake != null) {
                read++;
                verdicts.add(V2Cases.screen(intake, ParameterValues.defaults()).verdict().name());
            }
        }
        assertTrue(read > 900, "readable: " + read);
        assertEquals(4, verdicts.size(), "every verdict occurs: " + verdicts);
    }

    // -------------------------------------------------------------------------------- (a) UNK-1

    /**
     * UNK-1 (§1.3, §4, §9.3, §10.4 item 3): for one Answer field set to YES, NO and UNKNOWN in turn (every other
     * answer kept), each modality's verdict under UNKNOWN is at least as severe as the less severe of its verdicts
     * under YES and NO. Variants the reader refuses (a gate whose follow-ups no longer fit) are skipped.
     */
    @Test
    void anUnknownAnswerIsNeverLessSevereThanBothKnownAnswers() {
        Generator g = new Generator(20261204L);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < INTAKES; i++) {
            ObjectNode request = g.next();
            if (readOrNull(request) == null) {
                continue;
            }
            ParameterValues profile = g.profile();
            List<String> paths = answerPaths(request, "", new ArrayList<>());
            for (int k = 0; k < 3 && !paths.isEmpty(); k++) {
                String path = paths.get(g.random.nextInt(paths.size()));
                Screening[] s = new Screening[3];
                boolean readable = true;
                for (int a = 0; a < 3 && readable; a++) {
                    ObjectNode variant = request.deepCopy();
                    V2Cases.set(variant, path, text(ANSWERS[a]));
                    IntakeV2 intake = readOrNull(variant);
                    readable = intake != null;
                    if (readable) {
                        s[a] = V2Cases.screen(intake, profile);
                    }
                }
                if (!readable) {
                    continue;
                }
                checked++;
                for (ModalityVerdict m : s[2].modalities()) {
                    Verdict floor = Verdict.lessSevere(verdict(s[0], m.modality()), verdict(s[1], m.modality()));
                    if (!atLeast(m.verdict(), floor) && failures.size() < 20) {
                        failures.add("intake " + i + " " + path + " " + m.modality() + ": UNKNOWN " + m.verdict()
                                + " < min(YES " + verdict(s[0], m.modality()) + ", NO " + verdict(s[1], m.modality())
                                + "); UNKNOWN findings: " + V2Cases.all(s[2]));
                    }
                }
            }
        }
        assertTrue(checked > 3000, "checked " + checked);
        assertEquals(List.of(), failures);
    }

    /** Paths of every member whose value is YES, NO or UNKNOWN (PastEvent answers included). */
    static List<String> answerPaths(JsonNode node, String prefix, List<String> out) {
        node.properties().forEach(e -> {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                answerPaths(v, path, out);
            } else if (v.isTextual() && Set.of("YES", "NO", "UNKNOWN").contains(v.asText())) {
                out.add(path);
            }
        });
        return out;
    }

    // -------------------------------------------------------------------------------- (b) §10.4 floors

    @Test
    void theSafetyFloorsHoldUnderAnyProfile() {
        Generator g = new Generator(42);
        List<String> failures = new ArrayList<>();
        int[] checked = new int[7];
        for (int i = 0; i < INTAKES; i++) {
            ObjectNode request = g.next();
            IntakeV2 base = readOrNull(request);
            if (base == null) {
                continue;
            }
            ParameterValues profile = g.profile();
            Screening screening = V2Cases.screen(base, profile);
            // ORAL always carries FIRST_DOSE_SUPERVISED and AT_HOME_VISIT_BEFORE_START
            for (ModalityVerdict m : screening.modalities()) {
                if (m.modality() == Modality.ORAL_MICRODOSE) {
                    checked[0]++;
                    if (!m.conditions().contains(ModalityCondition.FIRST_DOSE_SUPERVISED)
                            || !m.conditions().contains(ModalityCondition.AT_HOME_VISIT_BEFORE_START)) {
                        failures.add("intake " + i + " ORAL conditions " + m.conditions());
                    }
                }
            }
            // HR >= 150 -> URGENT_REFERRAL everywhere
            ObjectNode v = request.deepCopy();
            ensureReading(v);
            V2Cases.set(v, "cardiovascular.bloodPressure.heartRate", num(150 + g.random.nextInt(101)));
            checked[1] += floor(failures, i, "HR>=150", v, profile, Verdict.URGENT_REFERRAL, null);
            // HR > 120 -> at least INELIGIBLE
            v = request.deepCopy();
            ensureReading(v);
            V2Cases.set(v, "cardiovascular.bloodPressure.heartRate", num(121 + g.random.nextInt(29)));
            checked[2] += floor(failures, i, "HR>120", v, profile, Verdict.INELIGIBLE, null);
            // SpO2 < 90 -> at least INELIGIBLE
            v = request.deepCopy();
            if (!"YES".equals(resolve(v, "respiratory.lungCondition").asText())
                    && !"YES".equals(resolve(v, "respiratory.sleepApnoea").asText())) {
                V2Cases.set(v, "respiratory.lungCondition", text("YES"));
                V2Cases.set(v, "respiratory.homeOxygenOrVentilator", text(g.answer()));
                V2Cases.set(v, "respiratory.recentFlareUp", text(g.answer()));
            }
            V2Cases.set(v, "respiratory.restingSpo2Percent", num(50 + g.random.nextInt(40)));
            checked[3] += floor(failures, i, "SpO2<90", v, profile, Verdict.INELIGIBLE, null);
            // BMI >= 50 -> at least NEEDS_REVIEW
            v = request.deepCopy();
            int height = 100 + g.random.nextInt(165 - 100 + 1);
            int minWeight = (int) Math.ceil(50.0 * height * height / 10000.0);
            int weight = Math.min(350, minWeight + g.random.nextInt(20));
            V2Cases.set(v, "patient.body.weightKg", num(weight));
            V2Cases.set(v, "patient.body.heightCm", num(height));
            checked[4] += floor(failures, i, "BMI>=50 (" + weight + "/" + height + ")", v, profile, Verdict.NEEDS_REVIEW, null);
            // ORAL with peer monitor NO or UNKNOWN never ELIGIBLE
            if (v.has("home") || request.has("home")) {
                v = request.deepCopy();
                V2Cases.set(v, "home.peerMonitor", text(g.random.nextBoolean() ? "NO" : "UNKNOWN"));
                checked[5] += floor(failures, i, "peer monitor", v, profile, Verdict.NEEDS_REVIEW, Modality.ORAL_MICRODOSE);
            }
            // ketamine misuse within 12 months -> INELIGIBLE everywhere
            v = request.deepCopy();
            ObjectNode misuse = v.objectNode();
            misuse.put("answer", "YES");
            misuse.put("monthsAgo", g.random.nextInt(13));
            V2Cases.set(v, "substanceUse.ketamineOrDissociativeMisuse", misuse);
            V2Cases.set(v, "substanceUse.ketamineUseDisorder", text(g.answer()));
            checked[6] += floor(failures, i, "misuse<=12", v, profile, Verdict.INELIGIBLE, null);
            if (failures.size() > 30) {
                break;
            }
        }
        for (int c : checked) {
            assertTrue(c > 500, "each floor checked often: " + java.util.Arrays.toString(checked));
        }
        assertEquals(List.of(), failures);
    }

    static void ensureReading(ObjectNode v) {
        if (resolve(v, "cardiovascular.bloodPressure") == null) {
            ObjectNode bp = v.objectNode();
            bp.put("systolic", 120);
            bp.put("diastolic", 80);
            bp.put("measuredDaysAgo", 3);
            V2Cases.set(v, "cardiovascular.bloodPressure", bp);
        }
    }

    /** 1 when checked; adds a failure when a screened modality (or the one named) is below the floor. */
    static int floor(List<String> failures, int i, String what, ObjectNode request, ParameterValues profile,
                     Verdict floor, Modality only) {
        IntakeV2 intake = readOrNull(request);
        if (intake == null) {
            return 0;
        }
        Screening s = V2Cases.screen(intake, profile);
        boolean any = false;
        for (ModalityVerdict m : s.modalities()) {
            if (only != null && m.modality() != only) {
                continue;
            }
            any = true;
            boolean ok = floor == Verdict.URGENT_REFERRAL ? m.verdict() == Verdict.URGENT_REFERRAL
                    : atLeast(m.verdict(), floor);
            if (!ok) {
                failures.add("intake " + i + " " + what + ": " + m.modality() + " " + m.verdict() + " below " + floor
                        + "; " + V2Cases.all(s));
            }
        }
        return any ? 1 : 0;
    }

    // -------------------------------------------------------------------------------- (c) monotonic

    /** -1: a lower value is stricter; +1: a higher value is stricter; 0: moves a text or condition only. */
    static final Map<String, Integer> STRICTER = new LinkedHashMap<>();

    static {
        for (String n : List.of("age.reviewFrom", "auditC.cutMen", "auditC.cutWomen", "auditC.highCut", "bmi.reviewFrom",
                "bp2.systolic", "bp5.maxAgeDays", "hr.reviewAbove", "hr.ineligibleAbove", "stopBang.highCut")) {
            STRICTER.put(n, -1);
        }
        for (String n : List.of("cv3.windowMonths", "hr.bradyBelow", "psy7.oralWindowMonths", "spo2.reviewBelow",
                "sub1.windowMonths", "sub2.remissionMonths", "weight.minKg")) {
            STRICTER.put(n, 1);
        }
        for (String n : List.of("abstain.beforeHours", "abstain.afterHours", "home2.maxSystolic", "home2.maxDiastolic",
                "home2.maxHeartRate", "home2.minHeartRate", "recentFlare.windowMonths")) {
            STRICTER.put(n, 0);
        }
    }

    /** The stricter of two allowed values of a choice parameter. */
    static Object stricterChoice(Parameter p, Object a, Object b) {
        return switch (p.kind()) {
            case BOOLEAN -> (Boolean) a || (Boolean) b;
            case OUTCOME -> "INELIGIBLE".equals(a) || "INELIGIBLE".equals(b) ? "INELIGIBLE" : "NEEDS_REVIEW";
            case CANNABIS_USE -> "WEEKLY".equals(a) || "WEEKLY".equals(b) ? "WEEKLY" : "DAILY_OR_ALMOST";
            case INTEGER -> throw new IllegalArgumentException(p.name());
        };
    }

    @Test
    void everyIntegerParameterHasADirection() {
        for (Parameter p : Parameters.ALL) {
            if (p.kind() == Parameter.Kind.INTEGER) {
                assertTrue(STRICTER.containsKey(p.name()), p.name());
            }
        }
    }

    @Test
    void aStricterParameterValueNeverGivesALessSevereVerdict() {
        Generator g = new Generator(7);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int moved = 0;
        for (int i = 0; i < INTAKES; i++) {
            IntakeV2 intake = readOrNull(g.next());
            if (intake == null) {
                continue;
            }
            Map<Parameter, Object> base = new LinkedHashMap<>();
            for (Parameter p : Parameters.ALL) {
                base.put(p, g.randomValue(p));
            }
            for (Parameter p : Parameters.ALL) {
                boolean ends = g.random.nextBoolean() && p.kind() == Parameter.Kind.INTEGER;
                Object a = ends ? p.min() : base.get(p);
                Object b = ends ? p.max() : g.randomValue(p);
                Object strict;
                Object lax;
                boolean neutral = false;
                if (p.kind() == Parameter.Kind.INTEGER) {
                    int dir = STRICTER.get(p.name());
                    neutral = dir == 0;
                    int x = (Integer) a;
                    int y = (Integer) b;
                    strict = dir < 0 ? Math.min(x, y) : Math.max(x, y);
                    lax = dir < 0 ? Math.max(x, y) : Math.min(x, y);
                } else {
                    strict = stricterChoice(p, a, b);
                    lax = strict.equals(a) ? b : a;
                }
                Map<Parameter, Object> strictValues = new LinkedHashMap<>(base);
                strictValues.put(p, strict);
                Map<Parameter, Object> laxValues = new LinkedHashMap<>(base);
                laxValues.put(p, lax);
                Screening s = V2Cases.screen(intake, ParameterValues.of(strictValues));
                Screening l = V2Cases.screen(intake, ParameterValues.of(laxValues));
                checked++;
                for (ModalityVerdict m : s.modalities()) {
                    Verdict lv = verdict(l, m.modality());
                    if (m.verdict() != lv) {
                        moved++;
                    }
                    boolean ok = neutral ? m.verdict() == lv : atLeast(m.verdict(), lv);
                    if (!ok && failures.size() < 20) {
                        failures.add("intake " + i + " " + p.name() + " strict " + strict + " -> " + m.modality() + " "
                                + m.verdict() + ", lax " + lax + " -> " + lv + "; strict: " + V2Cases.all(s)
                                + "; lax: " + V2Cases.all(l));
                    }
                }
            }
        }
        assertTrue(checked > 50000, "checked " + checked);
        assertTrue(moved > 200, "the stricter value changed a verdict " + moved + " times (not vacuous)");
        assertEquals(List.of(), failures);
    }

    // -------------------------------------------------------------------------------- (d) determinism

    @Test
    void theSameIntakeUnderTheSameProfileGivesTheSameAnswer() {
        Generator g = new Generator(99);
        int checked = 0;
        for (int i = 0; i < INTAKES; i++) {
            ObjectNode request = g.next();
            IntakeV2 first = readOrNull(request);
            if (first == null) {
                continue;
            }
            ParameterValues profile = g.profile();
            Screening a = V2Cases.screen(first, profile);
            Screening b = V2Cases.screen(V2Cases.read(request.deepCopy()), profile);
            assertEquals(a.verdict(), b.verdict());
            assertEquals(a.modalities(), b.modalities());
            assertEquals(a.findings(), b.findings());
            assertEquals(a.nextSteps(), b.nextSteps());
            assertEquals(a.migraine(), b.migraine());
            ActiveProfile active = new ActiveProfile("clinic-test", "1.0.0", "Test", "Test clinic", "2.0.0",
                    new ActiveProfile.Approval("Dr Test", "Medical director"), "2026-12-01", List.of(Modality.values()),
                    profile, "0".repeat(64));
            assertArrayEquals(ScreeningResponseV2.of(a, active).json(), ScreeningResponseV2.of(b, active).json());
            checked++;
        }
        assertTrue(checked > 2500, "checked " + checked);
        assertTrue(Intakes.JSON != null);
    }
}
