package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.screenWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** SUB-1 to SUB-4 (clinical-criteria §1.5): the 12-month remission window of SUB-2 and SUB-3. */
class SubstanceUseRulesTest {

    @ParameterizedTest(name = "status {0}, {1} months in remission -> SUB-2 {2}, SUB-3 {3}")
    @CsvSource({
            "NONE,         ,    PASS,         PASS",
            "CURRENT,      ,    INELIGIBLE,   PASS",
            "IN_REMISSION, 0,   INELIGIBLE,   PASS",
            "IN_REMISSION, 11,  INELIGIBLE,   PASS",
            "IN_REMISSION, 12,  PASS,         NEEDS_REVIEW",
            "IN_REMISSION, 240, PASS,         NEEDS_REVIEW",
            "IN_REMISSION, ,    NEEDS_REVIEW, PASS",
            "UNKNOWN,      ,    NEEDS_REVIEW, PASS"})
    void remissionWindowIsTwelveMonths(String status, Integer months, String sub2, String sub3) {
        var disorder = JSON.createObjectNode().put("status", status);
        if (months != null) {
            disorder.put("monthsInRemission", months);
        }
        Screening screening = screenWith("substanceUse.substanceUseDisorder", disorder);

        assertEquals(sub2, outcomeOf(screening, "SUB-2"));
        assertEquals(sub3, outcomeOf(screening, "SUB-3"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "ketamineOrDissociativeMisuse, YES,     SUB-1, INELIGIBLE",
            "ketamineOrDissociativeMisuse, UNKNOWN, SUB-1, NEEDS_REVIEW",
            "recreationalDrugUseLastMonth, YES,     SUB-4, NEEDS_REVIEW",
            "recreationalDrugUseLastMonth, UNKNOWN, SUB-4, NEEDS_REVIEW"})
    void misuseAndRecentUse(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("substanceUse." + question, answer), rule));
    }
}
