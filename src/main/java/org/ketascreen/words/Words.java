package org.ketascreen.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.intake.Modality;
import org.ketascreen.json.Json;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.NextStep;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.Outcome;

/**
 * Every word the service and its intake page show to people, from one file per language: for patients (the
 * questionnaire, the next steps, the page's verdicts, conditions and messages) and for clinicians (the CDS Hooks
 * card's words for each code, the page's clinician view). English is the only language:
 * {@value #ENGLISH_RESOURCE}, under the page's files so that the page fetches the very file the Java code reads
 * (docs/intake-page.md). Rule titles and finding messages are rule data and stay in the rule declarations.
 *
 * <p>Read once; the service does not start when a section keyed by a code lacks a word for one of the code's
 * constants, has one for a constant that does not exist, lists them in another order than the enum, or when a
 * property name is repeated: every code has exactly one word per audience.
 */
public record Words(Patient patient, Clinician clinician) {

    public static final String ENGLISH_RESOURCE = "/META-INF/resources/intake/words/en.json";
    public static final Words ENGLISH = load(ENGLISH_RESOURCE);

    /** A question's words; {@code ucum} is the unit's UCUM code where the question has a unit. */
    public record Question(String text, String help, String unit, String ucum) {
    }

    /** How the page names a verdict: the badge of a treatment, and the answer's title and lead sentence. */
    public record VerdictWords(String badge, String title, String lead) {
        public VerdictWords {
            noBlank("patient.verdicts", Arrays.asList(badge, title, lead));
        }
    }

    /**
     * @param questions  by questionnaire path: question, help, unit
     * @param questionsV2 by path of intake version 2 (api-contract §9.2): its new questions, and the v1 paths whose
     *                   words v2 changes (the v1 questionnaire stays worded as it was); a {@code {name}} in a v2 text
     *                   is the value of that profile parameter (§10.6)
     * @param options    by enum simple name, then constant: the answer options' labels
     * @param nextSteps  the answer's next steps
     * @param verdicts   the page's verdict badge, title and lead
     * @param conditions how each modality condition is said to the patient
     * @param outcomes   the page's heading above the findings of each outcome, most severe first
     * @param addLabels  by questionnaire path of a repeating group: what its "+" button adds
     * @param page       the page's own sentences, {@code {name}} marking what the page fills in
     */
    public record Patient(Map<String, Question> questions, Map<String, Question> questionsV2,
                          Map<String, Map<String, String>> options,
                          Map<NextStep, String> nextSteps, Map<Verdict, VerdictWords> verdicts,
                          Map<ModalityCondition, String> conditions, Map<Outcome, String> outcomes,
                          Map<String, String> addLabels, Map<String, String> page) {
        public Patient {
            questions = Map.copyOf(present("patient.questions", questions));
            questionsV2 = Map.copyOf(present("patient.questionsV2", questionsV2));
            options = Map.copyOf(present("patient.options", options));
            nextSteps = complete("patient.nextSteps", NextStep.class, nextSteps);
            verdicts = complete("patient.verdicts", Verdict.class, verdicts);
            conditions = complete("patient.conditions", ModalityCondition.class, conditions);
            outcomes = complete("patient.outcomes", Outcome.class, outcomes);
            addLabels = sentences("patient.addLabels", addLabels);
            page = sentences("patient.page", page);
        }

        /** A question's words in intake version 2: its v2 words, or the v1 words where v2 keeps them. */
        public Question questionV2(String path) {
            Question v2 = questionsV2.get(path);
            return v2 != null ? v2 : questions.get(path);
        }

        public String nextStep(NextStep step) {
            return nextSteps.get(step);
        }
    }

    /**
     * @param verdicts             the card's verdict, as in its summary: {@code NOT ELIGIBLE}
     * @param actions              what the card's summary tells the clinician to do
     * @param headlines            the sentence after the verdict in the card's detail
     * @param modalities           a modality in the card's sentences
     * @param conditions           a modality condition in the card's sentences
     * @param outcomes             a finding's outcome in the card's detail
     * @param frequencies          ICHD-3 migraine frequency in the card's detail
     * @param treatmentResistances EHF 2020 treatment resistance in the card's detail
     * @param card                 the card's own sentences, {@code {name}} marking what the card fills in (the rule set,
     *                             the profile, a list of modalities)
     * @param page                 the page's clinician view, {@code {name}} marking what the page fills in
     */
    public record Clinician(Map<Verdict, String> verdicts, Map<Verdict, String> actions, Map<Verdict, String> headlines,
                            Map<Modality, String> modalities, Map<ModalityCondition, String> conditions,
                            Map<Outcome, String> outcomes, Map<MigraineProfile.Frequency, String> frequencies,
                            Map<MigraineProfile.TreatmentResistance, String> treatmentResistances, Map<String, String> card,
                            Map<String, String> page) {
        public Clinician {
            verdicts = complete("clinician.verdicts", Verdict.class, verdicts);
            actions = complete("clinician.actions", Verdict.class, actions);
            headlines = complete("clinician.headlines", Verdict.class, headlines);
            modalities = complete("clinician.modalities", Modality.class, modalities);
            conditions = complete("clinician.conditions", ModalityCondition.class, conditions);
            outcomes = complete("clinician.outcomes", Outcome.class, outcomes);
            frequencies = complete("clinician.frequencies", MigraineProfile.Frequency.class, frequencies);
            treatmentResistances = complete("clinician.treatmentResistances", MigraineProfile.TreatmentResistance.class,
                    treatmentResistances);
            card = sentences("clinician.card", card);
            page = sentences("clinician.page", page);
        }
    }

    public Words {
        present("patient", patient);
        present("clinician", clinician);
    }

    /** Reads and checks one language's file from the class path. */
    public static Words load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the words of " + resource + " cannot be read", e);
        }
    }

    /** A words file, checked: a repeated property name, an unknown code or a missing word refuses it. */
    static Words read(InputStream in) throws IOException {
        JsonNode tree = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).readTree(in);
        return Json.MAPPER.treeToValue(tree, Words.class);
    }

    /** One word for each constant of the code, in the code's order (the order the page shows them in). */
    static <E extends Enum<E>, V> Map<E, V> complete(String section, Class<E> code, Map<E, V> words) {
        present(section, words);
        List<E> constants = List.of(code.getEnumConstants());
        if (!List.copyOf(words.keySet()).equals(constants)) {
            throw new IllegalStateException(section + " needs one word for each of " + constants + ", in that order; it has "
                    + words.keySet());
        }
        noBlank(section, words.values());
        return Collections.unmodifiableMap(new EnumMap<>(words));
    }

    private static Map<String, String> sentences(String section, Map<String, String> words) {
        noBlank(section, present(section, words).values());
        return Map.copyOf(words);
    }

    private static <T> T present(String section, T value) {
        if (value == null) {
            throw new IllegalStateException("words missing: " + section);
        }
        return value;
    }

    private static void noBlank(String section, Collection<?> words) {
        for (Object word : words) {
            if (word == null || (word instanceof String s && s.isBlank())) {
                throw new IllegalStateException("a blank word in " + section);
            }
        }
    }
}
