package org.ketascreen.cdshooks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ketascreen.words.Words;

/**
 * The sentences of a card that are the card's own (not a word for a code), each with the placeholders the card
 * fills, in the order {@link #say} takes their values. The words are in the words file's {@code clinician.card}
 * section: one sentence per constant, with exactly these placeholders, and no other sentence (checked when this class
 * is loaded, and by WordsTest).
 */
public enum CardSentence {
    /** The last line of a card about a v2 intake, or about no intake (api-contract §9.6). */
    PROFILE_LINE("profileLine", "ruleSetId", "ruleSetVersion", "title", "id", "version"),
    /** The last line of a card about an unversioned or {@code |1.x.y} intake, screened or not (§9.6). */
    V1_LINE("v1Line", "ruleSetId", "ruleSetVersion", "title"),
    /** The heading of a v2 card's modalities: the screened ones (requested, or every offered one). */
    MODALITIES_SCREENED("modalitiesScreened"),
    /** A v2 finding that applies to every screened modality. */
    EVERY_SCREENED_MODALITY("everyScreenedModality"),
    /** A v2 finding that applies to some of the screened modalities. */
    ONLY_FOR("onlyFor", "modalities"),
    /** The last two items of a list of three or more. */
    LIST_AND("listAnd", "list", "last"),
    /** After the verdict of a v1 modality the active profile does not offer. */
    NOT_OFFERED("notOffered"),
    /** A v1 card's summary when the profile offers none of the requested modalities (and nothing is urgent). */
    NONE_OFFERED("noneOffered"),
    /** The first line of that card's detail. */
    NONE_OFFERED_HEADLINE("noneOfferedHeadline"),
    /** The paragraph before a v2 card's last line. */
    CLOSING("closing"),
    /** The violation at {@code questionnaire} of an intake of another major version (§9.6). */
    QUESTIONNAIRE_VERSION("questionnaireVersion");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");
    private static final Map<String, String> WORDS = checked(Words.ENGLISH.clinician().card());

    private final String key;
    private final List<String> placeholders;

    CardSentence(String key, String... placeholders) {
        this.key = key;
        this.placeholders = List.of(placeholders);
    }

    /** The sentence's key in the words file's {@code clinician.card} section. */
    public String key() {
        return key;
    }

    /** The names the card fills in, in the order {@link #say} takes their values. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The sentence with its placeholders filled by {@code values}, in the order of {@link #placeholders()}. */
    String say(Object... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException(key + " fills " + placeholders + ", given " + values.length + " values");
        }
        String sentence = WORDS.get(key);
        for (int i = 0; i < values.length; i++) {
            sentence = sentence.replace("{" + placeholders.get(i) + "}", String.valueOf(values[i]));
        }
        return sentence;
    }

    /** The placeholder names of a sentence, sorted. */
    public static Set<String> placeholders(String sentence) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One sentence per constant with exactly its placeholders, and no other: or the card cannot be worded. */
    private static Map<String, String> checked(Map<String, String> words) {
        Set<String> keys = new TreeSet<>();
        for (CardSentence s : values()) {
            keys.add(s.key);
            String sentence = words.get(s.key);
            if (sentence == null) {
                throw new IllegalStateException("words missing: clinician.card." + s.key);
            }
            if (!placeholders(sentence).equals(new TreeSet<>(s.placeholders))) {
                throw new IllegalStateException("clinician.card." + s.key + " must fill exactly " + s.placeholders);
            }
        }
        if (!keys.equals(new TreeSet<>(words.keySet()))) {
            throw new IllegalStateException("clinician.card holds sentences no card says: " + words.keySet());
        }
        return words;
    }
}
