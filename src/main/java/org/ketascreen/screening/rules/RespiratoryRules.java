package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.ORGAN_FUNCTION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.all;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.split;

import java.util.ArrayList;
import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.MedicationClass;
import org.ketascreen.intake.v2.Body;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.intake.v2.Respiratory;
import org.ketascreen.intake.v2.SexAssignedAtBirth;
import org.ketascreen.intake.v2.StopBang;

/**
 * Lung disease and sleep apnoea, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §1): RESP-1 to RESP-5. A
 * follow-up under an UNKNOWN gate was not asked and counts as UNKNOWN; under a NO gate it passes (§12).
 */
final class RespiratoryRules {
    private RespiratoryRules() {
    }

    /** RESP-5: below this resting SpO2 (%) ketamine is not offered; fixed (§10.4). */
    static final int SPO2_INELIGIBLE_BELOW = 90;
    /** STOP-Bang B: BMI above this; fixed (§10.4). */
    static final int STOP_BANG_BMI_ABOVE = 35;
    /** STOP-Bang A: age above this (Chung 2008). */
    static final int STOP_BANG_AGE_ABOVE = 50;
    /** STOP-Bang P: a reading at or above this (clinical-criteria-v2 §1). */
    static final int STOP_BANG_SYSTOLIC = 140;
    static final int STOP_BANG_DIASTOLIC = 90;
    /** RESP-4: the intermediate band starts here (Chung 2008: 3-4 intermediate). */
    static final int STOP_BANG_INTERMEDIATE = 3;

    private static final String LUNG = "respiratory.lungCondition";
    private static final String OXYGEN = "respiratory.homeOxygenOrVentilator";
    private static final String FLARE = "respiratory.recentFlareUp";
    private static final String APNOEA = "respiratory.sleepApnoea";
    private static final String TREATED = "respiratory.sleepApnoeaTreated";
    private static final String SPO2 = "respiratory.restingSpo2Percent";

