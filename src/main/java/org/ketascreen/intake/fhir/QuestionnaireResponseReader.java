package org.ketascreen.intake.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.intake.EnumValues;
import org.ketascreen.intake.FieldPath;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.IntakeValidity;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Offer;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.intake.Violations;
import org.ketascreen.json.StrictJson;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;

/**
 * Reads a FHIR R4 QuestionnaireResponse of our Questionnaire into the same {@link Intake} the v1 JSON
 * gives (api-contract §6.2), or, with {@link #v2}, a response to the version 2 Questionnaire into the same record the
 * v2 JSON gives (§9.5), or fails with every violation at once, each named by the v1 path of its
 * item ({@code treatments.preventive[1].trialWeeks}) so a form shows the same message against the same
 * question whichever format it posts.
 *
 * <p>It translates FHIR syntax only: the resource's type, questionnaire and status; items matched by
 * {@code linkId} and nested as the Questionnaire nests them (a repeating group once per repetition, a
 * repeating choice with one answer per value); {@code valueInteger} for integers, {@code valueCoding}
 * matched by code (and system, when given) for choices. Whether the answers make a valid intake
 * (required, ranges, list sizes, duplicates, enableWhen, cross-field rules) is decided by
 * {@link IntakeValidity}, exactly as for v1 JSON. The resource's other elements (subject, author, text,
 * meta...) are accepted and never read, logged or echoed. Thread-safe.
 */
public final class QuestionnaireResponseReader {

