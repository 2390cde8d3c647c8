package org.ketascreen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.json.Json;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.testing.HapiValidation;
import org.ketascreen.testing.QuestionnaireResponses;

/**
 * The intake version 2 questionnaire (api-contract §9.1, §9.2, §10.6): one definition, two renderings item for item,
 * §9.2's group order, the §9.1 enableWhen encoding written out gate by gate, rendered for a profile (offered
 * modalities only, the questions only other modalities ask left out, parameters quoted), valid R4 for HAPI; and the
 * version 1 renderings byte for byte as they were before version 2 existed.
 */
class QuestionnaireV2Test {

    static final String MODALITY_SYSTEM = "https://ketascreen.org/fhir/CodeSystem/modality";
    static final String ANSWER_SYSTEM = "https://ketascreen.org/fhir/CodeSystem/answer";

    /** Only intravenous, with every quoted parameter moved. */
    static final ActiveProfile IV_ONLY = profile("iv-only", List.of(Modality.IV_INFUSION));
    /** Only oral micro-dosing at home, with every quoted parameter moved. */
    static final ActiveProfile ORAL_ONLY = profile("oral-only", List.of(Modality.ORAL_MICRODOSE));

    static ActiveProfile profile(String id, List<Modality> offered) {
        return new ActiveProfile(id, "1.0.0", "Clinic " + id, "Clinic", "2.0.0", new ActiveProfile.Approval("Dr A", "Director"),
                "2026-12-01", offered, ParameterValues.of(Map.of(Parameters.ABSTAIN_BEFORE_HOURS, 48,
                Parameters.ABSTAIN_AFTER_HOURS, 36, Parameters.RECENT_FLARE_WINDOW_MONTHS, 6, Parameters.BP5_MAX_AGE_DAYS, 14)),
                "0".repeat(64));
    }

    static final QuestionnaireDefinition REFERENCE = QuestionnaireDefinition.v2(ActiveProfile.REFERENCE);
    static final ObjectNode FHIR = FhirQuestionnaire.of(REFERENCE, QuestionnaireDefinition.VERSION_2);

    static Stream<ActiveProfile> profiles() {
        return Stream.of(ActiveProfile.REFERENCE, IV_ONLY, ORAL_ONLY);
    }

    @Nested
    class Version1 {

