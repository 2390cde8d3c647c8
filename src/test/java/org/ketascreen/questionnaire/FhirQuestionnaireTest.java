package org.ketascreen.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ketascreen.testing.HapiValidation;
import org.ketascreen.testing.QuestionnaireResponses;

/** The served FHIR resources are valid R4 according to HAPI's instance validator. */
class FhirQuestionnaireTest {

    @Test
    void shouldServeAValidR4Questionnaire() {
        List<HapiValidation.Message> messages = HapiValidation.validate(QuestionnaireResponses.QUESTIONNAIRE.toString());
        System.out.println("HAPI on the Questionnaire: " + messages.size() + " messages");
        messages.forEach(m -> System.out.println("  " + m));
        assertEquals(List.of(), messages.stream().filter(HapiValidation.Message::isError).toList());
    }

    /** The validator really checks Questionnaires: the served one with a linkId used twice and a bad status is refused. */
    @Test
    void shouldHaveTheValidatorRefuseABrokenQuestionnaire() {
        ObjectNode broken = QuestionnaireResponses.QUESTIONNAIRE.deepCopy();
        broken.put("status", "finished");
        ((ObjectNode) broken.get("item").get(1)).put("linkId", "patient");

        List<HapiValidation.Message> errors = HapiValidation.errors(broken.toString());

        assertTrue(errors.size() >= 2, errors.toString());
    }
}
