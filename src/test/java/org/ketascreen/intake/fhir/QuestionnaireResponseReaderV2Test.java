package org.ketascreen.intake.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.Violation;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.testing.HapiValidation;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.MergePatch;
import org.ketascreen.testing.QuestionnaireResponses;

/**
 * The version 2 FHIR door's reader (api-contract §9.5) against the v2 JSON reader and HAPI FHIR's validator: every v2
 * scenario as a QuestionnaireResponse of the served Questionnaire 2.0.0 (built by walking it, never by the reader) is
 * valid for HAPI and reads to the very {@link IntakeV2} its JSON reads to; every error row is refused at its fields;
 * "asked when" holds through FHIR; the {@code questionnaire} canonical picks the door; items a profile leaves out are
 * unknown linkIds; and of at least 500 mutated responses, every one HAPI rejects the reader rejects, naming the path.
 */
class QuestionnaireResponseReaderV2Test {

    static final QuestionnaireResponseReader READER = QuestionnaireResponseReader.v2(QuestionnaireDefinition.v2(ActiveProfile.REFERENCE));
    static final JsonIntakeReader JSON = new JsonIntakeReader();
    static final JsonNode QUESTIONNAIRE = QuestionnaireResponses.QUESTIONNAIRE_V2;
    static final Path DIR = Path.of("src/test/resources/scenarios-v2");
    static final JsonNode REFERENCE = read(DIR.resolve("reference.request.json"));
    static final long SEED = 20261204L;
    static final int MUTATIONS = 560;

