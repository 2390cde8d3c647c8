package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.RED_FLAG;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Outcome.URGENT_REFERRAL;
import static org.ketascreen.screening.rules.Rules.flag;
import static org.ketascreen.screening.rules.Rules.graded;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.HeadacheDiagnosis;
import org.ketascreen.intake.Intake;

/**
 * Red flags for a secondary headache: clinical-criteria §1.1 and §4 (SNNOOP10, SNOOP4). RF-1 to RF-10
 * and RF-15 send the patient to urgent care; RF-11 to RF-13 call for in-person work-up. RF-14 is
 * folded into RF-11 (one pattern question); RF-10 is the hypertensive crisis BP-4 (thresholds in
 * {@link BloodPressureRules}); RF-15 is the symptomatic clause of BP-4.
 */
final class RedFlagRules {
    private RedFlagRules() {
    }

    /** RF-5: a new headache from this age on is a red flag (SNOOP4 "after 50", the stricter of the two published ages). */
    static final int LATE_ONSET_AGE_YEARS = 50;

    private static final String PATTERN = "redFlags.newOrChangedPatternLast3Months";
    private static final String THUNDERCLAP = "redFlags.thunderclapOnset";
    private static final String DIAGNOSES = "headache.diagnoses";
    private static final List<String> ONSET_AND_DIAGNOSIS = List.of(THUNDERCLAP, DIAGNOSES);
    private static final List<String> DIAGNOSIS_ONLY = List.of(DIAGNOSES);
    private static final List<String> ONSET_ONLY = List.of(THUNDERCLAP);

    static List<Rule> rules() {
        return List.of(
                graded("RF-1", "Thunderclap onset: maximum intensity in < 1 minute, not yet evaluated", RED_FLAG,
                        Sources.ICHD3_THUNDERCLAP, List.of(URGENT_REFERRAL, NEEDS_REVIEW), RedFlagRules::thunderclap,
                        THUNDERCLAP, DIAGNOSES),
                flag("RF-2", "New neurological symptoms: deficit, confusion, seizure or atypical aura", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "New neurological symptoms need same-day in-person assessment.",
                        in -> yes(in.redFlags().newNeurologicalSymptoms()), "redFlags.newNeurologicalSymptoms"),
                flag("RF-3", "Fever, systemic illness or neck stiffness with headache", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "Headache with fever or a stiff neck needs same-day in-person assessment to exclude infection.",
                        in -> yes(in.redFlags().feverOrStiffNeck()), "redFlags.feverOrStiffNeck"),
                flag("RF-4", "Papilloedema, visual obscurations, vision loss or pulsatile tinnitus", RED_FLAG,
                        Sources.SNOOP4, URGENT_REFERRAL,
                        "Vision loss or swollen optic discs need same-day assessment to exclude raised pressure in the head.",
                        in -> yes(in.redFlags().visionLossOrSwollenOpticDiscs()), "redFlags.visionLossOrSwollenOpticDiscs"),
                flag("RF-5", "New or changed headache at age [50, ∞) within the last 3 months", RED_FLAG,
                        Sources.SNOOP4, URGENT_REFERRAL,
                        "A new or changed headache from age 50 needs urgent in-person assessment (for example for giant cell arteritis).",
                        in -> yes(in.redFlags().newOrChangedPatternLast3Months())
                                .and(Tri.of(in.patient().ageYears() >= LATE_ONSET_AGE_YEARS)),
                        PATTERN, "patient.ageYears"),
                flag("RF-6", "Pregnant or ≤ 6 weeks postpartum with a new or changed headache", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "A new or changed headache in pregnancy or after birth needs urgent in-person assessment (for example for pre-eclampsia or venous thrombosis).",
                        RedFlagRules::pregnancyWithPatternChange,
                        "patient.pregnant", "patient.postpartumWithin6Weeks", PATTERN),
                flag("RF-7", "Head or neck injury within the last 7 days", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "A head or neck injury in the last week needs in-person assessment before any treatment.",
                        in -> yes(in.redFlags().headInjuryLast7Days()), "redFlags.headInjuryLast7Days"),
                flag("RF-8", "Painful red eye, or new eye pain with autonomic features", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "A painful red eye needs same-day eye assessment (for example for acute angle-closure glaucoma).",
                        in -> yes(in.redFlags().painfulRedEye()), "redFlags.painfulRedEye"),
                flag("RF-9", "New or changed headache with immunosuppression or active cancer", RED_FLAG,
                        Sources.SNNOOP10, URGENT_REFERRAL,
                        "A new or changed headache with a weakened immune system or active cancer needs urgent in-person assessment.",
                        in -> yes(in.redFlags().immunosuppressionOrActiveCancer()).and(yes(in.redFlags().newOrChangedPatternLast3Months())),
                        "redFlags.immunosuppressionOrActiveCancer", PATTERN),
                flag("RF-10", "Hypertensive crisis: systolic (180, ∞) or diastolic (120, ∞) mmHg", RED_FLAG,
                        Sources.ACC_AHA_2017, URGENT_REFERRAL,
                        "Blood pressure in the hypertensive-crisis range (above 180 systolic or 120 diastolic) needs same-day medical care.",
                        in -> Tri.of(BloodPressureRules.isCrisis(in.cardiovascular().bloodPressure())),
                        "cardiovascular.bloodPressure"),
                flag("RF-11", "Headache pattern new, changed or progressive within the last 3 months", RED_FLAG,
                        Sources.SNNOOP10_TIERING, NEEDS_REVIEW,
                        "A new or changed headache pattern needs in-person review (and possibly imaging) before ketamine.",
                        in -> yes(in.redFlags().newOrChangedPatternLast3Months()), PATTERN),
                flag("RF-12", "Positional headache, or headache brought on by cough, strain or exertion", RED_FLAG,
                        Sources.SNNOOP10_TIERING, NEEDS_REVIEW,
                        "A positional or exertional headache needs in-person work-up for a secondary cause.",
                        in -> yes(in.redFlags().positionalOrExertionalHeadache()), "redFlags.positionalOrExertionalHeadache"),
                flag("RF-13", "Immunosuppression or cancer with a stable headache pattern", RED_FLAG,
                        Sources.SNNOOP10_TIERING, NEEDS_REVIEW,
                        "A weakened immune system or cancer needs clinician review before ketamine.",
                        in -> yes(in.redFlags().immunosuppressionOrActiveCancer()), "redFlags.immunosuppressionOrActiveCancer"),
                flag("RF-15", "Chest pain or breathlessness (hypertensive emergency or cardiac symptoms)", RED_FLAG,
                        Sources.SPRAVATO_PI, URGENT_REFERRAL,
                        "Chest pain or breathlessness needs emergency care now.",
                        in -> yes(in.redFlags().chestPainOrBreathlessness()), "redFlags.chestPainOrBreathlessness"));
    }