    /** R4 QuestionnaireResponse elements; anything else is not a QuestionnaireResponse element. */
    private static final Set<String> RESOURCE_ELEMENTS = Set.of("resourceType", "id", "meta", "implicitRules", "language",
            "text", "contained", "extension", "modifierExtension", "identifier", "basedOn", "partOf", "questionnaire",
            "status", "subject", "encounter", "authored", "author", "source", "item");
    private static final Set<String> ITEM_ELEMENTS = Set.of("id", "extension", "modifierExtension", "linkId", "definition",
            "text", "answer", "item");
    private static final Set<String> STATUSES = Set.of("completed", "amended");
    /** LinkIds are echoed in violations only when they look like one of ours. */
    private static final Pattern PLAIN_LINK_ID = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,200}");
    /** Where a QuestionnaireResponse of version 1 is screened (api-contract §9.5 names it to a v2 sender). */
    static final String V1_DOOR = "/api/v1/screenings";

    /** The request record the responses are read into: {@link Intake}, or the version 2 root. */
    private final RecordSchema root;
    /** The modalities a response may ask for: the profile's (v2), every one (v1). */
    private final Offer offer;
    /** The linkIds of the Questionnaire as served: a property the profile leaves out is an unknown linkId. */
    private final Set<String> linkIds;
    /** {@code questionnaire} may carry {@code |version} with this major version (the rule set's). */
    private final String majorVersion;

    /** @param ruleSetVersion the rule set's semantic version: a QuestionnaireResponse of the same major version is read */
    public QuestionnaireResponseReader(String ruleSetVersion) {
        this(RecordSchema.of(Intake.class), Set.copyOf(QuestionnaireDefinition.paths()), ruleSetVersion, Offer.EVERY);
    }

    private QuestionnaireResponseReader(RecordSchema root, Set<String> linkIds, String version, Offer offer) {
        this.offer = offer;
        this.root = root;
        this.linkIds = linkIds;
        this.majorVersion = version.substring(0, version.indexOf('.'));
    }

    /**
     * The version 2 door's reader (api-contract §9.5): responses to the Questionnaire 2.0.0 rendered from
     * {@code definition} (for the active profile), read into its root record with {@link #read(byte[], Class)}.
     * {@code questionnaire} must be the canonical without a version or with {@code |2.x.y}; the linkIds of items
     * the profile leaves out are unknown.
     */
    public static QuestionnaireResponseReader v2(QuestionnaireDefinition definition) {
        if (definition.profile() == null) {
            throw new IllegalArgumentException("the version 2 reader reads responses to a questionnaire rendered for a profile");
        }
        return new QuestionnaireResponseReader(RecordSchema.of(definition.root()), Set.copyOf(definition.linkIds()),
                QuestionnaireDefinition.VERSION_2, definition.offer());
    }

    /** A response to the version 1 Questionnaire (this reader must be the version 1 one). */
    public Intake read(byte[] body) {
        return read(body, Intake.class);
    }

    /**
     * A response read into {@code type}, the root record of this reader's Questionnaire ({@link Intake} for version
     * 1, the version 2 root for {@link #v2}), or every violation at once, as {@code JsonIntakeReader.read(body, type)}
     * does for JSON.
     */
    public <T extends Record> T read(byte[] body, Class<T> type) {
        if (type != root.type()) {
            throw new IllegalArgumentException("this reader reads " + root.type().getSimpleName() + ", not " + type.getSimpleName());
        }
        JsonNode resource = StrictJson.INTAKE.tree(body, "a FHIR QuestionnaireResponse");
        if (!"QuestionnaireResponse".equals(text(resource.get("resourceType")))) {
            throw InvalidIntakeException.of("resourceType", "must be QuestionnaireResponse");
        }
        Violations out = new Violations(type, offer);
        resource(resource, out);
        JsonNode items = resource.get("item");
        if (items != null && !items.isArray()) {
            out.add("item", "must be a JSON array");
            items = null;
        }
        T intake = type.cast(group(items, root, "", FieldPath.ROOT, out));
        out.throwIfAny();
        return intake;
    }

    /** The resource's own elements: which Questionnaire, which status, nothing this service cannot honour. */
    private void resource(JsonNode root, Violations out) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RESOURCE_ELEMENTS.contains(name)) {
                out.add(StrictJson.safeName(name), "is not an element of a QuestionnaireResponse");
            }
        }
        if (root.has("modifierExtension")) {
            out.add("modifierExtension", "is not understood by this service, so the response cannot be read safely");
        }
        String questionnaire = text(root.get("questionnaire"));
        if (questionnaire == null) {
            out.add("questionnaire", "is required: " + QuestionnaireDefinition.CANONICAL_URL);
        } else if (!ours(questionnaire)) {
            out.add("questionnaire", version1On2(questionnaire)
                    ? "is a response to version 1 of the questionnaire: post it to " + V1_DOOR
                    : "must be " + QuestionnaireDefinition.CANONICAL_URL + ", optionally with |" + majorVersion + ".x.y");
        }
        String status = text(root.get("status"));
        if (status == null || !STATUSES.contains(status)) {
            out.add("status", "must be completed or amended");
        }
    }

    /** On the version 2 door, our canonical with {@code |1.x.y} (api-contract §9.5). */
    private boolean version1On2(String canonical) {
        return !majorVersion.equals("1") && canonical.startsWith(QuestionnaireDefinition.CANONICAL_URL + "|1.");
    }

    private boolean ours(String canonical) {
        int bar = canonical.indexOf('|');
        String url = bar < 0 ? canonical : canonical.substring(0, bar);
        if (!url.equals(QuestionnaireDefinition.CANONICAL_URL)) {
            return false;
        }
        if (bar < 0) {
            return true;
        }
        String version = canonical.substring(bar + 1);
        return version.equals(majorVersion) || version.startsWith(majorVersion + ".");
    }

    /**
     * The record of a group: its items matched to the record's properties by linkId. {@code prefix} is
     * what every linkId at this level starts with ({@code patient.}, {@code treatments.preventive[].}).
     */
    private Object group(JsonNode items, RecordSchema schema, String prefix, FieldPath path, Violations out) {
        List<RecordSchema.Property> properties = schema.properties();
        Object[] values = new Object[properties.size()];
        long seen = 0;
        long unreadable = 0;
        List<Object>[] repetitions = null;
        for (JsonNode item : items == null ? List.<JsonNode>of() : items) {
            if (!item.isObject()) {
                out.add(path, "holds an item that is not a JSON object");
                continue;
            }
            String linkId = text(item.get("linkId"));
            int i = linkId != null && linkId.startsWith(prefix) && linkIds.contains(linkId)
                    ? schema.indexOf(linkId.substring(prefix.length())) : -1;
            if (i < 0) {
                misplacedOrUnknown(linkId, path, out);
                continue;
            }
            RecordSchema.Property property = properties.get(i);
            FieldPath at = path.child(property.name());
            itemElements(item, at, out);
            boolean repeatingGroup = property.kind() == RecordSchema.Kind.LIST && property.type().isRecord();
            if (!repeatingGroup && (seen & 1L << i) != 0) {
                out.add(at, "appears more than once: a question that does not repeat has one item");
                unreadable |= 1L << i;
                continue;
            }
            seen |= 1L << i;
            Object value;
            if (repeatingGroup) {
                if (repetitions == null) {
                    @SuppressWarnings("unchecked")
                    List<Object>[] lists = new List[values.length];
                    repetitions = lists;
                }
                if (repetitions[i] == null) {
                    repetitions[i] = new ArrayList<>();
                }
                if (repetitions[i].size() < IntakeValidity.itemsToBind(property)) {
                    int index = repetitions[i].size();
                    noAnswer(item, at.item(index), out);
                    repetitions[i].add(group(children(item, at.item(index), out), schema.child(i), linkId + "[].",
                            at.item(index), out));
                }
                continue;
            }
            value = switch (property.kind()) {
                case OBJECT -> {
                    noAnswer(item, at, out);
                    yield group(children(item, at, out), schema.child(i), linkId + ".", at, out);
                }
                case INTEGER -> integer(single(item, at, out), property, at, out);
                case ENUM -> coding(single(item, at, out), schema.enumValues(i), property.type(), at, out);
                case LIST -> codings(item, property, schema.enumValues(i), at, out);
                case STRING, JSON -> throw new IllegalStateException("the intake asks no free text: " + property.name());
            };
            if (value == null && answered(item)) {
                unreadable |= 1L << i;
            }
            values[i] = value;
        }
        for (int i = 0; i < values.length; i++) {
            RecordSchema.Property property = properties.get(i);
            if (repetitions != null && repetitions[i] != null) {
                values[i] = Collections.unmodifiableList(repetitions[i]);
            } else if (values[i] == null && property.kind() == RecordSchema.Kind.LIST && property.required()
                    && property.mayBeEmpty() && (unreadable & 1L << i) == 0) {
                values[i] = List.of(); // in FHIR an unanswered repeating item is an empty list; an optional one stays absent
            }
        }
        return IntakeValidity.record(schema, values, unreadable, path, out);
    }

    private void misplacedOrUnknown(String linkId, FieldPath path, Violations out) {
        if (linkId == null) {
            out.add(path, "holds an item without a linkId");
        } else if (linkIds.contains(linkId)) {
            out.add(linkId, "is not nested in the group it belongs to" + (path.isRoot() ? "" : " (found in " + path + ")"));
        } else if (linkId.endsWith(FhirQuestionnaire.HELP_SUFFIX)
                && linkIds.contains(linkId.substring(0, linkId.length() - FhirQuestionnaire.HELP_SUFFIX.length()))) {
            out.add(linkId, "is a display item: it takes no answer");
        } else {
            out.add(PLAIN_LINK_ID.matcher(linkId).matches() ? linkId : "(unreadable linkId)", "unknown linkId");
        }
    }

    private static void itemElements(JsonNode item, FieldPath at, Violations out) {
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ITEM_ELEMENTS.contains(name)) {
                out.add(at, "holds " + StrictJson.safeName(name) + ", which is not an element of a QuestionnaireResponse item");
            }
        }
        if (item.has("modifierExtension")) {
            out.add(at, "has a modifierExtension, which this service does not understand");
        }
    }

    /** A group's children: its {@code item}, never answers. */
    private static JsonNode children(JsonNode item, FieldPath at, Violations out) {
        JsonNode children = item.get("item");
        if (children != null && !children.isArray()) {
            out.add(at, "item must be a JSON array");
            return null;
        }
        return children;
    }

    private static void noAnswer(JsonNode item, FieldPath at, Violations out) {
        if (item.has("answer")) {
            out.add(at, "is a group: its questions go in item, not in answer");
        }
    }

    private static boolean answered(JsonNode item) {
        JsonNode answers = item.get("answer");
        return answers != null && !(answers.isArray() && answers.isEmpty()) || item.has("item");
    }

    /** The answers of a question; nested items belong to groups, not to questions or their answers. */
    private static List<JsonNode> answers(JsonNode item, FieldPath at, Violations out) {
        if (item.has("item")) {
            out.add(at, "is a question: it has no nested items");
        }
        JsonNode answers = item.get("answer");
        if (answers == null) {
            return List.of();
        }
        if (!answers.isArray()) {
            out.add(at, "answer must be a JSON array");
            return null;
        }
        List<JsonNode> list = new ArrayList<>(answers.size());
        for (JsonNode answer : answers) {
            if (!answer.isObject()) {
                out.add(at, "holds an answer that is not a JSON object");
                return null;
            }
            if (answer.has("item")) {
                out.add(at, "holds items under an answer: this questionnaire nests items only in groups");
                return null;
            }
            list.add(answer);
        }
        return list;
    }

    /** The one answer of a non-repeating question; null (reported) when there are several or none is readable. */
    private static JsonNode single(JsonNode item, FieldPath at, Violations out) {
        List<JsonNode> answers = answers(item, at, out);
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        if (answers.size() > 1) {
            out.add(at, "has more than one answer: the question takes one");
            return null;
        }
        return answers.get(0);
    }

    private static Integer integer(JsonNode answer, RecordSchema.Property property, FieldPath at, Violations out) {
        JsonNode value = value(answer, "valueInteger", at, out);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        out.add(at, value.isIntegralNumber() ? IntakeValidity.range(property)
                : value.isNumber() ? "must be a whole number" : "valueInteger must be an integer");
        return null;
    }

    private static Object coding(JsonNode answer, EnumValues constants, Class<?> type, FieldPath at, Violations out) {
        JsonNode coding = value(answer, "valueCoding", at, out);
        if (coding == null) {
            return null;
        }
        String code = coding.isObject() ? text(coding.get("code")) : null;
        if (code == null) {
            out.add(at, "valueCoding must have a code");
            return null;
        }
        String system = QuestionnaireDefinition.codeSystem(type);
        if (coding.has("system") && !system.equals(text(coding.get("system")))) {
            out.add(at, "code system must be " + system);
            return null;
        }
        Object constant = constants.get(code);
        if (constant == null) {
            out.add(at, constants.message());
        }
        return constant;
    }

    private static List<Object> codings(JsonNode item, RecordSchema.Property property, EnumValues constants, FieldPath at,
                                        Violations out) {
        List<JsonNode> answers = answers(item, at, out);
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        int limit = IntakeValidity.itemsToBind(property);
        List<Object> values = new ArrayList<>(Math.min(answers.size(), limit));
        boolean readable = true;
        for (int k = 0; k < answers.size() && k < limit; k++) {
            Object constant = coding(answers.get(k), constants, property.type(), at.item(k), out);
            readable &= constant != null;
            values.add(constant);
        }
        return readable ? Collections.unmodifiableList(values) : null;
    }

    /** The answer's one value, which must be of the item's type; null (reported) otherwise. */
    private static JsonNode value(JsonNode answer, String expected, FieldPath at, Violations out) {
        if (answer == null) {
            return null;
        }
        JsonNode value = null;
        for (Iterator<String> names = answer.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals(expected)) {
                value = answer.get(name);
            } else if (name.startsWith("value")) {
                out.add(at, "must be answered with " + expected);
                return null;
            } else if (!name.equals("id") && !name.equals("extension")) {
                out.add(at, "holds an answer with " + StrictJson.safeName(name) + ", which is not an element of an answer");
                return null;
            }
        }
        if (value == null) {
            out.add(at, "has an answer without " + expected);
        }
        return value;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
