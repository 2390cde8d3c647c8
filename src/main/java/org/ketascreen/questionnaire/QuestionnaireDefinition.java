package org.ketascreen.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.words.Words;

/**
 * The intake questionnaire: one item per request path, in request order, nested as the request is. It
 * is the one source of both renderings, the v1 JSON of GET /api/v1/questionnaire ({@link QuestionnaireView})
 * and the FHIR R4 Questionnaire ({@link FhirQuestionnaire}), so they cannot drift from each other or from
 * what the service accepts.
 *
 * <p>Structure (path, type, required, range, list size, allowed values, enableWhen) is read from the
 * intake records ({@link RecordSchema}); the words (question, help, option labels, units) are the patient's
 * words of {@link Words}.
 */
public final class QuestionnaireDefinition {

    public static final String ID = "ketamine-migraine-intake";
    /** The FHIR canonical URL of the Questionnaire (api-contract §6.1); a QuestionnaireResponse names it. */
    public static final String CANONICAL_URL = "https://ketascreen.org/fhir/Questionnaire/" + ID;
    /** One FHIR code system per enum, under this base (api-contract §6.1). */
    public static final String CODE_SYSTEMS = "https://ketascreen.org/fhir/CodeSystem/";

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** Show the item only when another item has this answer (FHIR Questionnaire enableWhen). */
    @Schema(description = "Show the question only when the question at path has the answer equals.")
    public record EnableWhen(@Schema(required = true) String path, @Schema(required = true) String equals) {
    }

    @Schema(description = "An allowed value and its patient-facing label.")
    public record Option(@Schema(required = true) String value, @Schema(required = true) String label) {
    }

    /**
     * One question or group. {@code path} uses {@code []} for "every item of the list".
     * type: group, list (repeating group), choice, multi-choice, integer. {@code codeSystem}: the FHIR code
     * system of a choice's options. {@code children}: the items of a group or list.
     */
    public record Item(String path, String type, boolean required, Long minimum, Long maximum, Integer minItems,
                       Integer maxItems, List<Option> options, String text, String help, String unit, String ucum,
                       EnableWhen enableWhen, String codeSystem, List<Item> children) {
    }

    private final List<Item> items;

    private QuestionnaireDefinition(List<Item> items) {
        this.items = List.copyOf(items);
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

    private static void flatten(List<Item> items, List<Item> out) {
        for (Item item : items) {
            out.add(item);
            flatten(item.children(), out);
        }
    }

    public static QuestionnaireDefinition load() {
        return build(Words.ENGLISH.patient());
    }

    /** Builds the items; fails fast when a path or an option has no words (a test keeps it complete). */
    static QuestionnaireDefinition build(Words.Patient catalogue) {
        return new QuestionnaireDefinition(walk(RecordSchema.of(Intake.class), "", catalogue));
    }

    /** Every path the questionnaire has, in order: the list a text catalogue must cover. */
    public static List<String> paths() {
        List<String> paths = new ArrayList<>();
        collect(RecordSchema.of(Intake.class), "", paths);
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

    private static List<Item> walk(RecordSchema schema, String prefix, Words.Patient catalogue) {
        List<Item> out = new ArrayList<>();
        for (RecordSchema.Property p : schema.properties()) {
            String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
            Words.Question text = catalogue.questions().get(path);
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
            List<Option> options = p.type().isEnum() ? options(p.type(), catalogue) : null;
            List<Item> children = p.kind() == RecordSchema.Kind.OBJECT ? walk(RecordSchema.of(p.type()), path, catalogue)
                    : p.kind() == RecordSchema.Kind.LIST && p.type().isRecord() ? walk(RecordSchema.of(p.type()), path + "[]", catalogue)
                    : List.of();
            out.add(new Item(path, type, p.required(), p.min(), p.max(), p.minItems(), p.maxItems(), options,
                    text.text(), text.help(), text.unit(), text.ucum(), enableWhen(schema, p, prefix),
                    p.type().isEnum() ? codeSystem(p.type()) : null, children));
        }
        return out;
    }

    /** From the record's {@link org.ketascreen.intake.EnabledWhen}: the sibling question and the answer that shows this one. */
    private static EnableWhen enableWhen(RecordSchema schema, RecordSchema.Property p, String prefix) {
        RecordSchema.Condition condition = p.enabledWhen();
        if (condition == null) {
            return null;
        }
        String question = schema.properties().get(condition.question()).name();
        return new EnableWhen(prefix.isEmpty() ? question : prefix + "." + question, ((Enum<?>) condition.answer()).name());
    }

    private static List<Option> options(Class<?> enumType, Words.Patient catalogue) {
        Map<String, String> labels = catalogue.options().getOrDefault(enumType.getSimpleName(), Map.of());
        return Arrays.stream(enumType.getEnumConstants()).map(c -> {
            String value = ((Enum<?>) c).name();
            String label = labels.get(value);
            if (label == null) {
                throw new IllegalStateException("option label missing for " + enumType.getSimpleName() + "." + value);
            }
            return new Option(value, label);
        }).toList();
    }
}
