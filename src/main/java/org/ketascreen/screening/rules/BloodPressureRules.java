package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.BLOOD_PRESSURE;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.BloodPressure;

/**
 * Blood pressure: clinical-criteria §1.4 and §5.3. Classified by the higher of systolic and diastolic;
 * exactly one of RF-10, BP-3, BP-2, BP-1 fires for a reading. A missing or stale reading is BP-5 alone:
 * the grading rules pass when there is no reading, so one missing answer gives one finding. A stale
 * reading is still graded, since a high old reading is no reason to relax.
 */
final class BloodPressureRules {
    private BloodPressureRules() {
    }

    /** RF-10 / BP-4: ACC/AHA hypertensive crisis, systolic > 180 or diastolic > 120 [S14]. */
    static final int CRISIS_SYSTOLIC = 180;
    static final int CRISIS_DIASTOLIC = 120;
    /** BP-3: AAGBI/BHS elective procedures need < 160/100 [S15]. */
    static final int UNCONTROLLED_SYSTOLIC = 160;
    static final int UNCONTROLLED_DIASTOLIC = 100;
    /** BP-2: SPRAVATO "delay above 140/90"; ACC/AHA stage 2 [S11][S14]; systolic moved by {@link Parameters#BP2_SYSTOLIC}. */
    static final int REVIEW_SYSTOLIC = 140;
    static final int REVIEW_DIASTOLIC = 90;
    /** BP-1: ACC/AHA stage 1, 130-139 / 80-89, informational [S14]. */
    static final int STAGE1_SYSTOLIC = 130;
    static final int STAGE1_DIASTOLIC = 80;
    /** BP-5: a reading older than this many days counts as no reading (screening default; {@link Parameters#BP5_MAX_AGE_DAYS}). */
    static final int MAX_READING_AGE_DAYS = 30;

    private static final String BP = "cardiovascular.bloodPressure";

    static List<Rule> rules() {
        return List.of(
                rule("BP-1").title("Stage 1: systolic [130, 140) or diastolic [80, 90) mmHg")
                        .category(BLOOD_PRESSURE).source(Sources.ACC_AHA_2017)
                        .reads(BP)
                        .whenSubject(s -> Tri.of(grade(s.v1().cardiovascular().bloodPressure(), s.parameters()) == Grade.STAGE1))
                        .flag(INFO, p -> p.differsFromDefault(Parameters.BP2_SYSTOLIC)
                                ? "Blood pressure is in ACC/AHA stage 1, or systolic below this clinic's review line of "
                                + p.integer(Parameters.BP2_SYSTOLIC) + " (130-" + (p.integer(Parameters.BP2_SYSTOLIC) - 1)
                                + "/80-89): recheck before each treatment."
                                : "Blood pressure is in ACC/AHA stage 1 (130-139/80-89): recheck before each treatment."),
                rule("BP-2").title("Systolic [140, 160) or diastolic [90, 100) mmHg")
                        .category(BLOOD_PRESSURE).source(Sources.SPRAVATO_PI)
                        .reads(BP)
                        .whenSubject(s -> Tri.of(grade(s.v1().cardiovascular().bloodPressure(), s.parameters()) == Grade.REVIEW))
                        .flag(NEEDS_REVIEW, p -> "Blood pressure is " + p.integer(Parameters.BP2_SYSTOLIC)
                                + "/90 or above: a clinician decides whether to treat it before ketamine."),
                rule("BP-3").title("Systolic [160, 180] or diastolic [100, 120] mmHg (uncontrolled, not a crisis)")
                        .category(BLOOD_PRESSURE).source(Sources.AAGBI_BHS_2016).modifiable()
                        .reads(BP)
                        .when(in -> Tri.of(grade(in.cardiovascular().bloodPressure()) == Grade.UNCONTROLLED))
                        .flag(INELIGIBLE, "Blood pressure is 160/100 or above: ketamine is not offered until it is controlled. Re-screen once it is."),
                rule("BP-5").title("No blood pressure reading, or one older than 30 days")
                        .category(BLOOD_PRESSURE).source(Sources.BP_READING_AGE)
                        .reads(BP)
                        .whenSubject(s -> Tri.of(s.v1().cardiovascular().bloodPressure() == null
                                || s.v1().cardiovascular().bloodPressure().measuredDaysAgo() > s.integer(Parameters.BP5_MAX_AGE_DAYS)))
                        .flag(NEEDS_REVIEW, p -> "No blood pressure reading from the last " + p.integer(Parameters.BP5_MAX_AGE_DAYS)
                                + " days: one is needed before ketamine."));
    }

    enum Grade { NONE, NORMAL, STAGE1, REVIEW, UNCONTROLLED, CRISIS }

    /** The grade at rule set 1.1's lines (BP-2 from systolic 140). */
    static Grade grade(BloodPressure bp) {
        return grade(bp, ParameterValues.defaults());
    }

    /** The grade with BP-2's systolic line at {@link Parameters#BP2_SYSTOLIC}; BP-1 ends below it. */
    static Grade grade(BloodPressure bp, ParameterValues parameters) {
        if (bp == null) {
            return Grade.NONE;
        }
        int sys = bp.systolic();
        int dia = bp.diastolic();
        if (sys > CRISIS_SYSTOLIC || dia > CRISIS_DIASTOLIC) {
            return Grade.CRISIS;
        }
        if (sys >= UNCONTROLLED_SYSTOLIC || dia >= UNCONTROLLED_DIASTOLIC) {
            return Grade.UNCONTROLLED;
        }
        if (sys >= parameters.integer(Parameters.BP2_SYSTOLIC) || dia >= REVIEW_DIASTOLIC) {
            return Grade.REVIEW;
        }
        if (sys >= STAGE1_SYSTOLIC || dia >= STAGE1_DIASTOLIC) {
            return Grade.STAGE1;
        }
        return Grade.NORMAL;
    }

    static boolean isCrisis(BloodPressure bp) {
        return grade(bp) == Grade.CRISIS;
    }
}
