package org.ketascreen.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The intake questionnaire a form renders (GET /api/v1/questionnaire): one item per request path, in
 * request order. Structure (path, type, required, range, list size, allowed values) is read from the
 * request records, so it cannot drift from what the API accepts; the words (question, help, option
 * labels, units, enableWhen) come from {@code questionnaire/text.json}, written for patients.
 */
public final class QuestionnaireDefinition {

    public static final String ID = "ketamine-migraine-intake";
    static final String TEXT_RESOURCE = "/questionnaire/text.json";

    /** Patient-facing words for one path. */
    public record Text(String text, String help, String unit, EnableWhen enableWhen) {
    }

    /** Show the item only when another item has this answer (FHIR Questionnaire enableWhen). */
    public record EnableWhen(String path, String equals) {
    }

    public record Option(String value, String label) {
    }

    /**
     * One question or group. {@code path} uses {@code []} for "every item of the list".
     * type: group, list (repeating group), choice, multi-choice, integer.
     */
    public record Item(String path, String type, boolean required, Long minimum, Long maximum, Integer minItems,
                       Integer maxItems, List<Option> options, String text, String help, String unit,
                       EnableWhen enableWhen) {
    }

    /** The catalogue of words: questions by path, option labels by enum simple name then constant. */
    public record Catalogue(Map<String, Text> questions, Map<String, Map<String, String>> options) {
    }

    private final List<Item> items;

    private QuestionnaireDefinition(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    public static QuestionnaireDefinition load() {
        return build(readCatalogue());
    }

    static Catalogue readCatalogue() {
        try (InputStream in = QuestionnaireDefinition.class.getResourceAsStream(TEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TEXT_RESOURCE);
            }
            return new ObjectMapper().readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the items; fails fast when a path or an option has no words (a test keeps it complete). */
    static QuestionnaireDefinition build(Catalogue catalogue) {
        List<Item> items = new ArrayList<>();
        walk(RecordSchema.of(Intake.class), "", catalogue, items);
        return new QuestionnaireDefinition(items);
    }

    /** Every path the questionnaire has, in order: the list a text catalogue must cover. */
    public static List<String> paths() {
        List<String> paths = new ArrayList<>();
        collect(RecordSchema.of(Intake.class), "", paths);
        return paths;
    }

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

    private static void walk(RecordSchema schema, String prefix, Catalogue catalogue, List<Item> out) {
        for (RecordSchema.Property p : schema.properties()) {
            String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
            Text text = catalogue.questions().get(path);
            if (text == null || text.text() == null || text.help() == null) {
                throw new IllegalStateException("questionnaire text missing for " + path);
            }
            String type = switch (p.kind()) {
                case OBJECT -> "group";
                case INTEGER -> "integer";
                case ENUM -> "choice";
                case LIST -> p.type().isRecord() ? "list" : "multi-choice";
            };
            List<Option> options = p.type().isEnum() ? options(p.type(), catalogue) : null;
            out.add(new Item(path, type, p.required(), p.min(), p.max(), p.minItems(), p.maxItems(), options,
                    text.text(), text.help(), text.unit(), text.enableWhen()));
            if (p.kind() == RecordSchema.Kind.OBJECT) {
                walk(RecordSchema.of(p.type()), path, catalogue, out);
            } else if (p.kind() == RecordSchema.Kind.LIST && p.type().isRecord()) {
                walk(RecordSchema.of(p.type()), path + "[]", catalogue, out);
            }
        }
    }

    private static List<Option> options(Class<?> enumType, Catalogue catalogue) {
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
