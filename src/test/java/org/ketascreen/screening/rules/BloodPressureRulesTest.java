package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.fired;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.ABSENT;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ketascreen.intake.BloodPressure;
import org.ketascreen.intake.Cardiovascular;
import org.ketascreen.intake.Intake;
import org.ketascreen.screening.Screening;
import org.ketascreen.testing.Intakes;

/** RF-10, BP-1, BP-2, BP-3, BP-5 at, below and above every threshold (clinical-criteria §5.3). */
class BloodPressureRulesTest {

    /** The rules that read the reading (RF-10, BP-1, BP-2, BP-3, BP-5), from the catalogue. */
    static final List<String> READ_THE_READING = Catalogue.ruleSet().rules().stream()
            .filter(r -> r.fields().contains("cardiovascular.bloodPressure")).map(Rule::id).toList();

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

        List<String> firedRules = screening.findings().stream().map(f -> f.ruleId()).filter(READ_THE_READING::contains).toList();
        assertEquals(rule.equals("NONE") ? List.of() : List.of(rule), firedRules);
        if (!rule.equals("NONE")) {
            assertEquals(outcome, outcomeOf(screening, rule));
        }
        assertEquals(verdict, screening.verdict().name());
    }

    /**
     * api-contract §4 (revision 1.1): a reading is graded by the higher of its two values and exactly one
     * of RF-10, BP-3, BP-2, BP-1 fires for it; none for a normal reading. Every valid reading is tried,
     * and the expected grade is written here from the contract's ranges, not taken from the rules.
     */
    @Test
    void exactlyOneOfRf10Bp3Bp2Bp1GradesEveryValidReading() {
        Intake reference = Intakes.intake(Intakes.reference());
        List<String> grades = List.of("RF-10", "BP-3", "BP-2", "BP-1");
        int readings = 0;
        for (int systolic = 50; systolic <= 300; systolic++) {
            for (int diastolic = 20; diastolic <= 200 && diastolic < systolic; diastolic++) {
                Screening screening = Intakes.SCREENER.screen(withReading(reference, new BloodPressure(systolic, diastolic, 3)));
                List<String> fired = screening.findings().stream().map(f -> f.ruleId()).filter(grades::contains).toList();

                String expected = systolic > 180 || diastolic > 120 ? "RF-10"
                        : systolic >= 160 || diastolic >= 100 ? "BP-3"
                        : systolic >= 140 || diastolic >= 90 ? "BP-2"
                        : systolic >= 130 || diastolic >= 80 ? "BP-1" : null;
                assertEquals(expected == null ? List.of() : List.of(expected), fired, systolic + "/" + diastolic);
                readings++;
            }
        }
        assertEquals(33_955, readings, "every pair 50..300 / 20..200 with diastolic below systolic");
    }

    private static Intake withReading(Intake in, BloodPressure reading) {
        Cardiovascular c = in.cardiovascular();
        return new Intake(in.patient(), in.headache(), in.redFlags(), in.treatments(), in.psychiatric(), in.substanceUse(),
                new Cardiovascular(reading, c.strokeOrTia(), c.heartAttackOrRevascularization(), c.intracerebralHemorrhage(),
                        c.aneurysmOrVascularMalformation(), c.severeHeartDisease(), c.stableHeartDisease()),
                in.conditions(), in.currentMedications(), in.logistics());
    }

    @ParameterizedTest(name = "reading {0} days old -> BP-5 {1}")
    @CsvSource({"0, PASS", "3, PASS", "30, PASS", "31, NEEDS_REVIEW", "3650, NEEDS_REVIEW"})
    void aReadingOlderThan30DaysIsNoReading(int daysAgo, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular.bloodPressure.measuredDaysAgo", daysAgo), "BP-5"));
    }

    @Test
    void noReadingIsReviewedUnderBp5Only() {
        Screening screening = screenWith("cardiovascular.bloodPressure", ABSENT);

        assertEquals(List.of("BP-5"), fired(screening, "BP-"));
        assertEquals(List.of(), fired(screening, "RF-10"));
        assertEquals("NEEDS_REVIEW", screening.verdict().name());
    }

    @Test
    void aStaleCrisisReadingIsStillUrgent() {
        Screening screening = screenWith("cardiovascular.bloodPressure.systolic", 190,
                "cardiovascular.bloodPressure.measuredDaysAgo", 60);

        assertEquals("URGENT_REFERRAL", outcomeOf(screening, "RF-10"));
        assertEquals("NEEDS_REVIEW", outcomeOf(screening, "BP-5"));
    }
}