    static Stream<String> scenarios() {
        Set<String> errors = errorRows().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        return Stream.concat(Stream.of("reference"), patches().filter(name -> !errors.contains(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldReadEachScenarioAsAValidResponseToTheIntakeItsJsonReadsTo(String scenario) {
        JsonNode request = request(scenario);
        ObjectNode response = QuestionnaireResponses.of(QUESTIONNAIRE, request);

        assertEquals(List.of(), HapiValidation.errors(response.toString()), scenario + ": HAPI finds the response invalid");
        assertEquals(JSON.read(Intakes.bytes(request), IntakeV2.class), READER.read(bytes(response), IntakeV2.class), scenario);
    }

    static Stream<Arguments> errorRows() {
        return lines(DIR.resolve("errors.csv")).skip(1).map(line -> line.split(",", -1))
                .map(cells -> Arguments.of(cells[0], new TreeSet<>(Arrays.asList(cells[2].split(" ")))));
    }

    /** Error rows a form filling in the Questionnaire cannot write: JSON shapes FHIR has no form for. */
    static final Map<String, String> NOT_A_RESPONSE = Map.of(
            "helped-unsure-is-not-an-answer", "a code the item does not offer (the mutations cover such codes)",
            "v1-style-ketamine-misuse-answer-is-rejected", "a bare answer where the Questionnaire has a group");

    /** Each other error row, as a response, is refused at exactly the fields the JSON door names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("errorRows")
    void shouldRefuseEachErrorRowAtItsFields(String scenario, Set<String> fields) {
        if (NOT_A_RESPONSE.containsKey(scenario)) {
            System.out.println("FHIR v2: " + scenario + " is no response: " + NOT_A_RESPONSE.get(scenario));
            return;
        }
        ObjectNode response = QuestionnaireResponses.of(QUESTIONNAIRE, request(scenario));
        assertEquals(fields, new TreeSet<>(violations(response)), scenario); // HAPI knows no cross-field rule: not asked
    }

    @Nested
    class AskedWhen {

        @Test
        void shouldRefuseAFollowUpPresentWhenNotAsked() {
            ObjectNode response = response();
            group(response, "respiratory").add(answer("respiratory.sleepApnoeaTreated", coding("answer", "YES")));

            assertEquals(List.of("respiratory.sleepApnoeaTreated"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() > 0);
        }

        @Test
        void shouldRefuseAFollowUpMissingWhenAsked() {
            ObjectNode response = response();
            set(response, "alcohol", "alcohol.frequency", coding("audit-frequency", "UNKNOWN"));
            group(response, "alcohol").removeIf(item -> !item.get("linkId").asText().equals("alcohol.frequency"));

            assertEquals(List.of("alcohol.typicalDrinks", "alcohol.sixOrMore", "alcohol.withdrawalEver"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() >= 3);
        }

        @Test
        void shouldRefuseAFollowUpUnderAnUnknownGate() {
            ObjectNode response = response();
            set(response, "referral", "referral.ongoingClinician", coding("answer", "UNKNOWN"));

            assertEquals(List.of("referral.recordsConsent"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() > 0);
        }

        @Test
        void shouldReadAnUnknownGateWithoutItsFollowUp() {
            ObjectNode response = response();
            set(response, "referral", "referral.ongoingClinician", coding("answer", "UNKNOWN"));
            group(response, "referral").removeIf(item -> item.get("linkId").asText().equals("referral.recordsConsent"));

            assertEquals(List.of(), violations(response));
            assertEquals(List.of(), HapiValidation.errors(response.toString()));
        }

        @Test
        void shouldAskHomeOnlyWhenOralIsScreened() {
            ObjectNode response = response();
            ArrayNode modalities = (ArrayNode) find(group(response, "logistics"), "logistics.requestedModalities").get("answer");
            modalities.removeAll().addObject().set("valueCoding", coding("modality", "IV_INFUSION"));
            group(response, "logistics").removeIf(item -> item.get("linkId").asText().equals("logistics.nasalBlockage"));

            assertEquals(List.of("home"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() > 0);

            ((ArrayNode) response.get("item")).removeIf(item -> item.get("linkId").asText().equals("home"));
            assertEquals(List.of(), violations(response));
            assertEquals(List.of(), HapiValidation.errors(response.toString()));
        }

        @Test
        void shouldRequireHomeWhenNoModalityIsRequested() {
            ObjectNode response = response();
            group(response, "logistics").removeIf(item -> item.get("linkId").asText().equals("logistics.requestedModalities"));
            ((ArrayNode) response.get("item")).removeIf(item -> item.get("linkId").asText().equals("home"));

            assertEquals(List.of("home"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() > 0);
        }

        @Test
        void shouldGateMonthsSinceLastDoseOnTheSameRepetition() {
            ObjectNode response = response();
            ArrayNode preventive = group(response, "treatments");
            ObjectNode first = (ObjectNode) find(preventive, "treatments.preventive");
            ((ArrayNode) first.get("item")).add(answer("treatments.preventive[].monthsSinceLastDose",
                    Intakes.JSON.createObjectNode().put("valueInteger", 2)));

            assertEquals(List.of("treatments.preventive[0].monthsSinceLastDose"), violations(response));
            assertTrue(HapiValidation.errors(response.toString()).size() > 0);

            set(first, "treatments.preventive[].drugClass", coding("preventive-class", "CGRP_PATHWAY"));
            assertEquals(List.of(), violations(response));
            assertEquals(List.of(), HapiValidation.errors(response.toString()));
        }
    }

    @Nested
    class Canonical {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake",
                "https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake|2.0.0",
                "https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake|2.3.1"})
        void shouldReadTheCanonicalWithoutAVersionOrWithMajor2(String canonical) {
            ObjectNode response = response();
            response.put("questionnaire", canonical);
            assertEquals(List.of(), violations(response));
        }

        @Test
        void shouldSendAVersion1ResponseToTheV1Door() {
            ObjectNode response = response();
            response.put("questionnaire", QuestionnaireDefinition.CANONICAL_URL + "|1.1.0");
            InvalidIntakeException e = assertThrows(InvalidIntakeException.class, () -> READER.read(bytes(response), IntakeV2.class));
            assertEquals("questionnaire", e.violations().get(0).field());
            assertTrue(e.violations().get(0).message().contains("/api/v1/screenings"), e.violations().toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"|3.0.0", "|20.0.0", "|latest"})
        void shouldRefuseAnotherMajor(String version) {
            ObjectNode response = response();
            response.put("questionnaire", QuestionnaireDefinition.CANONICAL_URL + version);
            assertTrue(violations(response).contains("questionnaire"));
        }

        /** The v1 door reads major 1 only, in its own words (api-contract §6.2, §9.5). */
        @Test
        void shouldRefuseAVersion2ResponseOnTheV1Door() {
            QuestionnaireResponseReader v1 = new QuestionnaireResponseReader(Catalogue.VERSION);
            ObjectNode response = QuestionnaireResponses.of(Intakes.reference());
            response.put("questionnaire", QuestionnaireDefinition.CANONICAL_URL + "|2.0.0");
            InvalidIntakeException e = assertThrows(InvalidIntakeException.class, () -> v1.read(bytes(response)));
            assertEquals(List.of(new Violation("questionnaire", "must be " + QuestionnaireDefinition.CANONICAL_URL
                    + ", optionally with |1.x.y")), e.violations());
        }

        @Test
        void shouldReadOnlyItsOwnRoot() {
            assertThrows(IllegalArgumentException.class, () -> READER.read(bytes(response()), Intake.class));
        }
    }

    /** A profile offering intravenous only: its Questionnaire has no home and no nasal question. */
    @Nested
    class ForAProfile {

        static final ActiveProfile IV_ONLY = new ActiveProfile("iv-only", "1.0.0", "Clinic IV", "Clinic", "2.0.0",
                new ActiveProfile.Approval("Dr A", "Director"), "2026-12-01", List.of(Modality.IV_INFUSION),
                ParameterValues.defaults(), "1".repeat(64));
        static final QuestionnaireDefinition DEFINITION = QuestionnaireDefinition.v2(IV_ONLY);
        static final QuestionnaireResponseReader IV_READER = QuestionnaireResponseReader.v2(DEFINITION);
        static final JsonNode IV_QUESTIONNAIRE = FhirQuestionnaire.of(DEFINITION, QuestionnaireDefinition.VERSION_2);

        /** The reference answers with IV requested and the questions the profile does not ask left out. */
        static ObjectNode ivResponse() {
            ObjectNode request = REFERENCE.deepCopy();
            request.remove("home");
            ObjectNode logistics = (ObjectNode) request.get("logistics");
            logistics.remove("nasalBlockage");
            logistics.putArray("requestedModalities").add("IV_INFUSION");
            return QuestionnaireResponses.of(IV_QUESTIONNAIRE, request);
        }

        @Test
        void shouldReadAResponseToTheProfilesQuestionnaire() {
            ObjectNode response = ivResponse();
            assertEquals(List.of(), HapiValidation.resolving(IV_QUESTIONNAIRE.toString()).apply(response.toString()).stream()
                    .filter(HapiValidation.Message::isError).toList());
            assertEquals(Set.of(Modality.IV_INFUSION), Set.copyOf(IV_READER.read(bytes(response), IntakeV2.class).logistics().modalities()));
        }

        @Test
        void shouldTreatTheQuestionsItLeavesOutAsUnknownLinkIds() {
            ObjectNode response = ivResponse();
            ObjectNode reference = QuestionnaireResponses.of(QUESTIONNAIRE, REFERENCE);
            ((ArrayNode) response.get("item")).add(find((ArrayNode) reference.get("item"), "home").deepCopy());
            group(response, "logistics").add(find(group(reference, "logistics"), "logistics.nasalBlockage").deepCopy());

            InvalidIntakeException e = assertThrows(InvalidIntakeException.class, () -> IV_READER.read(bytes(response), IntakeV2.class));
            assertEquals(List.of(new Violation("logistics.nasalBlockage", "unknown linkId"), new Violation("home", "unknown linkId")),
                    e.violations());
        }
    }

    /** Of seeded mutations of the scenarios' responses, every one HAPI rejects, the reader rejects at the item's path. */
    @Test
    void shouldRejectEveryResponseHapiRejectsNamingTheV2Path() {
        Random random = new Random(SEED);
        List<String> names = scenarios().toList();
        Map<QuestionnaireResponseReaderTest.Kind, int[]> tally = new EnumMap<>(QuestionnaireResponseReaderTest.Kind.class);
        List<String> disagreements = new ArrayList<>();
        int hapiRejected = 0;
        for (int n = 0; n < MUTATIONS; n++) {
            JsonNode request = request(names.get(random.nextInt(names.size())));
            QuestionnaireResponseReaderTest.Kind kind = QuestionnaireResponseReaderTest.Kind.values()[n % QuestionnaireResponseReaderTest.Kind.values().length];
            QuestionnaireResponseReaderTest.Mutation mutation = QuestionnaireResponseReaderTest.mutate(kind,
                    QuestionnaireResponses.of(QUESTIONNAIRE, request), QUESTIONNAIRE, random);
            if (mutation == null) {
                continue;
            }
            int[] counts = tally.computeIfAbsent(kind, k -> new int[3]);
            counts[0]++;
            List<HapiValidation.Message> errors = HapiValidation.errors(mutation.response().toString());
            List<String> fields = violations(mutation.response());
            if (!fields.isEmpty()) {
                counts[2]++;
            }
            if (errors.isEmpty()) {
                continue;
            }
            counts[1]++;
            hapiRejected++;
            if (!fields.contains(mutation.field())) {
                disagreements.add(kind + " at " + mutation.field() + ": HAPI " + errors + "; service " + fields);
            }
        }
        tally.forEach((kind, c) -> System.out.printf("FHIR v2 agreement: %-20s %3d mutations, HAPI rejected %3d, service rejected %3d%n",
                kind, c[0], c[1], c[2]));
        assertEquals(List.of(), disagreements, "responses HAPI rejects that the service reads, or names otherwise");
        assertTrue(hapiRejected >= 500, "HAPI rejected only " + hapiRejected + " mutations: the comparison tested little");
        for (QuestionnaireResponseReaderTest.Kind kind : QuestionnaireResponseReaderTest.Kind.values()) {
            assertTrue(tally.containsKey(kind) && tally.get(kind)[1] > 0, "no mutation of kind " + kind + " was rejected by HAPI");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** The fields the reader names for a response, or none when it reads it. Anything but violations fails. */
    static List<String> violations(JsonNode response) {
        try {
            READER.read(bytes(response), IntakeV2.class);
            return List.of();
        } catch (InvalidIntakeException e) {
            return e.violations().stream().map(Violation::field).toList();
        } catch (RuntimeException e) {
            return fail("the reader threw " + e.getClass().getName() + " instead of reporting violations", e);
        }
    }

    static ObjectNode response() {
        return QuestionnaireResponses.of(QUESTIONNAIRE, REFERENCE);
    }

    static JsonNode request(String scenario) {
        return scenario.equals("reference") ? REFERENCE
                : MergePatch.apply(REFERENCE, read(DIR.resolve(scenario + ".patch.json")));
    }

    static Stream<String> patches() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".patch.json"))
                    .map(f -> f.substring(0, f.length() - ".patch.json".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode group(ObjectNode response, String linkId) {
        return (ArrayNode) find((ArrayNode) response.get("item"), linkId).get("item");
    }

    static JsonNode find(ArrayNode items, String linkId) {
        for (JsonNode item : items) {
            if (item.get("linkId").asText().equals(linkId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + linkId);
    }

    /** Sets the one answer of question {@code linkId} in a group's (or repetition's) items. */
    static void set(JsonNode groupOrResponse, String linkId, JsonNode coding) {
        ArrayNode items = (ArrayNode) groupOrResponse.get("item");
        JsonNode item;
        if (groupOrResponse.has("resourceType")) {
            item = find(group((ObjectNode) groupOrResponse, linkId.substring(0, linkId.indexOf('.'))), linkId);
        } else {
            item = find(items, linkId);
        }
        ((ArrayNode) item.get("answer")).removeAll().addObject().set("valueCoding", coding);
    }

    static void set(ObjectNode response, String group, String linkId, JsonNode coding) {
        ((ArrayNode) find(group(response, group), linkId).get("answer")).removeAll().addObject().set("valueCoding", coding);
    }

    static ObjectNode answer(String linkId, JsonNode value) {
        ObjectNode item = Intakes.JSON.createObjectNode().put("linkId", linkId);
        item.putArray("answer").add(value.has("code") ? Intakes.JSON.createObjectNode().set("valueCoding", value) : value);
        return item;
    }

    static ObjectNode coding(String system, String code) {
        return Intakes.JSON.createObjectNode().put("system", QuestionnaireDefinition.CODE_SYSTEMS + system).put("code", code);
    }

    static byte[] bytes(JsonNode response) {
        return response.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode read(Path file) {
        try {
            return Intakes.JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
