package org.ketascreen.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The re-screen next step is offered for an INELIGIBLE whose cause can change (api-contract §3, NextSteps): a stroke
 * or psychotic episode inside its window can (time passes), a history a clinic's profile excludes whatever its date
 * ({@code cv1.anyHistoryIneligible}, {@code psy2.anyHistoryIneligible}, §10.2) cannot.
 */
class LastingCauseTest {

    @ParameterizedTest(name = "{0} under {1}: re-screen {3}")
    @CsvSource(delimiter = '|', value = {
            "cardiovascular.strokeOrTia={\"answer\":\"YES\",\"monthsAgo\":2}      | defaults                      | CV-1  | true",
            "cardiovascular.strokeOrTia={\"answer\":\"YES\",\"monthsAgo\":40}     | cv1.anyHistoryIneligible=true | CV-1  | false",
            "psychiatric.psychoticEpisode={\"answer\":\"YES\",\"monthsAgo\":3}    | defaults                      | PSY-2 | true",
            "psychiatric.psychoticEpisode={\"answer\":\"YES\",\"monthsAgo\":60}   | psy2.anyHistoryIneligible=true | PSY-2 | false"})
    void shouldOfferARescreenOnlyForACauseThatCanChange(String change, String profile, String rule, boolean rescreen) {
        Screening screening = V2Cases.screen(change, V2Cases.profile(profile));

        assertEquals(Verdict.INELIGIBLE, screening.verdict(), V2Cases.all(screening));
        assertTrue(screening.findings().stream().anyMatch(f -> f.ruleId().equals(rule)
                && f.outcome() == org.ketascreen.screening.rules.Outcome.INELIGIBLE), V2Cases.all(screening));
        assertEquals(rescreen, screening.nextSteps().contains(NextStep.RESCREEN), screening.nextSteps().toString());
        assertFalse(screening.nextSteps().isEmpty());
    }
}
