package org.ketascreen.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Modality;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.NextStep;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.Outcome;

/**
 * The words file is the one source of every word shown to people, and ties the codes, the Java code and the page
 * together: every code has exactly one word for each audience that sees it, in the code's order; the questionnaire
 * is worded from it with nothing left over; every sentence the page's script says is in it, with the placeholders the
 * script fills, and nothing else is.
 */
class WordsTest {

    static final Path FILE = Path.of("src/main/resources" + Words.ENGLISH_RESOURCE);
    static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/intake/intake.js");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Words WORDS = Words.ENGLISH;

    static Stream<Arguments> sectionsKeyedByCode() {
        Words.Patient p = WORDS.patient();
        Words.Clinician c = WORDS.clinician();
        return Stream.of(
                Arguments.of("patient.nextSteps", NextStep.class, p.nextSteps()),
                Arguments.of("patient.verdicts", Verdict.class, p.verdicts()),
                Arguments.of("patient.conditions", ModalityCondition.class, p.conditions()),
                Arguments.of("patient.outcomes", Outcome.class, p.outcomes()),
                Arguments.of("patient.options.Modality", Modality.class, p.options().get("Modality")),
                Arguments.of("clinician.verdicts", Verdict.class, c.verdicts()),
                Arguments.of("clinician.actions", Verdict.class, c.actions()),
                Arguments.of("clinician.headlines", Verdict.class, c.headlines()),
                Arguments.of("clinician.modalities", Modality.class, c.modalities()),
                Arguments.of("clinician.conditions", ModalityCondition.class, c.conditions()),
                Arguments.of("clinician.outcomes", Outcome.class, c.outcomes()),
                Arguments.of("clinician.frequencies", MigraineProfile.Frequency.class, c.frequencies()),
                Arguments.of("clinician.treatmentResistances", MigraineProfile.TreatmentResistance.class,
                        c.treatmentResistances()));
    }

    @ParameterizedTest(name = "{0} has one word for each {1}")
    @MethodSource("sectionsKeyedByCode")
    void shouldHaveExactlyOneWordForEveryCode(String section, Class<? extends Enum<?>> code, Map<?, ?> words) {
        List<String> constants = Arrays.stream(code.getEnumConstants()).map(Enum::name).toList();
        assertEquals(new TreeSet<>(constants), new TreeSet<>(words.keySet().stream()
                .map(k -> k instanceof Enum<?> e ? e.name() : (String) k).toList()), section);
        // in the file in the code's order, once each: the page shows the outcomes' headings in the order it reads them
        List<String> inFile = new ArrayList<>();
        file().at("/" + section.replace('.', '/')).fieldNames().forEachRemaining(inFile::add);
        assertEquals(constants, inFile, section + " in " + FILE);
    }

    /** What a broken file looks like, and the start-up check that refuses it. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("a verdict without its word", edit(f -> remove(f, "/clinician/verdicts", "NEEDS_REVIEW"))),
                Arguments.of("a word for a code that does not exist", edit(f -> put(f, "/patient/nextSteps", "CALL_A_FRIEND", "Call a friend."))),
                Arguments.of("the codes in another order", edit(f -> {
                    String word = f.at("/clinician/outcomes/URGENT_REFERRAL").asText();
                    remove(f, "/clinician/outcomes", "URGENT_REFERRAL");
                    return put(f, "/clinician/outcomes", "URGENT_REFERRAL", word);
                })),
                Arguments.of("a blank word", edit(f -> put(f, "/clinician/modalities", "INTRANASAL", " "))),
                Arguments.of("a blank page sentence", edit(f -> put(f, "/patient/page", "checking", ""))),
                Arguments.of("a verdict without its lead", edit(f -> remove(f, "/patient/verdicts/ELIGIBLE", "lead"))),
                Arguments.of("a section left out", edit(f -> remove(f, "/clinician", "frequencies"))),
                Arguments.of("an unknown section", edit(f -> put(f, "/clinician", "greetings", "Hello"))),
                Arguments.of("a word given twice", read().replace("\"BOOK\": ", "\"BOOK\": \"Book.\", \"BOOK\": ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void shouldRefuseAFileWithAWordMissingRepeatedUnknownOrOutOfOrder(String what, String broken) {
        assertThrows(Exception.class, () -> Words.read(stream(broken)), what);
    }

    @Test
    void shouldReadTheFileAsItIs() throws IOException {
        // the broken files above are edits of this one, so each is refused for its own fault
        assertEquals(WORDS, Words.read(stream(read())));
    }

    @Test
    void shouldWordEveryQuestionAndNoOther() {
        assertEquals(new TreeSet<>(QuestionnaireDefinition.paths()), new TreeSet<>(WORDS.patient().questions().keySet()));
    }

    /**
     * Version 2 words: every v2 path is worded, by its v2 words or v1's; v2 words are given only for v2 paths, and for a
     * v1 path only where they change it (the v1 questionnaire keeps its own); a {@code {name}} names a profile parameter.
     */
    @Test
    void shouldWordEveryV2QuestionAndChangeOnlyWhatV2Changes() {
        List<String> v2 = QuestionnaireDefinition.paths(org.ketascreen.intake.v2.IntakeV2.class);
        Map<String, Words.Question> v2Words = WORDS.patient().questionsV2();
        assertTrue(v2.containsAll(v2Words.keySet()), "v2 words for paths v2 does not have: "
                + new TreeSet<>(v2Words.keySet().stream().filter(p -> !v2.contains(p)).toList()));
        for (String path : v2) {
            assertTrue(WORDS.patient().questionV2(path) != null, "no words for " + path);
            Words.Question v1 = WORDS.patient().questions().get(path);
            assertTrue(v1 == null || !v1.equals(v2Words.get(path)), path + ": v2 words equal to v1's belong to v1 alone");
        }
        v2Words.forEach((path, words) -> PLACEHOLDER.matcher(words.text() + words.help()).results().forEach(m ->
                assertTrue(org.ketascreen.screening.rules.Parameters.named(m.group(1)) != null, path + " quotes " + m.group())));
    }

