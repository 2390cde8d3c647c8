package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.RED_FLAG;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Outcome.URGENT_REFERRAL;
import static org.ketascreen.screening.rules.Rules.rule;
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
                rule("RF-1").title("Thunderclap onset: maximum intensity in < 1 minute, not yet evaluated")
                        .category(RED_FLAG).source(Sources.ICHD3_THUNDERCLAP)
                        .reads(THUNDERCLAP, DIAGNOSES)
                        .outcomes(URGENT_REFERRAL, NEEDS_REVIEW)
                        .check(RedFlagRules::thunderclap),
                rule("RF-2").title("New neurological symptoms: deficit, confusion, seizure or atypical aura")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("redFlags.newNeurologicalSymptoms")
                        .when(in -> yes(in.redFlags().newNeurologicalSymptoms()))
                        .flag(URGENT_REFERRAL, "New neurological symptoms need same-day in-person assessment."),
                rule("RF-3").title("Fever, systemic illness or neck stiffness with headache")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("redFlags.feverOrStiffNeck")
                        .when(in -> yes(in.redFlags().feverOrStiffNeck()))
                        .flag(URGENT_REFERRAL, "Headache with fever or a stiff neck needs same-day in-person assessment to exclude infection."),
                rule("RF-4").title("Papilloedema, visual obscurations, vision loss or pulsatile tinnitus")
                        .category(RED_FLAG).source(Sources.SNOOP4)
                        .reads("redFlags.visionLossOrSwollenOpticDiscs")
                        .when(in -> yes(in.redFlags().visionLossOrSwollenOpticDiscs()))
                        .flag(URGENT_REFERRAL, "Vision loss or swollen optic discs need same-day assessment to exclude raised pressure in the head."),
                rule("RF-5").title("New or changed headache at age [50, ∞) within the last 3 months")
                        .category(RED_FLAG).source(Sources.SNOOP4)
                        .reads(PATTERN, "patient.ageYears")
                        .when(in -> yes(in.redFlags().newOrChangedPatternLast3Months())
                                .and(Tri.of(in.patient().ageYears() >= LATE_ONSET_AGE_YEARS)))
                        .flag(URGENT_REFERRAL, "A new or changed headache from age 50 needs urgent in-person assessment (for example for giant cell arteritis)."),
                rule("RF-6").title("Pregnant or ≤ 6 weeks postpartum with a new or changed headache")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("patient.pregnant", "patient.postpartumWithin6Weeks", PATTERN)
                        .when(RedFlagRules::pregnancyWithPatternChange)
                        .flag(URGENT_REFERRAL, "A new or changed headache in pregnancy or after birth needs urgent in-person assessment (for example for pre-eclampsia or venous thrombosis)."),
                rule("RF-7").title("Head or neck injury within the last 7 days")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("redFlags.headInjuryLast7Days")
                        .when(in -> yes(in.redFlags().headInjuryLast7Days()))
                        .flag(URGENT_REFERRAL, "A head or neck injury in the last week needs in-person assessment before any treatment."),
                rule("RF-8").title("Painful red eye, or new eye pain with autonomic features")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("redFlags.painfulRedEye")
                        .when(in -> yes(in.redFlags().painfulRedEye()))
                        .flag(URGENT_REFERRAL, "A painful red eye needs same-day eye assessment (for example for acute angle-closure glaucoma)."),
                rule("RF-9").title("New or changed headache with immunosuppression or active cancer")
                        .category(RED_FLAG).source(Sources.SNNOOP10)
                        .reads("redFlags.immunosuppressionOrActiveCancer", PATTERN)
                        .when(in -> yes(in.redFlags().immunosuppressionOrActiveCancer())
                                .and(yes(in.redFlags().newOrChangedPatternLast3Months())))
                        .flag(URGENT_REFERRAL, "A new or changed headache with a weakened immune system or active cancer needs urgent in-person assessment."),
                rule("RF-10").title("Hypertensive crisis: systolic (180, ∞) or diastolic (120, ∞) mmHg")
                        .category(RED_FLAG).source(Sources.ACC_AHA_2017)
                        .reads("cardiovascular.bloodPressure")
                        .when(in -> Tri.of(BloodPressureRules.isCrisis(in.cardiovascular().bloodPressure())))
                        .flag(URGENT_REFERRAL, "Blood pressure in the hypertensive-crisis range (above 180 systolic or 120 diastolic) needs same-day medical care."),
                rule("RF-11").title("Headache pattern new, changed or progressive within the last 3 months")
                        .category(RED_FLAG).source(Sources.SNNOOP10_TIERING)
                        .reads(PATTERN)
                        .when(in -> yes(in.redFlags().newOrChangedPatternLast3Months()))
                        .flag(NEEDS_REVIEW, "A new or changed headache pattern needs in-person review (and possibly imaging) before ketamine."),
                rule("RF-12").title("Positional headache, or headache brought on by cough, strain or exertion")
                        .category(RED_FLAG).source(Sources.SNNOOP10_TIERING)
                        .reads("redFlags.positionalOrExertionalHeadache")
                        .when(in -> yes(in.redFlags().positionalOrExertionalHeadache()))
                        .flag(NEEDS_REVIEW, "A positional or exertional headache needs in-person work-up for a secondary cause."),
                rule("RF-13").title("Immunosuppression or cancer with a stable headache pattern")
                        .category(RED_FLAG).source(Sources.SNNOOP10_TIERING)
                        .reads("redFlags.immunosuppressionOrActiveCancer")
                        .when(in -> yes(in.redFlags().immunosuppressionOrActiveCancer()))
                        .flag(NEEDS_REVIEW, "A weakened immune system or cancer needs clinician review before ketamine."),
                rule("RF-15").title("Chest pain or breathlessness (hypertensive emergency or cardiac symptoms)")
                        .category(RED_FLAG).source(Sources.SPRAVATO_PI)
                        .reads("redFlags.chestPainOrBreathlessness")
                        .when(in -> yes(in.redFlags().chestPainOrBreathlessness()))
                        .flag(URGENT_REFERRAL, "Chest pain or breathlessness needs emergency care now."));
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
