package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.fired;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.ABSENT;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** RF-10, BP-1, BP-2, BP-3, BP-5 at, below and above every threshold (clinical-criteria §5.3). */
class BloodPressureRulesTest {

    @ParameterizedTest(name = "{0}/{1} mmHg -> {2} {3}, verdict {4}")
    @CsvSource({
            "122,  78, NONE,  PASS,            ELIGIBLE",
            "129,  79, NONE,  PASS,            ELIGIBLE",
            "130,  70, BP-1,  INFO,            ELIGIBLE",
            "120,  80, BP-1,  INFO,            ELIGIBLE",
            "139,  89, BP-1,  INFO,            ELIGIBLE",
            "140,  89, BP-2,  NEEDS_REVIEW,    NEEDS_REVIEW",
            "139,  90, BP-2,  NEEDS_REVIEW,    NEEDS_REVIEW",
            "140,  90, BP-2,  NEEDS_REVIEW,    NEEDS_REVIEW",
            "159,  99, BP-2,  NEEDS_REVIEW,    NEEDS_REVIEW",
            "160,  99, BP-3,  INELIGIBLE,      INELIGIBLE",
            "159, 100, BP-3,  INELIGIBLE,      INELIGIBLE",
            "160, 100, BP-3,  INELIGIBLE,      INELIGIBLE",
            "180, 110, BP-3,  INELIGIBLE,      INELIGIBLE",
            "180, 120, BP-3,  INELIGIBLE,      INELIGIBLE",
            "181,  95, RF-10, URGENT_REFERRAL, URGENT_REFERRAL",
            "178, 121, RF-10, URGENT_REFERRAL, URGENT_REFERRAL",
            "300, 200, RF-10, URGENT_REFERRAL, URGENT_REFERRAL"})
    void gradesByTheHigherOfSystolicAndDiastolic(int systolic, int diastolic, String rule, String outcome, String verdict) {
        Screening screening = screenWith("cardiovascular.bloodPressure.systolic", systolic,
                "cardiovascular.bloodPressure.diastolic", diastolic);

        List<String> bloodPressureRules = List.of("RF-10", "BP-1", "BP-2", "BP-3", "BP-5");
        List<String> firedRules = screening.findings().stream().map(f -> f.ruleId()).filter(bloodPressureRules::contains).toList();
        assertEquals(rule.equals("NONE") ? List.of() : List.of(rule), firedRules);
        if (!rule.equals("NONE")) {
            assertEquals(outcome, outcomeOf(screening, rule));
        }
        assertEquals(verdict, screening.verdict().name());
    }

    @ParameterizedTest(name = "reading {0} days old -> BP-5 {1}")
    @CsvSource({"0, PASS", "3, PASS", "30, PASS", "31, NEEDS_REVIEW", "3650, NEEDS_REVIEW"})
    void aReadingOlderThan30DaysIsNoReading(int daysAgo, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular.bloodPressure.measuredDaysAgo", daysAgo), "BP-5"));
    }

    @org.junit.jupiter.api.Test
    void noReadingIsReviewedUnderBp5Only() {
        Screening screening = screenWith("cardiovascular.bloodPressure", ABSENT);

        assertEquals(List.of("BP-5"), fired(screening, "BP-"));
        assertEquals(List.of(), fired(screening, "RF-10"));
        assertEquals("NEEDS_REVIEW", screening.verdict().name());
    }

    @org.junit.jupiter.api.Test
    void aStaleCrisisReadingIsStillUrgent() {
        Screening screening = screenWith("cardiovascular.bloodPressure.systolic", 190,
                "cardiovascular.bloodPressure.measuredDaysAgo", 60);

        assertEquals("URGENT_REFERRAL", outcomeOf(screening, "RF-10"));
        assertEquals("NEEDS_REVIEW", outcomeOf(screening, "BP-5"));
    }
}
