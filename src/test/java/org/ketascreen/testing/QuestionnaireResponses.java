package org.ketascreen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Intake;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.rules.Catalogue;

/**
 * Builds the FHIR QuestionnaireResponse a form filler would produce for a v1 request, by walking the
 * served FHIR Questionnaire item by item (never the service's reader): a group for each object, one
 * item per repetition of a repeating group, {@code valueInteger} for integers, the {@code answerOption}
 * Coding whose code is the v1 value for choices (one answer per value when the choice repeats), and
 * nothing for an absent value or an empty list, as LHC-Forms leaves them out.
 */
public final class QuestionnaireResponses {
    private QuestionnaireResponses() {
    }

    /** The Questionnaire as the service serves it (the same bytes as GET /fhir/Questionnaire/ketamine-migraine-intake). */
    public static final JsonNode QUESTIONNAIRE = FhirQuestionnaire.of(QuestionnaireDefinition.load(), Catalogue.VERSION);

    /** The version 2 Questionnaire of the reference profile (GET /fhir/Questionnaire/ketamine-migraine-intake). */
    public static final JsonNode QUESTIONNAIRE_V2 = FhirQuestionnaire.of(
            QuestionnaireDefinition.v2(org.ketascreen.screening.ActiveProfile.REFERENCE), QuestionnaireDefinition.VERSION_2);

    /** The QuestionnaireResponse of {@code request} against the served Questionnaire. */
    public static ObjectNode of(JsonNode request) {
        return of(QUESTIONNAIRE, request);
    }

    public static ObjectNode of(JsonNode questionnaire, JsonNode request) {
        ObjectNode qr = Intakes.JSON.createObjectNode();
        qr.put("resourceType", "QuestionnaireResponse");
        qr.put("questionnaire", questionnaire.get("url").asText() + "|" + questionnaire.get("version").asText());
        qr.put("status", "completed");
        qr.set("item", items(questionnaire.get("item"), request));
        return qr;
    }

    /** The QuestionnaireResponse of a v1 request given as bytes. */
    public static byte[] bytes(byte[] v1Request) {
        try {
            return Intakes.JSON.writeValueAsBytes(of(Intakes.JSON.readTree(v1Request)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The QuestionnaireResponse of an intake, through its v1 JSON form. */
    public static ObjectNode of(Intake intake) {
        return of(Intakes.JSON.valueToTree(intake));
    }

    /** The answered items among {@code items}, for the object {@code values} that holds their answers. */
    private static ArrayNode items(JsonNode items, JsonNode values) {
        ArrayNode out = Intakes.JSON.createArrayNode();
        for (JsonNode item : items) {
            String type = item.get("type").asText();
            if (type.equals("display")) {
                continue;
            }
            String linkId = item.get("linkId").asText();
            JsonNode value = values.get(lastName(linkId));
            if (value == null || value.isNull()) {
                continue;
            }
            boolean repeats = item.path("repeats").asBoolean(false);
            if (type.equals("group") && repeats) {
                for (JsonNode repetition : value) {
                    out.addObject().put("linkId", linkId).set("item", items(item.get("item"), repetition));
                }
            } else if (type.equals("group")) {
                out.addObject().put("linkId", linkId).set("item", items(item.get("item"), value));
            } else if (type.equals("integer")) {
                out.addObject().put("linkId", linkId).putArray("answer").addObject().put("valueInteger", value.intValue());
            } else if (type.equals("choice")) {
                if (repeats && value.isEmpty()) {
                    continue;
                }
                ArrayNode answers = out.addObject().put("linkId", linkId).putArray("answer");
                for (JsonNode code : repeats ? value : Intakes.JSON.createArrayNode().add(value)) {
                    answers.addObject().set("valueCoding", option(item, code.asText()));
                }
            } else {
                throw new IllegalStateException("item type " + type + " at " + linkId);
            }
        }
        return out;
    }

    /** The answerOption Coding with this code. */
    private static JsonNode option(JsonNode item, String code) {
        for (JsonNode option : item.get("answerOption")) {
            if (option.get("valueCoding").get("code").asText().equals(code)) {
                return option.get("valueCoding").deepCopy();
            }
        }
        throw new IllegalArgumentException(code + " is not an option of " + item.get("linkId").asText());
    }

    /** {@code treatments.preventive[].trialWeeks} -> {@code trialWeeks}. */
    private static String lastName(String linkId) {
        return linkId.substring(linkId.lastIndexOf('.') + 1);
    }
}