    static List<Rule> rules() {
        return List.of(
                rule("RESP-1").title("Home oxygen or a breathing machine for a lung or muscle condition")
                        .category(ORGAN_FUNCTION).source(Sources.RESPIRATORY)
                        .reads(LUNG, OXYGEN)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            Respiratory r = s.v2().respiratory();
                            Answer oxygen = followUp(r.lungCondition(), r.homeOxygenOrVentilator());
                            return switch (oxygen) {
                                case NO -> Result.NO_MATCH;
                                case YES -> perModality(s, split(NEEDS_REVIEW, INELIGIBLE), outcome -> outcome == INELIGIBLE
                                        ? "Home oxygen or a breathing machine: oral micro-dosing at home is not offered."
                                        : "Home oxygen or a breathing machine: a clinician plans respiratory monitoring first.", List.of(OXYGEN));
                                case UNKNOWN -> perModality(s, all(NEEDS_REVIEW), outcome -> Rules.unknownMessage(
                                        "home oxygen or a breathing machine"), List.of(r.lungCondition() == Answer.UNKNOWN ? LUNG : OXYGEN));
                            };
                        }),
                rule("RESP-2").title("Lung condition with a flare-up within the window, or a chest infection now")
                        .category(ORGAN_FUNCTION).source(Sources.RESPIRATORY)
                        .reads(LUNG, FLARE, OXYGEN)
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(RespiratoryRules::lungCondition),
                rule("RESP-3").title("Sleep apnoea: untreated review, treated noted")
                        .category(ORGAN_FUNCTION).source(Sources.SLEEP_APNOEA)
                        .reads(APNOEA, TREATED)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW, INFO)
                        .judge(RespiratoryRules::sleepApnoea),
                rule("RESP-4").title("STOP-Bang [cut, 8] review; [3, cut) noted, review for oral or with a sedating medicine")
                        .category(ORGAN_FUNCTION).source(Sources.STOP_BANG)
                        .reads("patient.ageYears", "patient.sexAssignedAtBirth", "patient.body", "cardiovascular.bloodPressure",
                                "respiratory.stopBang", "currentMedications")
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(RespiratoryRules::stopBang),
                rule("RESP-5").title("Resting SpO2 [0, 90) % ineligible, [90, review line) % review")
                        .category(ORGAN_FUNCTION).source(Sources.OXYGEN_SATURATION)
                        .reads(SPO2)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            Integer spo2 = s.v2().respiratory().restingSpo2Percent();
                            int review = s.integer(Parameters.SPO2_REVIEW_BELOW);
                            if (spo2 == null) {
                                return Result.NO_MATCH;
                            }
                            if (spo2 < SPO2_INELIGIBLE_BELOW) {
                                return Result.match(INELIGIBLE, "A resting oxygen saturation below " + SPO2_INELIGIBLE_BELOW
                                        + " %: ketamine is not offered until a clinician has assessed the lungs.");
                            }
                            return spo2 < review ? Result.match(NEEDS_REVIEW, "A resting oxygen saturation below " + review
                                    + " %: a clinician reviews breathing before ketamine.") : Result.NO_MATCH;
                        }));
    }

    /** A follow-up's answer: itself when its gate is YES, UNKNOWN under an UNKNOWN gate, NO (passes) under a NO gate. */
    static Answer followUp(Answer gate, Answer followUp) {
        return switch (gate) {
            case YES -> followUp;
            case NO -> Answer.NO;
            case UNKNOWN -> Answer.UNKNOWN;
        };
    }

    private static Result lungCondition(Subject s) {
        Respiratory r = s.v2().respiratory();
        int window = s.integer(Parameters.RECENT_FLARE_WINDOW_MONTHS);
        if (r.lungCondition() == Answer.NO) {
            return Result.NO_MATCH;
        }
        if (r.lungCondition() == Answer.UNKNOWN) {
            return Result.unknown(Rules.unknownMessage("a long-term lung or breathing condition"), List.of(LUNG));
        }
        return switch (r.recentFlareUp()) {
            case YES -> Result.match(NEEDS_REVIEW, "A lung condition with a hospital stay or steroid course in the last " + window
                    + " months, or a chest infection now: a clinician reviews breathing before ketamine.", List.of(LUNG, FLARE));
            case UNKNOWN -> Result.unknown(Rules.unknownMessage("a flare-up of the lung condition in the last " + window
                    + " months"), List.of(FLARE));
            case NO -> r.homeOxygenOrVentilator() == Answer.NO
                    ? Result.match(INFO, "A stable lung condition (no flare-up in the last " + window
                    + " months): the clinician will take it into account.", List.of(LUNG))
                    : Result.NO_MATCH; // home oxygen YES or UNKNOWN: RESP-1 reports it (§12)
        };
    }

    private static Result sleepApnoea(Subject s) {
        Respiratory r = s.v2().respiratory();
        Answer treated = followUp(r.sleepApnoea(), r.sleepApnoeaTreated());
        if (r.sleepApnoea() == Answer.NO) {
            return Result.NO_MATCH;
        }
        if (r.sleepApnoea() == Answer.UNKNOWN || treated == Answer.UNKNOWN) {
            return perModality(s, all(NEEDS_REVIEW), outcome -> Rules.unknownMessage("sleep apnoea and its treatment"),
                    List.of(r.sleepApnoea() == Answer.UNKNOWN ? APNOEA : TREATED));
        }
        if (treated == Answer.YES) {
            return perModality(s, all(INFO), outcome -> "Sleep apnoea treated most nights: use the treatment (CPAP) for any sleep after a dose.",
                    List.of(APNOEA, TREATED));
        }
        Outcome oral = s.parameters().outcome(Parameters.UNTREATED_OSA_ORAL_OUTCOME);
        return perModality(s, split(NEEDS_REVIEW, oral), outcome -> outcome == INELIGIBLE
                ? "Untreated sleep apnoea: oral micro-dosing at home is not offered under this protocol."
                : "Untreated sleep apnoea: a clinician reviews breathing during sedation first.", List.of(APNOEA, TREATED));
    }

    /** The STOP-Bang score (0-8), an UNKNOWN item scored as YES and an absent body as a B point (§9.2). */
    static int stopBangScore(IntakeV2 in, StopBang items) {
        int score = point(items.snoring()) + point(items.tired()) + point(items.observedApnoea()) + point(items.neckOver40cm());
        var bp = in.cardiovascular().bloodPressure();
        boolean pressure = items.treatedHighBloodPressure() != Answer.NO
                || bp != null && (bp.systolic() >= STOP_BANG_SYSTOLIC || bp.diastolic() >= STOP_BANG_DIASTOLIC);
        Body body = in.patient().body();
        boolean bmi = body == null || BodyRules.bmiAbove(body, STOP_BANG_BMI_ABOVE);
        boolean age = in.patient().ageYears() > STOP_BANG_AGE_ABOVE;
        boolean gender = in.patient().sexAssignedAtBirth() != SexAssignedAtBirth.FEMALE;
        return score + (pressure ? 1 : 0) + (bmi ? 1 : 0) + (age ? 1 : 0) + (gender ? 1 : 0);
    }

    private static int point(Answer answer) {
        return answer == Answer.NO ? 0 : 1;
    }

    private static Result stopBang(Subject s) {
        IntakeV2 in = s.v2();
        StopBang items = in.respiratory().stopBang();
        if (items == null) {
            return Result.NO_MATCH; // sleep apnoea YES: not asked, RESP-3 reads it (§12)
        }
        int score = stopBangScore(in, items);
        int cut = s.integer(Parameters.STOP_BANG_HIGH_CUT);
        List<String> fields = new ArrayList<>(List.of("patient.ageYears", "patient.sexAssignedAtBirth", "patient.body",
                "cardiovascular.bloodPressure", "respiratory.stopBang.snoring", "respiratory.stopBang.tired",
                "respiratory.stopBang.observedApnoea", "respiratory.stopBang.treatedHighBloodPressure",
                "respiratory.stopBang.neckOver40cm"));
        if (score >= cut) {
            return perModality(s, all(NEEDS_REVIEW), outcome -> "STOP-Bang score " + score + " (" + cut
                    + " or more): a high risk of sleep apnoea, reviewed before sedation.", List.copyOf(fields));
        }
        if (score < STOP_BANG_INTERMEDIATE) {
            return Result.NO_MATCH;
        }
        boolean sedating = in.currentMedications().stream().anyMatch(InteractionRules.CNS_DEPRESSANTS::contains);
        if (sedating) {
            fields.add("currentMedications");
            return perModality(s, all(NEEDS_REVIEW), outcome -> "STOP-Bang score " + score
                    + " with a sedating medicine: the risk of breathing problems is reviewed first.", List.copyOf(fields));
        }
        return perModality(s, split(INFO, NEEDS_REVIEW), outcome -> outcome == INFO
                ? "STOP-Bang score " + score + " (intermediate risk of sleep apnoea): monitored during the session."
                : "STOP-Bang score " + score + " (intermediate risk of sleep apnoea): reviewed before dosing at home.", List.copyOf(fields));
    }
}
