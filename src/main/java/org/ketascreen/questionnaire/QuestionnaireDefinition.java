package org.ketascreen.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.Offer;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.words.Words;

/**
 * The intake questionnaire: one item per request path, in request order, nested as the request is. It
 * is the one source of both renderings, the JSON of GET /api/v1/questionnaire ({@link QuestionnaireView}; v2:
 * {@link QuestionnaireViewV2}) and the FHIR R4 Questionnaire ({@link FhirQuestionnaire}), so they cannot drift
 * from each other or from what the service accepts.
 *
 * <p>Structure (path, type, required, range, list size, allowed values, enableWhen) is read from the
 * intake records ({@link RecordSchema}); the words (question, help, option labels, units) are the patient's
 * words of {@link Words}. Version 1 is built from {@link Intake}; version 2 from {@link IntakeV2} for a clinic
 * profile (api-contract §9.1, §10.6): only the modalities it offers, no question asked only for the others, and
 * every {@code {parameter}} of a text filled with the profile's value.
 */
public final class QuestionnaireDefinition {

    public static final String ID = "ketamine-migraine-intake";
    /** The FHIR canonical URL of the Questionnaire (api-contract §6.1); a QuestionnaireResponse names it. */
    public static final String CANONICAL_URL = "https://ketascreen.org/fhir/Questionnaire/" + ID;
    /** One FHIR code system per enum, under this base (api-contract §6.1). */
    public static final String CODE_SYSTEMS = "https://ketascreen.org/fhir/CodeSystem/";
    /** The version of the intake version 2 questionnaire: rule set 2.0.0's (api-contract §9.1). */
    public static final String VERSION_2 = Catalogue.VERSION_2;

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    /** A profile parameter quoted in a v2 text: {@code {abstain.beforeHours}}. */
    static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+)\\}");

    /** Show the item only when another item has this answer (FHIR Questionnaire enableWhen). */
    @Schema(description = "Show the question only when the question at path has the answer equals.")
    public record EnableWhen(@Schema(required = true) String path, @Schema(required = true) String equals) {
    }

    @Schema(description = "An allowed value and its patient-facing label.")
    public record Option(@Schema(required = true) String value, @Schema(required = true) String label) {
    }

    /**
     * One condition of an item's enableWhen (api-contract §9.1): the question at {@code question} has the answer
     * {@code code} of {@code codeSystem} (FHIR operator {@code =}, {@code answerCoding}), or, when {@code code} is
     * null, has no answer at all (operator {@code exists}, {@code false}: the modality gate's "none requested").
     */
    public record Condition(String question, String code, String codeSystem) {

        static Condition unanswered(String question) {
            return new Condition(question, null, null);
        }

        /** The "no answer" condition ({@code exists false}). */
        public boolean unanswered() {
            return code == null;
        }
    }

    /**
     * One question or group. {@code path} uses {@code []} for "every item of the list".
     * type: group, list (repeating group), choice, multi-choice, integer. {@code codeSystem}: the FHIR code
     * system of a choice's options. {@code enableWhen}: the item is shown when any of them holds (empty: always).
     * {@code children}: the items of a group or list.
     */
    public record Item(String path, String type, boolean required, Long minimum, Long maximum, Integer minItems,
                       Integer maxItems, List<Option> options, String text, String help, String unit, String ucum,
                       List<Condition> enableWhen, String codeSystem, List<Item> children) {

        /** The one condition a version 1 item may have, in the v1 JSON form; null when it is always asked. */
        public EnableWhen v1EnableWhen() {
            if (enableWhen.isEmpty()) {
                return null;
            }
            if (enableWhen.size() > 1 || enableWhen.get(0).unanswered()) {
                throw new IllegalStateException(path + " has a condition the v1 format cannot state");
            }
            return new EnableWhen(enableWhen.get(0).question(), enableWhen.get(0).code());
        }
    }

    private final Class<? extends Record> root;
    private final ActiveProfile profile;
    private final List<Item> items;

    private QuestionnaireDefinition(Class<? extends Record> root, ActiveProfile profile, List<Item> items) {
        this.root = root;
        this.profile = profile;
        this.items = List.copyOf(items);
    }

    /** The request record the questionnaire asks for: {@link Intake} (version 1) or {@link IntakeV2}. */
    public Class<? extends Record> root() {
        return root;
    }

    /** The clinic profile a version 2 questionnaire is rendered for; null for version 1, which names none. */
    /** The modalities this questionnaire's profile offers, and whose offer it is; every one for version 1. */
    public Offer offer() {
        return profile == null ? Offer.EVERY : new Offer(profile.id(), profile.modalitiesOffered());
    }

    public ActiveProfile profile() {
        return profile;
    }

    /** The top-level items (the request's sections), each with its children. */
    public List<Item> items() {
        return items;
    }

    /** Every item, depth first in request order: a group before its children. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        flatten(items, all);
        return all;
    }

    /** Every path this questionnaire asks, in order (the linkIds of its FHIR rendering, help items aside). */
    public List<String> linkIds() {
        return allItems().stream().map(Item::path).toList();
    }

    private static void flatten(List<Item> items, List<Item> out) {
        for (Item item : items) {
            out.add(item);
            flatten(item.children(), out);
        }
    }

    /** The version 1 questionnaire. */
    public static QuestionnaireDefinition load() {
        return build(Words.ENGLISH.patient());
    }

    /** The version 2 questionnaires built so far, one per profile (a deployment has one; tests a few). */
    private static final Map<ActiveProfile, QuestionnaireDefinition> V2 = new ConcurrentHashMap<>();

    /**
     * The version 2 questionnaire rendered for a clinic profile (api-contract §9.1, §10.6): built once per profile,
     * the same instance for every door that renders or reads it (the v2 resource, /fhir, CDS Hooks).
     */
    public static QuestionnaireDefinition v2(ActiveProfile profile) {
        return V2.computeIfAbsent(profile, p -> build(IntakeV2.class, p, Words.ENGLISH.patient()));
    }

    /** Builds the items; fails fast when a path or an option has no words (a test keeps it complete). */
    static QuestionnaireDefinition build(Words.Patient catalogue) {
        return new QuestionnaireDefinition(Intake.class, null,
                new Walk(catalogue.questions()::get, catalogue, null, null).items(RecordSchema.of(Intake.class), ""));
    }

    /** The version 2 items for the profile, worded by the v2 words (v1's where v2 keeps them). */
    static QuestionnaireDefinition build(Class<? extends Record> root, ActiveProfile profile, Words.Patient catalogue) {
        RecordSchema schema = RecordSchema.of(root);
        return new QuestionnaireDefinition(root, profile,
                new Walk(catalogue::questionV2, catalogue, profile, requestedModalities(schema, "")).items(schema, ""));
    }

    /** Every path the version 1 questionnaire has, in order: the list a text catalogue must cover. */
    public static List<String> paths() {
        return paths(Intake.class);
    }

    /** Every path of a request record, in order, whatever a profile leaves out. */
    public static List<String> paths(Class<?> root) {
        List<String> paths = new ArrayList<>();
        collect(RecordSchema.of(root), "", paths);
        return paths;
    }

    /** The FHIR code system of an enum's codes: {@code https://ketascreen.org/fhir/CodeSystem/headache-diagnosis}. */
    public static String codeSystem(Class<?> enumType) {
        return CODE_SYSTEM.get(enumType);
    }

    private static final ClassValue<String> CODE_SYSTEM = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> enumType) {
            return CODE_SYSTEMS + CAMEL_HUMP.matcher(enumType.getSimpleName()).replaceAll("-").toLowerCase(Locale.ROOT);
        }
    };

    private static void collect(RecordSchema schema, String prefix, List<String> out) {
        for (RecordSchema.Property p : schema.properties()) {
            String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
            out.add(path);
            if (p.kind() == RecordSchema.Kind.OBJECT) {
                collect(RecordSchema.of(p.type()), path, out);
            } else if (p.kind() == RecordSchema.Kind.LIST && p.type().isRecord()) {
                collect(RecordSchema.of(p.type()), path + "[]", out);
            }
        }
    }

    /** The path of the request's list of modalities (the question a modality gate asks about), or null. */
    private static String requestedModalities(RecordSchema schema, String prefix) {
        for (RecordSchema.Property p : schema.properties()) {
            String path = prefix + p.name();
            if (p.kind() == RecordSchema.Kind.LIST && p.type() == Modality.class) {
                return path;
            }
            if (p.kind() == RecordSchema.Kind.OBJECT) {
                String found = requestedModalities(RecordSchema.of(p.type()), path + ".");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * One walk over the records: {@code words} finds a path's words, {@code profile} (null for version 1) decides
     * which modalities and modality-gated questions there are and fills the texts' parameters.
     */
    private record Walk(Function<String, Words.Question> words, Words.Patient catalogue, ActiveProfile profile,
                        String requestedModalities) {

        List<Item> items(RecordSchema schema, String prefix) {
            List<Item> out = new ArrayList<>();
            for (RecordSchema.Property p : schema.properties()) {
                String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
                List<Condition> conditions = conditions(schema, p, prefix);
                if (conditions == null) {
                    continue; // asked only for modalities the profile does not offer (api-contract §10.6)
                }
                Words.Question text = words.apply(path);
                if (text == null || text.text() == null || text.help() == null) {
                    throw new IllegalStateException("questionnaire text missing for " + path);
                }
                if ((text.unit() == null) != (text.ucum() == null)) {
                    throw new IllegalStateException("a unit needs its UCUM code and a UCUM code its unit: " + path);
                }
                String type = switch (p.kind()) {
                    case OBJECT -> "group";
                    case INTEGER -> "integer";
                    case ENUM -> "choice";
                    case LIST -> p.type().isRecord() ? "list" : "multi-choice";
                    case STRING, JSON -> throw new IllegalStateException("the intake asks no free text: " + path);
                };
                List<Option> options = p.type().isEnum() ? options(p.type()) : null;
                List<Item> children = p.kind() == RecordSchema.Kind.OBJECT ? items(RecordSchema.of(p.type()), path)
                        : p.kind() == RecordSchema.Kind.LIST && p.type().isRecord() ? items(RecordSchema.of(p.type()), path + "[]")
                        : List.of();
                out.add(new Item(path, type, p.required(), p.min(), p.max(), p.minItems(), p.maxItems(), options,
                        fill(text.text(), path), fill(text.help(), path), text.unit(), text.ucum(), conditions,
                        p.type().isEnum() ? codeSystem(p.type()) : null, children));
            }
            return out;
        }

        /**
         * The enableWhen of a property (api-contract §9.1): one {@code =} per enabling answer of each
         * {@link org.ketascreen.intake.EnabledWhen}, in enum order, gates in declaration order; for a modality gate,
         * one {@code =} per offered modality that asks it, in enum order, then "none requested". Null when the
         * profile offers none of the modalities that ask it: the question is left out.
         */
        private List<Condition> conditions(RecordSchema schema, RecordSchema.Property p, String prefix) {
            List<Condition> conditions = new ArrayList<>();
            for (RecordSchema.Condition gate : p.gates()) {
                String question = (prefix.isEmpty() ? "" : prefix + ".") + gate.questionName();
                gate.answers().stream().map(a -> (Enum<?>) a).sorted(Comparator.comparingInt(Enum::ordinal))
                        .forEach(a -> conditions.add(new Condition(question, a.name(), codeSystem(a.getDeclaringClass()))));
            }
            if (p.screenedBy() != null) {
                for (Modality modality : Modality.values()) {
                    if (p.screenedBy().contains(modality) && offers(modality)) {
                        conditions.add(new Condition(requestedModalities, modality.name(), codeSystem(Modality.class)));
                    }
                }
                if (conditions.isEmpty()) {
                    return null;
                }
                conditions.add(Condition.unanswered(requestedModalities));
            }
            return List.copyOf(conditions);
        }

        private boolean offers(Modality modality) {
            return profile == null || profile.offers(modality);
        }

        /** The enum's values with their labels; of the modalities, only those the profile offers. */
        private List<Option> options(Class<?> enumType) {
            Map<String, String> labels = catalogue.options().getOrDefault(enumType.getSimpleName(), Map.of());
            return Arrays.stream(enumType.getEnumConstants())
                    .filter(c -> !(c instanceof Modality modality) || offers(modality)).map(c -> {
                        String value = ((Enum<?>) c).name();
                        String label = labels.get(value);
                        if (label == null) {
                            throw new IllegalStateException("option label missing for " + enumType.getSimpleName() + "." + value);
                        }
                        return new Option(value, label);
                    }).toList();
        }

        /** A v2 text with each {@code {parameter}} replaced by the profile's value; v1 texts quote none. */
        private String fill(String text, String path) {
            if (profile == null || text.indexOf('{') < 0) {
                return text;
            }
            Matcher m = PARAMETER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Parameter parameter = Parameters.named(m.group(1));
                if (parameter == null) {
                    throw new IllegalStateException("the words of " + path + " quote an unknown parameter: " + m.group(1));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(profile.parameters().value(parameter))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