        /** Captured from the renderings before version 2 existed (commit b774dda): the v1 door is frozen (§11). */
        @Test
        void shouldRenderVersion1ByteForByteAsBefore() throws IOException {
            QuestionnaireDefinition v1 = QuestionnaireDefinition.load();
            assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/questionnaire/v1.fhir.json")),
                    Json.bytes(FhirQuestionnaire.of(v1, Catalogue.VERSION)));
            assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/questionnaire/v1.json")),
                    Json.bytes(QuestionnaireView.of(v1, Catalogue.ruleSet())));
        }
    }

    @Nested
    class Structure {

        @Test
        void shouldAskTheGroupsInTheOrderOfTheContract() {
            assertEquals(List.of("patient", "headache", "referral", "redFlags", "treatments", "priorKetamine", "psychiatric",
                    "substanceUse", "alcohol", "cardiovascular", "respiratory", "conditions", "currentMedications", "logistics",
                    "home"), REFERENCE.items().stream().map(QuestionnaireDefinition.Item::path).toList());
            assertEquals(List.of("substanceUse.ketamineOrDissociativeMisuse", "substanceUse.ketamineUseDisorder",
                    "substanceUse.substanceUseDisorder", "substanceUse.recreationalDrugUseLastMonth", "substanceUse.cannabis",
                    "substanceUse.cannabisPrescribed", "substanceUse.tobaccoOrNicotine", "substanceUse.canAbstainAroundDoses"),
                    children("substanceUse"));
            assertEquals(List.of("respiratory.lungCondition", "respiratory.homeOxygenOrVentilator", "respiratory.recentFlareUp",
                    "respiratory.sleepApnoea", "respiratory.sleepApnoeaTreated", "respiratory.stopBang",
                    "respiratory.restingSpo2Percent"), children("respiratory"));
        }

        @Test
        void shouldAskEveryPathOfTheV2RequestUnderTheReferenceProfile() {
            assertEquals(QuestionnaireDefinition.paths(IntakeV2.class), REFERENCE.linkIds());
        }

        /** One definition, two renderings: the same items in the same order with the same conditions. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.ketascreen.questionnaire.QuestionnaireV2Test#profiles")
        void shouldRenderTheSameItemsAndConditionsInJsonAndFhir(ActiveProfile profile) {
            QuestionnaireDefinition definition = QuestionnaireDefinition.v2(profile);
            QuestionnaireViewV2 json = QuestionnaireViewV2.of(definition, Catalogue.ruleSet());
            List<JsonNode> fhirItems = questions(FhirQuestionnaire.of(definition, QuestionnaireDefinition.VERSION_2));

            assertEquals(json.items().stream().map(QuestionnaireViewV2.Question::path).toList(),
                    fhirItems.stream().map(i -> i.get("linkId").asText()).toList());
            for (int i = 0; i < fhirItems.size(); i++) {
                assertEquals(conditions(json.items().get(i)), conditions(fhirItems.get(i)), json.items().get(i).path());
            }
            assertEquals(new org.ketascreen.screening.ProfileReference(profile.id(), profile.version(), profile.sha256()), json.profile());
        }

        /** The JSON questionnaire: v1's format plus profile, conditions as a list in its own words. */
        @Test
        void shouldWriteTheProfileAndTheConditionsInTheJsonFormat() throws IOException {
            JsonNode json = Json.MAPPER.readTree(Json.bytes(QuestionnaireViewV2.of(REFERENCE, Catalogue.ruleSet())));
            assertEquals(List.of("id", "ruleset", "profile", "items"), fieldNames(json));
            assertEquals(Json.MAPPER.readTree("{\"id\":\"reference\",\"version\":\"2.0.0\",\"sha256\":\""
                    + ActiveProfile.REFERENCE.sha256() + "\"}"), json.get("profile"));
            JsonNode home = null;
            JsonNode always = null;
            for (JsonNode item : json.get("items")) {
                home = item.get("path").asText().equals("home") ? item : home;
                always = item.get("path").asText().equals("patient.ageYears") ? item : always;
            }
            assertEquals(Json.MAPPER.readTree("[{\"path\":\"logistics.requestedModalities\",\"equals\":\"ORAL_MICRODOSE\"},"
                    + "{\"path\":\"logistics.requestedModalities\",\"answered\":false}]"), home.get("enableWhen"));
            assertFalse(always.has("enableWhen"));
        }

        @Test
        void shouldServeVersion2UnderTheSameCanonicalAsVersion1() {
            assertEquals(QuestionnaireDefinition.CANONICAL_URL, FHIR.get("url").asText());
            assertEquals("2.0.0", FHIR.get("version").asText());
            assertEquals(QuestionnaireDefinition.ID, FHIR.get("id").asText());
            assertTrue(FHIR.get("description").asText().contains("POST /api/v2/screenings"));
        }
    }

    /** §9.1's encoding, written out by hand for a handful of gates. */
    @Nested
    class EnableWhen {

        @Test
        void shouldAskStopBangWhenSleepApnoeaIsNoOrUnknown() {
            assertGate("respiratory.stopBang", "any", eq("respiratory.sleepApnoea", ANSWER_SYSTEM, "NO"),
                    eq("respiratory.sleepApnoea", ANSWER_SYSTEM, "UNKNOWN"));
        }

        @Test
        void shouldAskTheAlcoholFollowUpsForEveryFrequencyButNeverUnknownIncluded() {
            String system = "https://ketascreen.org/fhir/CodeSystem/audit-frequency";
            for (String followUp : List.of("alcohol.typicalDrinks", "alcohol.sixOrMore", "alcohol.withdrawalEver")) {
                assertGate(followUp, "any", eq("alcohol.frequency", system, "MONTHLY_OR_LESS"),
                        eq("alcohol.frequency", system, "TWO_TO_FOUR_PER_MONTH"), eq("alcohol.frequency", system, "TWO_TO_THREE_PER_WEEK"),
                        eq("alcohol.frequency", system, "FOUR_OR_MORE_PER_WEEK"), eq("alcohol.frequency", system, "UNKNOWN"));
            }
        }

        @Test
        void shouldAskTheRestingSpo2WhenEitherGateIsYes() {
            assertGate("respiratory.restingSpo2Percent", "any", eq("respiratory.lungCondition", ANSWER_SYSTEM, "YES"),
                    eq("respiratory.sleepApnoea", ANSWER_SYSTEM, "YES"));
        }

        @Test
        void shouldAskHomeWhenOralIsRequestedOrNothingIs() {
            assertGate("home", "any", eq("logistics.requestedModalities", MODALITY_SYSTEM, "ORAL_MICRODOSE"),
                    none("logistics.requestedModalities"));
        }

        @Test
        void shouldAskTheEscortWhenAnInClinicModalityIsRequestedOrNothingIs() {
            assertGate("logistics.responsibleAdultAvailable", "any",
                    eq("logistics.requestedModalities", MODALITY_SYSTEM, "IV_INFUSION"),
                    eq("logistics.requestedModalities", MODALITY_SYSTEM, "INTRANASAL"), none("logistics.requestedModalities"));
            assertGate("logistics.nasalBlockage", "any", eq("logistics.requestedModalities", MODALITY_SYSTEM, "INTRANASAL"),
                    none("logistics.requestedModalities"));
        }

        @Test
        void shouldGateMonthsSinceLastDoseOnTheSameRepetitionsDrugClass() {
            String system = "https://ketascreen.org/fhir/CodeSystem/preventive-class";
            assertGate("treatments.preventive[].monthsSinceLastDose", "any",
                    eq("treatments.preventive[].drugClass", system, "ONABOTULINUMTOXIN_A"),
                    eq("treatments.preventive[].drugClass", system, "CGRP_PATHWAY"));
            JsonNode repetition = item(FHIR, "treatments.preventive");
            assertTrue(repetition.get("repeats").asBoolean());
            assertTrue(children(repetition).contains("treatments.preventive[].drugClass"), "the gate is in the same repetition");
        }

        @Test
        void shouldStateOneConditionWithBehaviourAll() {
            assertGate("referral.recordsConsent", "all", eq("referral.ongoingClinician", ANSWER_SYSTEM, "YES"));
            assertGate("substanceUse.ketamineUseDisorder", "all",
                    eq("substanceUse.ketamineOrDissociativeMisuse.answer", ANSWER_SYSTEM, "YES"));
        }

        /** Never {@code !=}; {@code exists} only for the modality gate; every question named exists and comes first. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.ketascreen.questionnaire.QuestionnaireV2Test#profiles")
        void shouldUseOnlyEqualsAndTheModalityGatesExistsFalse(ActiveProfile profile) {
            List<String> seen = new ArrayList<>();
            for (JsonNode item : questions(FhirQuestionnaire.of(QuestionnaireDefinition.v2(profile), "2.0.0"))) {
                for (JsonNode condition : item.path("enableWhen")) {
                    String operator = condition.get("operator").asText();
                    assertTrue(operator.equals("=") || operator.equals("exists"), item.get("linkId") + " " + operator);
                    if (operator.equals("exists")) {
                        assertEquals("logistics.requestedModalities", condition.get("question").asText());
                        assertFalse(condition.get("answerBoolean").asBoolean());
                    }
                    assertTrue(seen.contains(condition.get("question").asText()), condition + " names an earlier item");
                }
                if (item.has("enableWhen")) {
                    assertEquals(item.get("enableWhen").size() > 1 ? "any" : "all", item.get("enableBehavior").asText());
                }
                seen.add(item.get("linkId").asText());
            }
        }

        private void assertGate(String linkId, String behaviour, JsonNode... conditions) {
            JsonNode item = item(FHIR, linkId);
            assertEquals(List.of(conditions), list(item.get("enableWhen")), linkId);
            assertEquals(behaviour, item.get("enableBehavior").asText(), linkId);
        }
    }

    /** §10.6: rendered for the profile. */
    @Nested
    class ForAProfile {

        @Test
        void shouldLeaveOutHomeAndTheNasalQuestionWithoutOralAndIntranasal() {
            QuestionnaireDefinition iv = QuestionnaireDefinition.v2(IV_ONLY);
            assertFalse(iv.linkIds().contains("home"));
            assertFalse(iv.linkIds().contains("home.peerMonitor"));
            assertFalse(iv.linkIds().contains("logistics.nasalBlockage"));
            ObjectNode fhir = FhirQuestionnaire.of(iv, "2.0.0");
            JsonNode escort = item(fhir, "logistics.responsibleAdultAvailable");
            assertEquals(List.of(eq("logistics.requestedModalities", MODALITY_SYSTEM, "IV_INFUSION"),
                    none("logistics.requestedModalities")), list(escort.get("enableWhen")));
            assertEquals(List.of("IV_INFUSION"), codes(item(fhir, "logistics.requestedModalities")));
        }

        @Test
        void shouldLeaveOutTheEscortAndTheNasalQuestionForOralOnly() {
            QuestionnaireDefinition oral = QuestionnaireDefinition.v2(ORAL_ONLY);
            assertFalse(oral.linkIds().contains("logistics.responsibleAdultAvailable"));
            assertFalse(oral.linkIds().contains("logistics.nasalBlockage"));
            assertTrue(oral.linkIds().contains("home.secureStorage"));
            ObjectNode fhir = FhirQuestionnaire.of(oral, "2.0.0");
            assertEquals(List.of(eq("logistics.requestedModalities", MODALITY_SYSTEM, "ORAL_MICRODOSE"),
                    none("logistics.requestedModalities")), list(item(fhir, "home").get("enableWhen")));
            assertEquals(List.of("ORAL_MICRODOSE"), codes(item(fhir, "logistics.requestedModalities")));
        }

        @Test
        void shouldQuoteTheReferenceValuesOfTheParameters() {
            assertEquals("Can you avoid alcohol, cannabis and any non-prescribed drug from 24 hours before each treatment"
                    + " until 24 hours after it?", text(REFERENCE, "substanceUse.canAbstainAroundDoses"));
            assertTrue(text(REFERENCE, "respiratory.recentFlareUp").startsWith("In the last 12 months, "));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.ketascreen.questionnaire.QuestionnaireV2Test#profiles")
        void shouldQuoteTheProfilesValuesAndLeaveNoPlaceholder(ActiveProfile profile) {
            QuestionnaireDefinition definition = QuestionnaireDefinition.v2(profile);
            ParameterValues values = profile.parameters();
            assertEquals("Can you avoid alcohol, cannabis and any non-prescribed drug from "
                    + values.integer(Parameters.ABSTAIN_BEFORE_HOURS) + " hours before each treatment until "
                    + values.integer(Parameters.ABSTAIN_AFTER_HOURS) + " hours after it?",
                    text(definition, "substanceUse.canAbstainAroundDoses"));
            assertTrue(text(definition, "respiratory.recentFlareUp").startsWith("In the last "
                    + values.integer(Parameters.RECENT_FLARE_WINDOW_MONTHS) + " months, "));
            for (QuestionnaireDefinition.Item item : definition.allItems()) {
                assertFalse(QuestionnaireDefinition.PARAMETER.matcher(item.text() + item.help()).find(), item.path());
            }
        }

        @Test
        void shouldSayWhatVersion2ChangedInTheHelpTexts() {
            assertTrue(help(REFERENCE, "cardiovascular.severeHeartDisease").contains("phaeochromocytoma"));
            assertTrue(help(REFERENCE, "currentMedications").contains("memantine or dextromethorphan only if you use it on most days"));
            assertTrue(text(REFERENCE, "substanceUse.recreationalDrugUseLastMonth").contains("other than alcohol and cannabis"));
        }
    }

    @Nested
    class ValidR4 {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.ketascreen.questionnaire.QuestionnaireV2Test#profiles")
        void shouldBeAValidR4QuestionnaireForEveryProfile(ActiveProfile profile) {
            ObjectNode questionnaire = FhirQuestionnaire.of(QuestionnaireDefinition.v2(profile), QuestionnaireDefinition.VERSION_2);
            List<HapiValidation.Message> messages = HapiValidation.validate(questionnaire.toString());
            System.out.println("HAPI on the v2 Questionnaire for " + profile.id() + ": " + messages.size() + " messages");
            messages.forEach(m -> System.out.println("  " + m));
            assertEquals(List.of(), messages.stream().filter(HapiValidation.Message::isError).toList());
        }

        @Test
        void shouldBeAValidSearchsetOfBothVersions() {
            ObjectNode bundle = FhirQuestionnaire.searchset(List.of(FHIR,
                    FhirQuestionnaire.withId(QuestionnaireResponses.QUESTIONNAIRE.deepCopy(), "ketamine-migraine-intake-v1")));
            assertEquals(List.of(), HapiValidation.errors(bundle.toString()));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    static JsonNode eq(String question, String system, String code) {
        ObjectNode condition = Json.MAPPER.createObjectNode().put("question", question).put("operator", "=");
        condition.putObject("answerCoding").put("system", system).put("code", code);
        return condition;
    }

    static JsonNode none(String question) {
        return Json.MAPPER.createObjectNode().put("question", question).put("operator", "exists").put("answerBoolean", false);
    }

    /** Every question and group of a FHIR Questionnaire, depth first, help items left out. */
    static List<JsonNode> questions(JsonNode questionnaire) {
        List<JsonNode> out = new ArrayList<>();
        flatten(questionnaire.get("item"), out);
        return out;
    }

    private static void flatten(JsonNode items, List<JsonNode> out) {
        for (JsonNode item : items) {
            if (!item.get("type").asText().equals("display")) {
                out.add(item);
                flatten(item.path("item"), out);
            }
        }
    }

    static JsonNode item(JsonNode questionnaire, String linkId) {
        return questions(questionnaire).stream().filter(i -> i.get("linkId").asText().equals(linkId)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + linkId));
    }

    static List<String> children(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.get("item").forEach(child -> out.add(child.get("linkId").asText()));
        return out;
    }

    static List<String> children(String group) {
        return REFERENCE.items().stream().filter(i -> i.path().equals(group)).findFirst().orElseThrow().children().stream()
                .map(QuestionnaireDefinition.Item::path).toList();
    }

    static List<JsonNode> list(JsonNode array) {
        assertNotNull(array);
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> codes(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.get("answerOption").forEach(o -> out.add(o.get("valueCoding").get("code").asText()));
        return out;
    }

    /** A JSON item's conditions as "question = code" / "question exists false", to compare with FHIR's. */
    static List<String> conditions(QuestionnaireViewV2.Question question) {
        if (question.enableWhen() == null) {
            return List.of();
        }
        return question.enableWhen().stream().map(c -> c.answered() != null ? c.path() + " exists false" : c.path() + " = " + c.equals())
                .toList();
    }

    static List<String> conditions(JsonNode item) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : item.path("enableWhen")) {
            out.add(c.get("operator").asText().equals("exists") ? c.get("question").asText() + " exists false"
                    : c.get("question").asText() + " = " + c.get("answerCoding").get("code").asText());
        }
        if (out.isEmpty()) {
            assertNull(item.get("enableBehavior"));
        }
        return out;
    }

    static String text(QuestionnaireDefinition definition, String path) {
        return definition.allItems().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow().text();
    }

    static String help(QuestionnaireDefinition definition, String path) {
        return definition.allItems().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow().help();
    }
}
