package org.ketascreen.questionnaire;

import org.ketascreen.json.Json;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.screening.ActiveProfile;

/**
 * The FHIR R4 rendering of the {@link QuestionnaireDefinition} (api-contract §6.1): one FHIR item per v1
 * item, same order and nesting, {@code linkId} = the v1 path. Built with Jackson, no FHIR library at run
 * time; HAPI's validator checks the result in the tests.
 *
 * <ul>
 *   <li>group → group; list → group with {@code repeats} and {@code questionnaire-maxOccurs};</li>
 *   <li>integer → integer with the core {@code minValue}/{@code maxValue} and {@code questionnaire-unit};</li>
 *   <li>choice → choice, one {@code answerOption.valueCoding} per value (code = the v1 value, system = one
 *       code system per enum, display = the patient-facing label); multi-choice → choice with {@code repeats};</li>
 *   <li>the help text → a child display item with {@code questionnaire-itemControl} {@code help};</li>
 *   <li>enableWhen → {@code enableWhen}: one {@code =} with {@code answerCoding} per enabling answer, and for a
 *       modality gate {@code exists false} on the requested modalities (api-contract §9.1), with {@code enableBehavior}
 *       {@code any} for two or more conditions.</li>
 * </ul>
 * {@code required} as in v1, except a list that may be empty: in FHIR an unanswered repeating item is an
 * empty list.
 */
public final class FhirQuestionnaire {
    private FhirQuestionnaire() {
    }

    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String NAME = "KetamineMigraineIntake";
    static final String TITLE = "Ketamine for refractory migraine: intake questionnaire";
    static final String PUBLISHER = "ketascreen";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String EXTENSIONS = "http://hl7.org/fhir/StructureDefinition/";
    /** Where a served Questionnaire's {@code fullUrl} starts: the canonical's base. */
    static final String FULL_URL_BASE = QuestionnaireDefinition.CANONICAL_URL.substring(0,
            QuestionnaireDefinition.CANONICAL_URL.length() - QuestionnaireDefinition.ID.length());
    /** The suffix of a help text's display item: {@code patient.ageYears-help}. */
    public static final String HELP_SUFFIX = "-help";


