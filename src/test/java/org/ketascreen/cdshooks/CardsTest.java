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
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.testing.MergePatch;
import org.ketascreen.testing.CdsHooksSchemas;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

/**
 * The card of a hook call as a pure function of the answer and the active profile (api-contract §7, §9.6): the
 * v2 card, the last line of every card, v1 cards under a profile that offers fewer modalities; the indicator per verdict,
 * a summary under 140 characters naming the verdict, a Markdown detail with every modality, finding (rule id,
 * message, source link) and next step, the rule set as source, the intake-page link, the v1 answer in the
 * extension, and a deterministic name-based uuid. Plain JUnit, no boot.
 */
class CardsTest {

    static final String BASE = "https://screening.clinic.example";
    static final Screener SCREENER_V2 = new Screener(Catalogue.ruleSet2());
    static final Cards CARDS = cards(ActiveProfile.REFERENCE);
    static final String HOOK_INSTANCE = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea";
    /** api-contract §9.6, copied from the contract: the last lines of a card under the reference profile. */
    static final String PROFILE_LINE = "Rule set ketamine-migraine 2.0.0 · profile Reference screening defaults (reference 2.0.0)";
    static final String V1_LINE = "Rule set ketamine-migraine 1.1.0 · deprecated v1 rules, not screened under Reference screening "
            + "defaults: ask the patient to complete the intake again";
    /** A clinic that offers IV infusion only. */
    static final ActiveProfile IV_ONLY = new ActiveProfile("iv-only", "1.0.0", "IV-only ketamine protocol", "Clinic IV",
            "2.0.0", new ActiveProfile.Approval("Dr A. Example", "Medical director"), "2026-12-01", List.of(Modality.IV_INFUSION),
            ParameterValues.defaults(), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

    static Cards cards(ActiveProfile profile) {
        return new Cards(Intakes.SCREENER.ruleSet().reference(), BASE + Routes.V1_RULESET, SCREENER_V2.ruleSet().reference(),
                BASE + Routes.V2_RULESET, profile, BASE + "/");
    }

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

        Card card = CARDS.notScreenable(HOOK_INSTANCE, problem, Cards.RuleSetVersion.V1);

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

    // --- api-contract §9.6: versions and the profile ---------------------------------------------------------

    static final java.nio.file.Path V2_DIR = java.nio.file.Path.of("src/test/resources/scenarios-v2");

    /** A v2 scenario: the reference request, or it with a merge patch of scenarios-v2. */
    static com.fasterxml.jackson.databind.JsonNode v2Request(String scenario) {
        try {
            var reference = Intakes.JSON.readTree(V2_DIR.resolve("reference.request.json").toFile());
            return scenario.equals("reference") ? reference
                    : MergePatch.apply(reference, Intakes.JSON.readTree(V2_DIR.resolve(scenario + ".patch.json").toFile()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ScreeningResponseV2 answerV2(String scenario, ActiveProfile profile) {
        IntakeV2 intake = Intakes.READER.read(Intakes.bytes(v2Request(scenario)), IntakeV2.class);
        return ScreeningResponseV2.of(SCREENER_V2.screen(profile.subject(intake)), profile);
    }

    static Stream<String> v2Scenarios() {
        return Stream.of("reference", "blocked-nose-and-no-peer-monitor-leave-iv-eligible",
                "audit-c-8-needs-review-in-clinic-and-is-ineligible-oral", "alcohol-withdrawal-history-oral-only-is-ineligible",
                "age-65-needs-review");
    }

    /** A v2 card: every modality with its conditions and their parameters, every finding with its modalities, the profile line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v2Scenarios")
    void shouldWordAV2AnswerWithItsConditionsParametersAndModalitiesAndEndWithTheProfileLine(String scenario) {
        ScreeningResponseV2 answer = answerV2(scenario, ActiveProfile.REFERENCE);
        Card card = CARDS.screened(HOOK_INSTANCE, answer);

        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
        assertEquals(Cards.indicator(answer.verdict()), card.indicator());
        assertEquals("ketascreen ketamine-migraine rule set 2.0.0", card.source().label());
        assertEquals(BASE + Routes.V2_RULESET, card.source().url());
        assertEquals(answer, card.extension().screening(), "the extension is the whole v2 answer");
        assertTrue(card.summary().length() < 140, card.summary());
        String detail = card.detail();
        assertTrue(detail.endsWith("\n\n" + PROFILE_LINE), detail);
        assertFalse(detail.contains("{"), "every placeholder filled: " + detail);
        for (ScreeningResponseV2.ModalityResultV2 m : answer.modalities()) {
            assertTrue(detail.contains(": **" + m.verdict().name().replace("INELIGIBLE", "NOT ELIGIBLE").replace('_', ' ') + "**"),
                    m.modality() + " in " + detail);
        }
        for (ScreeningResponse.FindingView f : answer.findings()) {
            assertTrue(detail.contains("- **" + f.ruleId() + "** "), f.ruleId() + " in " + detail);
            assertTrue(detail.contains(Cards.escape(f.message())), f.ruleId() + "'s message in " + detail);
        }
        for (String step : answer.nextSteps()) {
            assertTrue(detail.contains(". " + Cards.escape(step) + "\n"), step + " in " + detail);
        }
        assertEquals(json(card), json(CARDS.screened(HOOK_INSTANCE, answerV2(scenario, ActiveProfile.REFERENCE))),
                "same request, same profile: same bytes");
    }

    @Test
    void shouldSayTheConditionsParametersAndWhichModalitiesAFindingIsFor() {
        Card reference = CARDS.screened(HOOK_INSTANCE, answerV2("reference", ActiveProfile.REFERENCE));
        Card alcohol = CARDS.screened(HOOK_INSTANCE, answerV2("audit-c-8-needs-review-in-clinic-and-is-ineligible-oral",
                ActiveProfile.REFERENCE));

        assertTrue(reference.detail().contains("- IV infusion: **ELIGIBLE**, only with in-clinic monitoring, a responsible adult to "
                + "escort the patient home, no driving until the next day, no alcohol, cannabis or non-prescribed drug from 24 h "
                + "before to 24 h after each dose\n"), reference.detail());
        assertTrue(reference.detail().contains("blood pressure and pulse checked before each dose (hold above 140/90 mmHg, pulse "
                + "above 100 or below 50)"), reference.detail());
        assertTrue(alcohol.detail().contains("- **ALC-2** ineligible, oral micro-dose only: "), alcohol.detail());
        assertTrue(alcohol.detail().contains("- **ALC-2** needs review, IV infusion and intranasal only: "), alcohol.detail());
        assertEquals("IV infusion, intranasal and oral micro-dose", Cards.list(List.of("IV infusion", "intranasal", "oral micro-dose")));
    }

    /** Every v1 card ends with the v1 line; before it, the card is what it was before rule set 2.0.0. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    void shouldEndEveryV1CardWithTheV1Line(String scenario) {
        Card card = CARDS.screened(HOOK_INSTANCE, answer(scenario));

        assertTrue(card.detail().endsWith(". Decision support, not a prescription. This card's extension `ketascreen.screening` "
                + "holds the whole answer, every finding by rule id.\n\n" + V1_LINE), card.detail());
        assertEquals("ketascreen ketamine-migraine rule set " + Catalogue.VERSION, card.source().label());
    }

    @Test
    void shouldEndTheOtherCardsWithTheLineOfTheirVersion() {
        Problem problem = Problems.invalidRequest(new InvalidIntakeException(List.of(Cards.questionnaireVersion()), 1));

        assertTrue(CARDS.noIntake(HOOK_INSTANCE).detail().endsWith("\n\n" + PROFILE_LINE));
        assertTrue(CARDS.notScreenable(HOOK_INSTANCE, problem, Cards.RuleSetVersion.V2).detail().endsWith("\n\n" + PROFILE_LINE));
        assertTrue(CARDS.notScreenable(HOOK_INSTANCE, problem, Cards.RuleSetVersion.V1).detail().endsWith("\n\n" + V1_LINE));
        assertTrue(cards(IV_ONLY).noIntake(HOOK_INSTANCE).detail()
                .endsWith("\n\nRule set ketamine-migraine 2.0.0 · profile IV-only ketamine protocol (iv-only 1.0.0)"));
        assertTrue(cards(IV_ONLY).screened(HOOK_INSTANCE, answer("reference")).detail()
                .endsWith("not screened under IV-only ketamine protocol: ask the patient to complete the intake again"));
    }

    /** api-contract §9.6: under a profile without a modality, a v1 card's summary never names it as available. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    void shouldNeverNameAModalityTheProfileDoesNotOfferInAV1Summary(String scenario) {
        ScreeningResponse answer = answer(scenario);
        Card card = cards(IV_ONLY).screened(HOOK_INSTANCE, answer);

        String summary = card.summary().toLowerCase(java.util.Locale.ROOT);
        assertFalse(summary.contains("oral") || summary.contains("intranasal"), card.summary());
        assertTrue(card.summary().length() < 140, card.summary());
        CdsHooksSchemas.assertValid(CdsHooksSchemas.RESPONSE, json(card));
        assertEquals(answer, card.extension().screening(), "the extension stays the v1 answer");
        assertFalse(card.detail().contains("Oral micro-dose: **ELIGIBLE**, only with"), card.detail());
    }

    @Test
    void shouldReadAV1AnswerAgainstTheOfferedModalitiesOnly() {
        ScreeningResponse oralOnlyEligible = answer("no-escort-in-clinic-modalities-need-review-oral-eligible");
        ScreeningResponse oralRequested = ScreeningResponse.of(Intakes.screen(Intakes.with("logistics.requestedModalities",
                List.of("ORAL_MICRODOSE"))));

        Card card = cards(IV_ONLY).screened(HOOK_INSTANCE, oralOnlyEligible);
        Card none = cards(IV_ONLY).screened(HOOK_INSTANCE, oralRequested);

        assertEquals(Verdict.ELIGIBLE, oralOnlyEligible.verdict());
        assertEquals(Indicator.WARNING, card.indicator());
        assertTrue(card.summary().startsWith("Ketamine screening: NEEDS REVIEW"), card.summary());
        assertTrue(card.detail().startsWith("**NEEDS REVIEW**"), card.detail());
        assertTrue(card.detail().contains("- Oral micro-dose: **ELIGIBLE**, not offered under this clinic's profile\n"), card.detail());
        assertEquals(Indicator.WARNING, none.indicator());
        assertEquals("Ketamine screening: no requested modality is offered here (v1 intake). Ask the patient to complete the intake "
                + "again.", none.summary());
        assertEquals(json(card), json(cards(IV_ONLY).screened(HOOK_INSTANCE, oralOnlyEligible)), "same answer, same profile: same bytes");
    }
}
