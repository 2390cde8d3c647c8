package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.screenWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** CV-1 to CV-5 (clinical-criteria §1.5, §5.4). */
class CardiovascularRulesTest {

    static ObjectNode event(String answer, Integer monthsAgo) {
        ObjectNode event = JSON.createObjectNode().put("answer", answer);
        if (monthsAgo != null) {
            event.put("monthsAgo", monthsAgo);
        }
        return event;
    }

    @ParameterizedTest(name = "stroke {0} {1} months ago -> CV-1 {2}")
    @CsvSource({
            "NO,      ,   PASS",
            "YES,     0,  INELIGIBLE",
            "YES,     8,  INELIGIBLE",
            "YES,     9,  NEEDS_REVIEW",
            "YES,     120, NEEDS_REVIEW",
            "YES,     ,   NEEDS_REVIEW",
            "UNKNOWN, ,   NEEDS_REVIEW"})
    void strokeWindowIsNineMonths(String answer, Integer months, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular.strokeOrTia", event(answer, months)), "CV-1"));
    }

    @ParameterizedTest(name = "heart attack {0} {1} months ago -> CV-3 {2}")
    @CsvSource({
            "NO,      ,  PASS",
            "YES,     5, INELIGIBLE",
            "YES,     6, NEEDS_REVIEW",
            "YES,     ,  NEEDS_REVIEW",
            "UNKNOWN, ,  NEEDS_REVIEW"})
    void heartAttackWindowIsSixMonths(String answer, Integer months, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular.heartAttackOrRevascularization", event(answer, months)), "CV-3"));
    }

    @ParameterizedTest(name = "haemorrhage {0}, aneurysm {1} -> CV-2 {2}")
    @CsvSource({
            "NO,      NO,      PASS",
            "YES,     NO,      INELIGIBLE",
            "NO,      YES,     INELIGIBLE",
            "UNKNOWN, NO,      NEEDS_REVIEW",
            "UNKNOWN, YES,     INELIGIBLE",
            "NO,      UNKNOWN, NEEDS_REVIEW"})
    void bleedingAneurysmOrMalformation(String haemorrhage, String aneurysm, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular.intracerebralHemorrhage", haemorrhage,
                "cardiovascular.aneurysmOrVascularMalformation", aneurysm), "CV-2"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "severeHeartDisease, YES,     CV-4, INELIGIBLE",
            "severeHeartDisease, UNKNOWN, CV-4, NEEDS_REVIEW",
            "severeHeartDisease, NO,      CV-4, PASS",
            "stableHeartDisease, YES,     CV-5, NEEDS_REVIEW",
            "stableHeartDisease, UNKNOWN, CV-5, NEEDS_REVIEW",
            "stableHeartDisease, NO,      CV-5, PASS"})
    void heartDisease(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("cardiovascular." + question, answer), rule));
    }
}
