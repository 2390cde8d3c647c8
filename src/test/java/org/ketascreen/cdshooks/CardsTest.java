package org.ketascreen.cdshooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.cdshooks.CdsServiceResponse.Card;
import org.ketascreen.cdshooks.CdsServiceResponse.Indicator;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.testing.CdsHooksSchemas;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

/**
 * The card of a hook call as a pure function of the v1 answer (api-contract §7): the indicator per verdict,
 * a summary under 140 characters naming the verdict, a Markdown detail with every modality, finding (rule id,
 * message, source link) and next step, the rule set as source, the intake-page link, the v1 answer in the
 * extension, and a deterministic name-based uuid. Plain JUnit, no boot.
 */
class CardsTest {

    static final String BASE = "https://screening.clinic.example";
    static final Cards CARDS = new Cards(Intakes.SCREENER.ruleSet().reference(), BASE + Routes.V1_RULESET, BASE + "/");
    static final String HOOK_INSTANCE = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea";

    static ScreeningResponse answer(String scenario) {
        return ScreeningResponse.of(Intakes.screen(Scenarios.golden().requestJson(scenario)));
    }

    static String json(Card card) {
        return new String(org.ketascreen.json.Json.bytes(new CdsServiceResponse(List.of(card))), java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource({
            "thunderclap-with-schizophrenia-is-urgent, URGENT_REFERRAL, CRITICAL, URGENT REFERRAL",
            "uncontrolled-blood-pressure-is-ineligible, INELIGIBLE, WARNING, NOT ELIGIBLE",
            "unknown-safety-answers-need-review, NEEDS_REVIEW, WARNING, NEEDS REVIEW",
            "reference, ELIGIBLE, INFO, ELIGIBLE"})
    void shouldGiveEachVerdictItsIndicatorAndNameItInTheSummary(String scenario, Verdict verdict, Indicator indicator, String words) {
        ScreeningResponse answer = answer(scenario);
        Card card = CARDS.screened(HOOK_INSTANCE, answer);

        assertEquals(verdict, answer.verdict());
        assertEquals(indicator, card.indicator());
        assertTrue(card.summary().startsWith("Ketamine screening: " + words), card.summary());
        assertTrue(card.detail().startsWith("**" + words + "**"), card.detail());
        assertEquals("ketascreen ketamine-migraine rule set " + Catalogue.VERSION, card.source().label());
        assertEquals(BASE + Routes.V1_RULESET, card.source().url());
        assertEquals(List.of(new CdsServiceResponse.Link("Open the intake form", BASE + "/", "absolute")), card.links());
        assertEquals(answer, card.extension().screening(), "the extension is the whole v1 answer");
        assertNull(card.extension().problem());
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
    }

    @Test
    void shouldNameTheRulesThatSetTheVerdictInTheSummary() {
        Card urgent = CARDS.screened(HOOK_INSTANCE, answer("thunderclap-with-schizophrenia-is-urgent"));
        Card ineligible = CARDS.screened(HOOK_INSTANCE, answer("uncontrolled-blood-pressure-is-ineligible"));

        assertEquals("Ketamine screening: URGENT REFERRAL (RF-1). Send for emergency or same-day care; do not start ketamine.",
                urgent.summary());
        assertTrue(urgent.detail().contains("- IV infusion: **URGENT REFERRAL**\n"), "no conditions where the modality is not given");
        assertEquals("Ketamine screening: NOT ELIGIBLE (BP-3). Do not book ketamine treatment.", ineligible.summary());
    }

    @Test
    void shouldSayWhichModalitiesTheVerdictHoldsForWhenTheyDiffer() {
        ScreeningResponse answer = answer("no-escort-in-clinic-modalities-need-review-oral-eligible");
        Card card = CARDS.screened(HOOK_INSTANCE, answer);

        assertEquals(Verdict.ELIGIBLE, answer.verdict());
        assertEquals("Ketamine screening: ELIGIBLE for oral micro-dose only. Book the telehealth clinician visit.", card.summary());
        assertTrue(card.detail().contains("- IV infusion: **NEEDS REVIEW**"), card.detail());
        assertTrue(card.detail().contains("- Oral micro-dose: **ELIGIBLE**, only with a home visit before the start"), card.detail());
    }

    static Stream<String> everyScenario() {
        return Scenarios.names().stream();
    }

    /** Every golden scenario and the worst case (55 findings): a card the spec accepts, everything in its detail. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    void shouldPutEveryModalityFindingAndNextStepInTheDetail(String scenario) {
        assertCompleteCard(answer(scenario));
    }

    @Test
    void shouldKeepTheWorstCaseSummaryUnder140Characters() {
        ScreeningResponse worst = ScreeningResponse.of(Intakes.screen(Intakes.resource("/bench/worst-case.request.json")));
        assertTrue(worst.findings().size() >= 50, "the worst case fires nearly every rule");

        Card card = assertCompleteCard(worst);

        assertTrue(card.summary().length() < 140, card.summary().length() + ": " + card.summary());
    }

    private static Card assertCompleteCard(ScreeningResponse answer) {
        Card card = CARDS.screened(HOOK_INSTANCE, answer);
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
        assertEquals(Cards.indicator(answer.verdict()), card.indicator());
        assertTrue(card.summary().length() < 140 && !card.summary().isBlank(), card.summary());
        String detail = card.detail();
        for (ScreeningResponse.ModalityResult m : answer.modalities()) {
            assertTrue(detail.contains(": **" + m.verdict().name().replace("INELIGIBLE", "NOT ELIGIBLE").replace('_', ' ') + "**"),
                    m.modality() + " in " + detail);
        }
        for (ScreeningResponse.FindingView f : answer.findings()) {
            assertTrue(detail.contains("- **" + f.ruleId() + "** "), f.ruleId() + " in " + detail);
            assertTrue(detail.contains("](" + Cards.url(f.source().url()) + ")"), f.ruleId() + "'s source link in " + detail);
            assertTrue(detail.contains(Cards.escape(f.message())), f.ruleId() + "'s message in " + detail);
        }
        for (String step : answer.nextSteps()) {
            assertTrue(detail.contains(". " + Cards.escape(step) + "\n"), step + " in " + detail);
        }
        return card;
    }

    @Test
    void shouldSendTheClinicianToTheIntakeFormWhenNoIntakeIsOnFile() {
        Card card = CARDS.noIntake(HOOK_INSTANCE);

        assertEquals(Indicator.INFO, card.indicator());
        assertEquals("Ketamine screening: no completed intake on file. Send the patient the intake form.", card.summary());
        assertTrue(card.detail().contains("[intake form](" + BASE + "/)"), card.detail());
        assertEquals(BASE + "/", card.links().get(0).url());
        assertNull(card.extension());
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
    }

    @Test
    void shouldNameTheQuestionsOfAnIntakeThatCannotBeScreenedAndCapTheList() {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            violations.add(new Violation("treatments.preventive[" + i + "].trialWeeks", "must be between 0 and 520"));
        }
        Problem problem = Problems.invalidRequest(new InvalidIntakeException(violations, 25));

        Card card = CARDS.notScreenable(HOOK_INSTANCE, problem);

        assertEquals(Indicator.WARNING, card.indicator());
        assertTrue(card.summary().contains("incomplete or invalid"), card.summary());
        assertTrue(card.detail().contains("- `treatments.preventive[0].trialWeeks`: must be between 0 and 520\n"), card.detail());
        assertTrue(card.detail().contains("- `treatments.preventive[19].trialWeeks`"), card.detail());
        assertFalse(card.detail().contains("- `treatments.preventive[20].trialWeeks`"), card.detail());
        assertTrue(card.detail().contains("- and 5 more"), card.detail());
        assertEquals(problem, card.extension().problem());
        assertEquals(BASE + "/", card.links().get(0).url());
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
    }

    @Test
    void shouldDeriveTheUuidFromTheHookInstanceAndTheKindOfCard() {
        String uuid = Cards.uuid(HOOK_INSTANCE, Cards.Kind.SCREENED);
        UUID parsed = UUID.fromString(uuid);

        assertEquals(uuid, Cards.uuid(HOOK_INSTANCE, Cards.Kind.SCREENED), "same call, same uuid");
        assertEquals(uuid, Cards.uuid(HOOK_INSTANCE.toUpperCase(), Cards.Kind.SCREENED), "a UUID's case is not part of it");
        assertEquals(5, parsed.version(), "name-based, SHA-1 (RFC 4122 §4.3)");
        assertEquals(2, parsed.variant(), "RFC 4122 variant");
        assertNotEquals(uuid, Cards.uuid("0f8fad5b-d9cb-469f-a165-70867728950e", Cards.Kind.SCREENED));
        assertNotEquals(uuid, Cards.uuid(HOOK_INSTANCE, Cards.Kind.NO_INTAKE));
        assertNotEquals(uuid, Cards.uuid(HOOK_INSTANCE, Cards.Kind.NOT_SCREENABLE));
        assertEquals(uuid, CARDS.screened(HOOK_INSTANCE, answer("reference")).uuid());
    }

    @Test
    void shouldEscapeMarkdownSoATextStaysOnePlainLine() {
        assertEquals("a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<g\\> \\| h", Cards.escape("a *b* _c_ [d](e) `f` <g> | h"));
        assertEquals("\\- item next", Cards.escape("- item\nnext"));
        assertEquals("a - b + c", Cards.escape("a - b + c"));
        assertEquals("https://x.org/a%20b%28c%29", Cards.url("https://x.org/a b(c)"));
    }
}
