package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.screening.rules.CardiovascularRulesTest.event;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** PSY-1 to PSY-6 and PSY-INFO (clinical-criteria §1.5, §5.4). */
class PsychiatricRulesTest {

    @ParameterizedTest(name = "{0} {1} -> PSY-1 {2}")
    @CsvSource({
            "schizophrenia,           YES,     INELIGIBLE",
            "schizoaffectiveDisorder, YES,     INELIGIBLE",
            "otherPsychoticDisorder,  YES,     INELIGIBLE",
            "schizophrenia,           UNKNOWN, NEEDS_REVIEW",
            "otherPsychoticDisorder,  NO,      PASS"})
    void primaryPsychoticDisorderEver(String question, String answer, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("psychiatric." + question, answer), "PSY-1"));
    }

    @ParameterizedTest(name = "{0} {1} {2} months ago -> {3} {4}")
    @CsvSource({
            "psychoticEpisode, YES,     12,  PSY-2, INELIGIBLE",
            "psychoticEpisode, YES,     13,  PSY-2, NEEDS_REVIEW",
            "psychoticEpisode, YES,     0,   PSY-2, INELIGIBLE",
            "psychoticEpisode, YES,     ,    PSY-2, NEEDS_REVIEW",
            "psychoticEpisode, UNKNOWN, ,    PSY-2, NEEDS_REVIEW",
            "psychoticEpisode, NO,      ,    PSY-2, PASS",
            "maniaOrHypomania, YES,     12,  PSY-3, INELIGIBLE",
            "maniaOrHypomania, YES,     13,  PSY-3, NEEDS_REVIEW",
            "maniaOrHypomania, YES,     ,    PSY-3, NEEDS_REVIEW",
            "maniaOrHypomania, UNKNOWN, ,    PSY-3, NEEDS_REVIEW",
            "maniaOrHypomania, NO,      ,    PSY-3, PASS"})
    void twelveMonthWindows(String question, String answer, Integer months, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("psychiatric." + question, event(answer, months)), rule));
    }

    @ParameterizedTest(name = "suicidal thoughts {0} -> PSY-5 {1}")
    @CsvSource({"NONE, PASS", "PASSIVE, NEEDS_REVIEW", "WITH_PLAN_OR_INTENT, URGENT_REFERRAL", "UNKNOWN, NEEDS_REVIEW"})
    void suicidalThoughts(String answer, String outcome) {
        Screening screening = screenWith("psychiatric.suicidalThoughts", answer);

        assertEquals(outcome, outcomeOf(screening, "PSY-5"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "familyHistoryOfPsychosis, YES,     PSY-4, NEEDS_REVIEW",
            "familyHistoryOfPsychosis, UNKNOWN, PSY-4, NEEDS_REVIEW",
            "cognitiveImpairment,      YES,     PSY-6, NEEDS_REVIEW",
            "cognitiveImpairment,      UNKNOWN, PSY-6, NEEDS_REVIEW"})
    void cautions(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("psychiatric." + question, answer), rule));
    }

    @ParameterizedTest(name = "depression {0}, anxiety {1} -> PSY-INFO {2}, verdict {3}")
    @CsvSource({
            "YES,     NO,      INFO, ELIGIBLE",
            "NO,      YES,     INFO, ELIGIBLE",
            "NO,      NO,      PASS, ELIGIBLE",
            "UNKNOWN, NO,      INFO, ELIGIBLE",
            "NO,      UNKNOWN, INFO, ELIGIBLE"})
    void comorbidDepressionOrAnxietyIsOnlyInformational(String depression, String anxiety, String outcome, String verdict) {
        Screening screening = screenWith("psychiatric.depression", depression, "psychiatric.anxiety", anxiety);

        assertEquals(outcome, outcomeOf(screening, "PSY-INFO"));
        assertEquals(verdict, screening.verdict().name());
    }
}
