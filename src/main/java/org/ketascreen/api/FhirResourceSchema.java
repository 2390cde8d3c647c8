package org.ketascreen.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: how the OpenAPI document names a FHIR R4 resource in JSON. Its structure is
 * defined by HL7 (https://hl7.org/fhir/R4/), not here; the service reads QuestionnaireResponses and
 * writes Questionnaire, Bundle and CapabilityStatement resources.
 */
@Schema(name = "FhirResource", additionalProperties = Schema.True.class, description = "A FHIR R4 resource in JSON (application/fhir+json); its elements are defined by HL7 FHIR R4 (https://hl7.org/fhir/R4/). Here: a QuestionnaireResponse of https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake (request), or a Questionnaire, a searchset Bundle or a CapabilityStatement (responses).")
record FhirResourceSchema(@Schema(required = true, description = "The FHIR resource type.", example = "QuestionnaireResponse") String resourceType) {
}
