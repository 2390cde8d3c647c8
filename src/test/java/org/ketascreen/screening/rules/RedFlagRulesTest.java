package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** RF-1 to RF-15 (clinical-criteria §1.1, §4); RF-10 also in {@link BloodPressureRulesTest}, with the BP grades. */
class RedFlagRulesTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "thunderclapOnset,                YES,     RF-1,  URGENT_REFERRAL",
            "thunderclapOnset,                UNKNOWN, RF-1,  NEEDS_REVIEW",
            "thunderclapOnset,                NO,      RF-1,  PASS",
            "newNeurologicalSymptoms,         YES,     RF-2,  URGENT_REFERRAL",
            "newNeurologicalSymptoms,         UNKNOWN, RF-2,  NEEDS_REVIEW",
            "feverOrStiffNeck,                YES,     RF-3,  URGENT_REFERRAL",
            "feverOrStiffNeck,                UNKNOWN, RF-3,  NEEDS_REVIEW",
            "visionLossOrSwollenOpticDiscs,   YES,     RF-4,  URGENT_REFERRAL",
            "visionLossOrSwollenOpticDiscs,   UNKNOWN, RF-4,  NEEDS_REVIEW",
            "headInjuryLast7Days,             YES,     RF-7,  URGENT_REFERRAL",
            "headInjuryLast7Days,             UNKNOWN, RF-7,  NEEDS_REVIEW",
            "painfulRedEye,                   YES,     RF-8,  URGENT_REFERRAL",
            "painfulRedEye,                   UNKNOWN, RF-8,  NEEDS_REVIEW",
            "newOrChangedPatternLast3Months,  YES,     RF-11, NEEDS_REVIEW",
            "newOrChangedPatternLast3Months,  UNKNOWN, RF-11, NEEDS_REVIEW",
            "positionalOrExertionalHeadache,  YES,     RF-12, NEEDS_REVIEW",
            "positionalOrExertionalHeadache,  UNKNOWN, RF-12, NEEDS_REVIEW",
            "immunosuppressionOrActiveCancer, YES,     RF-13, NEEDS_REVIEW",
            "immunosuppressionOrActiveCancer, UNKNOWN, RF-13, NEEDS_REVIEW",
            "chestPainOrBreathlessness,       YES,     RF-15, URGENT_REFERRAL",
            "chestPainOrBreathlessness,       UNKNOWN, RF-15, NEEDS_REVIEW",
            "chestPainOrBreathlessness,       NO,      RF-15, PASS"})
    void singleQuestionFlags(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("redFlags." + question, answer), rule));
    }

    @Test
    void thunderclapDiagnosisIsUrgentEvenWhenTheOnsetAnswerIsNo() {
        Screening screening = screenWith("headache.diagnoses", List.of("CHRONIC_MIGRAINE", "THUNDERCLAP_HEADACHE"));

        assertEquals("URGENT_REFERRAL", outcomeOf(screening, "RF-1"));
        assertEquals("URGENT_REFERRAL", screening.verdict().name());
    }

    @ParameterizedTest(name = "age {0}, pattern {1} -> RF-5 {2}")
    @CsvSource({
            "49, YES,     PASS",
            "50, YES,     URGENT_REFERRAL",
            "51, YES,     URGENT_REFERRAL",
            "50, NO,      PASS",
            "50, UNKNOWN, NEEDS_REVIEW",
            "49, UNKNOWN, PASS"})
    void newHeadacheFromAge50(int age, String pattern, String outcome) {
        Screening screening = screenWith("patient.ageYears", age, "redFlags.newOrChangedPatternLast3Months", pattern);

        assertEquals(outcome, outcomeOf(screening, "RF-5"));
    }

    @ParameterizedTest(name = "pregnant {0}, postpartum {1}, pattern {2} -> RF-6 {3}")
    @CsvSource({
            "YES,     NO,      YES,     URGENT_REFERRAL",
            "NO,      YES,     YES,     URGENT_REFERRAL",
            "NO,      NO,      YES,     PASS",
            "YES,     NO,      NO,      PASS",
            "UNKNOWN, NO,      YES,     NEEDS_REVIEW",
            "YES,     NO,      UNKNOWN, NEEDS_REVIEW",
            "NO,      UNKNOWN, NO,      NEEDS_REVIEW",
            "NO,      NO,      UNKNOWN, PASS"})
    void pregnancyOrPuerperiumWithAChangedHeadache(String pregnant, String postpartum, String pattern, String outcome) {
        Screening screening = screenWith("patient.pregnant", pregnant, "patient.postpartumWithin6Weeks", postpartum,
                "redFlags.newOrChangedPatternLast3Months", pattern);

        assertEquals(outcome, outcomeOf(screening, "RF-6"));
    }

    /** RF-10 is BP-4, the hypertensive crisis: systolic above 180 or diastolic above 120 (clinical-criteria §1.4). */
    @ParameterizedTest(name = "{0}/{1} mmHg -> RF-10 {2}")
    @CsvSource({
            "180, 120, PASS",
            "181, 120, URGENT_REFERRAL",
            "180, 121, URGENT_REFERRAL",
            "181,  70, URGENT_REFERRAL",
            "150, 121, URGENT_REFERRAL",
            "179, 119, PASS"})
    void hypertensiveCrisisAbove180Or120(int systolic, int diastolic, String outcome) {
        Screening screening = screenWith("cardiovascular.bloodPressure.systolic", systolic,
                "cardiovascular.bloodPressure.diastolic", diastolic);

        assertEquals(outcome, outcomeOf(screening, "RF-10"));
    }

    @ParameterizedTest(name = "immunosuppression {0}, pattern {1} -> RF-9 {2}, RF-13 {3}")
    @CsvSource({
            "YES,     YES, URGENT_REFERRAL, NEEDS_REVIEW",
            "YES,     NO,  PASS,            NEEDS_REVIEW",
            "NO,      YES, PASS,            PASS",
            "UNKNOWN, YES, NEEDS_REVIEW,    NEEDS_REVIEW"})
    void immunosuppressionWithAndWithoutAPatternChange(String immuno, String pattern, String rf9, String rf13) {
        Screening screening = screenWith("redFlags.immunosuppressionOrActiveCancer", immuno,
                "redFlags.newOrChangedPatternLast3Months", pattern);

        assertEquals(rf9, outcomeOf(screening, "RF-9"));
        assertEquals(rf13, outcomeOf(screening, "RF-13"));
    }
}