    /**
     * The Questionnaire resource; {@code version} is the rule set's version. A version 2 definition names the
     * profile it is rendered for in its description and is screened by POST /api/v2/screenings (api-contract §9.1).
     */
    public static ObjectNode of(QuestionnaireDefinition definition, String version) {
        ObjectNode q = Json.MAPPER.createObjectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", QuestionnaireDefinition.ID);
        ObjectNode text = q.putObject("text");
        text.put("status", "generated");
        text.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + TITLE + ", version " + version + ": "
                + definition.allItems().size() + " items for the screening service's rule set"
                + (definition.profile() == null ? "" : ", rendered for the clinic profile " + escape(profileName(definition.profile())))
                + ".</p></div>");
        q.put("url", QuestionnaireDefinition.CANONICAL_URL);
        q.put("version", version);
        q.put("name", NAME);
        q.put("title", TITLE);
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("publisher", PUBLISHER);
        q.put("description", definition.profile() == null
                ? "The patient's answers for eligibility screening for ketamine therapy (IV infusion, intranasal"
                + " spray or oral micro-dosing) for severe, refractory migraine. Post the QuestionnaireResponse to"
                + " POST /api/v1/screenings with Content-Type application/fhir+json. Decision support only."
                : "The patient's answers for eligibility screening for ketamine therapy for severe, refractory migraine,"
                + " intake version 2, rendered for the clinic profile " + profileName(definition.profile())
                + ": only the treatments it offers are asked about. Post the QuestionnaireResponse to"
                + " POST /api/v2/screenings with Content-Type application/fhir+json. Decision support only.");
        ArrayNode items = q.putArray("item");
        for (QuestionnaireDefinition.Item item : definition.items()) {
            items.add(item(item));
        }
        return q;
    }

    /** The same Questionnaire under another id: version 1 as /fhir serves it beside version 2 (api-contract §9.1). */
    public static ObjectNode withId(ObjectNode questionnaire, String id) {
        ObjectNode copy = questionnaire.deepCopy();
        copy.put("id", id);
        return copy;
    }

    /** {@code Reference screening defaults (reference 2.0.0)}. */
    private static String profileName(ActiveProfile profile) {
        return profile.title() + " (" + profile.id() + " " + profile.version() + ")";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A searchset Bundle holding these Questionnaires, in this order, or empty. Each entry's {@code fullUrl} is the
     * resource's address under the canonical base ({@code .../Questionnaire/<id>}): unique within the Bundle (R4
     * bdl-7) although every version shares one canonical {@code url}.
     */
    public static ObjectNode searchset(List<JsonNode> questionnaires) {
        ObjectNode bundle = Json.MAPPER.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", questionnaires.size());
        if (!questionnaires.isEmpty()) {
            ArrayNode entries = bundle.putArray("entry");
            for (JsonNode questionnaire : questionnaires) {
                ObjectNode entry = entries.addObject();
                entry.put("fullUrl", FULL_URL_BASE + questionnaire.get("id").asText());
                entry.set("resource", questionnaire);
                entry.putObject("search").put("mode", "match");
            }
        }
        return bundle;
    }

    private static ObjectNode item(QuestionnaireDefinition.Item item) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("linkId", item.path());
        node.put("text", item.text());
        boolean list = item.type().equals("list");
        boolean multi = item.type().equals("multi-choice");
        node.put("type", switch (item.type()) {
            case "group", "list" -> "group";
            case "integer" -> "integer";
            default -> "choice";
        });
        ArrayNode extensions = Json.MAPPER.createArrayNode();
        if (item.minimum() != null) {
            extensions.addObject().put("url", EXTENSIONS + "minValue").put("valueInteger", item.minimum().intValue());
        }
        if (item.maximum() != null) {
            extensions.addObject().put("url", EXTENSIONS + "maxValue").put("valueInteger", item.maximum().intValue());
        }
        if (item.ucum() != null) {
            extensions.addObject().put("url", EXTENSIONS + "questionnaire-unit").putObject("valueCoding")
                    .put("system", UCUM).put("code", item.ucum()).put("display", item.unit());
        }
        if (list && item.maxItems() != null) {
            // A renderer offers no more repetitions than the service accepts. Not on repeating choices: their
            // options are distinct and no more than the list may hold, and HAPI 8.8.1 refuses a choice whose
            // answers reach its maxOccurs (org.hl7.fhir.validation 6.7.9 checks answers < maxOccurs)
            extensions.addObject().put("url", EXTENSIONS + "questionnaire-maxOccurs").put("valueInteger", item.maxItems());
        }
        if (!extensions.isEmpty()) {
            node.set("extension", extensions);
        }
        if (!item.enableWhen().isEmpty()) {
            // api-contract §9.1: "=" per enabling answer, "exists false" only for the modality gate, never "!="
            ArrayNode conditions = node.putArray("enableWhen");
            for (QuestionnaireDefinition.Condition c : item.enableWhen()) {
                ObjectNode condition = conditions.addObject();
                condition.put("question", c.question());
                if (c.unanswered()) {
                    condition.put("operator", "exists");
                    condition.put("answerBoolean", false);
                } else {
                    condition.put("operator", "=");
                    condition.putObject("answerCoding").put("system", c.codeSystem()).put("code", c.code());
                }
            }
            // several conditions are alternatives; one is set too: R4 que-12 counts from 3 conditions
            node.put("enableBehavior", item.enableWhen().size() > 1 ? "any" : "all");
        }
        if (required(item)) {
            node.put("required", true);
        }
        if (list || multi) {
            node.put("repeats", true);
        }
        if (item.options() != null) {
            ArrayNode options = node.putArray("answerOption");
            for (QuestionnaireDefinition.Option option : item.options()) {
                options.addObject().putObject("valueCoding").put("system", item.codeSystem()).put("code", option.value())
                        .put("display", option.label());
            }
        }
        ArrayNode children = node.putArray("item");
        children.add(help(item));
        for (QuestionnaireDefinition.Item child : item.children()) {
            children.add(item(child));
        }
        return node;
    }

    /** v1 required, but a list that may be empty is not: in FHIR an unanswered repeating item is an empty list. */
    static boolean required(QuestionnaireDefinition.Item item) {
        boolean repeating = item.type().equals("list") || item.type().equals("multi-choice");
        return item.required() && !(repeating && (item.minItems() == null || item.minItems() == 0));
    }

    private static ObjectNode help(QuestionnaireDefinition.Item item) {
        ObjectNode help = Json.MAPPER.createObjectNode();
        help.put("linkId", item.path() + HELP_SUFFIX);
        help.put("text", item.help());
        help.put("type", "display");
        ObjectNode control = help.putArray("extension").addObject();
        control.put("url", EXTENSIONS + "questionnaire-itemControl");
        ObjectNode concept = control.putObject("valueCodeableConcept");
        concept.putArray("coding").addObject().put("system", "http://hl7.org/fhir/questionnaire-item-control")
                .put("code", "help").put("display", "Help-Button");
        concept.put("text", "Help-Button");
        return help;
    }
}
