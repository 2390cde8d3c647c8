package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OB-1, OB-2 and OB-4 (clinical-criteria §1.5); OB-3 is the UNKNOWN answer of OB-1. */
class ObstetricRulesTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "pregnant,          YES,     OB-1, INELIGIBLE",
            "pregnant,          UNKNOWN, OB-1, NEEDS_REVIEW",
            "pregnant,          NO,      OB-1, PASS",
            "breastfeeding,     YES,     OB-2, INELIGIBLE",
            "breastfeeding,     UNKNOWN, OB-2, NEEDS_REVIEW",
            "mayBecomePregnant, YES,     OB-4, NEEDS_REVIEW",
            "mayBecomePregnant, UNKNOWN, OB-4, NEEDS_REVIEW"})
    void obstetric(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("patient." + question, answer), rule));
    }
}
