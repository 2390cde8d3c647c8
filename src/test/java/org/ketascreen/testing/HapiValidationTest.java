package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The validator the FHIR tests rely on knows the R4 core profiles under their version-specific URL, as LHC-Forms 40.1.3
 * claims them in every QuestionnaireResponse it writes (interop-next §4.4), and nothing more.
 */
class HapiValidationTest {

    @Test
    void shouldAcceptTheMetaThatLhcFormsWrites() {
        ObjectNode qr = QuestionnaireResponses.of(Intakes.reference());
        ObjectNode meta = qr.putObject("meta");
        meta.putArray("profile").add("http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse");
        meta.putArray("tag").addObject().put("code", "lformsVersion: 40.1.3");

        assertEquals(List.of(), HapiValidation.errors(qr.toString()));
    }

    @Test
    void shouldStillRefuseAProfileThatDoesNotExist() {
        ObjectNode qr = QuestionnaireResponses.of(Intakes.reference());
        qr.putObject("meta").putArray("profile").add("http://hl7.org/fhir/4.0/StructureDefinition/NoSuchResource");

        List<HapiValidation.Message> errors = HapiValidation.errors(qr.toString());
        assertTrue(errors.stream().anyMatch(m -> m.text().contains("NoSuchResource")), errors.toString());
    }
}