    @Test
    void shouldSayWhatTheAddButtonOfEveryRepeatingQuestionAdds() {
        Set<String> lists = new TreeSet<>(QuestionnaireDefinition.load().allItems().stream()
                .filter(item -> item.type().equals("list")).map(QuestionnaireDefinition.Item::path).toList());
        assertEquals(lists, new TreeSet<>(WORDS.patient().addLabels().keySet()));
    }

    /** patientSays('key', {name: ...}) and clinicianSays(...) in intake.js, with the placeholder names they fill. */
    static final Pattern SAYS = Pattern.compile("(patient|clinician)Says\\('(\\w+)'(?:, \\{([^}]*)\\})?\\)");
    static final Pattern NAME = Pattern.compile("(\\w+):");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+(?:\\.\\w+)*)\\}");

    @Test
    void shouldHoldEverySentenceThePageSaysWithThePlaceholdersItFillsAndNoOther() throws IOException {
        Map<String, Set<String>> said = new TreeMap<>();
        Matcher call = SAYS.matcher(Files.readString(SCRIPT));
        while (call.find()) {
            Set<String> names = new TreeSet<>();
            if (call.group(3) != null) {
                NAME.matcher(call.group(3)).results().forEach(m -> names.add(m.group(1)));
            }
            Set<String> before = said.putIfAbsent(call.group(1) + "." + call.group(2), names);
            assertTrue(before == null || before.equals(names), call.group() + " fills what every other call of it fills");
        }
        Map<String, Set<String>> inFile = new TreeMap<>();
        placeholders("patient", WORDS.patient().page(), inFile);
        placeholders("clinician", WORDS.clinician().page(), inFile);
        assertEquals(inFile, said, "the page's sentences in " + FILE + " and what " + SCRIPT + " says");
    }

    /** Every sentence a CDS Hooks card says (cdshooks/CardSentence) is in the file with the placeholders the card fills, and no other. */
    @Test
    void shouldHoldEverySentenceTheCardSaysWithThePlaceholdersItFillsAndNoOther() {
        Map<String, Set<String>> said = new TreeMap<>();
        for (org.ketascreen.cdshooks.CardSentence sentence : org.ketascreen.cdshooks.CardSentence.values()) {
            said.put(sentence.key(), new TreeSet<>(sentence.placeholders()));
        }
        Map<String, Set<String>> inFile = new TreeMap<>();
        WORDS.clinician().card().forEach((key, sentence) -> inFile.put(key, org.ketascreen.cdshooks.CardSentence.placeholders(sentence)));
        assertEquals(said, inFile, "the card's sentences in " + FILE + " and what cdshooks/CardSentence says");
    }

    private static void placeholders(String audience, Map<String, String> sentences, Map<String, Set<String>> out) {
        sentences.forEach((key, sentence) -> {
            Set<String> names = new TreeSet<>();
            PLACEHOLDER.matcher(sentence).results().forEach(m -> names.add(m.group(1)));
            out.put(audience + "." + key, names);
        });
    }

    // --- editing a copy of the file ---------------------------------------------------------------------

    private static String read() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode file() {
        try {
            return JSON.readTree(read());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String edit(UnaryOperator<ObjectNode> change) {
        return change.apply((ObjectNode) file()).toString();
    }

    private static ObjectNode remove(ObjectNode file, String at, String name) {
        ((ObjectNode) file.at(at)).remove(name);
        return file;
    }

    private static ObjectNode put(ObjectNode file, String at, String name, String value) {
        ((ObjectNode) file.at(at)).put(name, value);
        return file;
    }
}