    /** RF-1 cites the onset answer, the thunderclap diagnosis, or both: whichever it rests on. */
    private static Result thunderclap(Intake in) {
        boolean diagnosed = in.headache().diagnoses().contains(HeadacheDiagnosis.THUNDERCLAP_HEADACHE);
        Tri onset = yes(in.redFlags().thunderclapOnset());
        List<String> fields = diagnosed && onset != Tri.NO_MATCH ? ONSET_AND_DIAGNOSIS
                : diagnosed ? DIAGNOSIS_ONLY : ONSET_ONLY;
        return switch (onset.or(Tri.of(diagnosed))) {
            case MATCH -> Result.match(URGENT_REFERRAL,
                    "A sudden 'thunderclap' headache must be assessed in an emergency department today to exclude bleeding in the brain.",
                    fields);
            case UNKNOWN -> Result.unknown(Rules.unknownMessage("thunderclap onset"), fields);
            case NO_MATCH -> Result.NO_MATCH;
        };
    }

    /**
     * RF-6 in Kleene logic, with one addition: an unknown postpartum status is unknown even when the
     * pattern is stable, because the puerperium is itself a pre-eclampsia window (UK SmPC, Swiss label)
     * and no other rule asks about it.
     */
    private static Tri pregnancyWithPatternChange(Intake in) {
        var patient = in.patient();
        Tri result = yes(patient.pregnant()).or(yes(patient.postpartumWithin6Weeks()))
                .and(yes(in.redFlags().newOrChangedPatternLast3Months()));
        if (result == Tri.NO_MATCH && patient.postpartumWithin6Weeks() == Answer.UNKNOWN) {
            return Tri.UNKNOWN;
        }
        return result;
    }
}
