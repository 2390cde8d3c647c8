package org.ketascreen.cdshooks;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a patient-view hook call (CDS Hooks 2.0.1 §Calling a CDS Service), for the OpenAPI document.
 * {@link HookRequestReader} reads it by hand from the JSON tree so that no error message can quote a value,
 * and keeps nothing of it but the hook instance and the prefetched intake: the context ids identify people
 * and are never logged, echoed or stored.
 */
@Schema(name = "CdsHookRequest", description = "A CDS Hooks 2.0.1 call for the patient-view hook. Properties other than these (fhirAuthorization, extension) are accepted and never read.")
public record HookRequest(
        @Schema(required = true, enumeration = {"patient-view"}) String hook,
        @Schema(required = true, description = "The EHR's UUID for this call.", example = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea") String hookInstance,
        @Schema(description = "Accepted and not used: this service never calls the EHR's FHIR server.") String fhirServer,
        @Schema(required = true) Context context,
        @Schema(description = "Without prefetch.intake the answer is 412.") Prefetch prefetch) {

    @Schema(name = "CdsPatientViewContext", description = "patient-view context. Never logged or echoed.")
    public record Context(@Schema(required = true, example = "Practitioner/example") String userId,
                          @Schema(required = true, example = "example-patient") String patientId,
                          String encounterId) {
    }

    @Schema(name = "CdsPrefetch")
    public record Prefetch(
            @Schema(type = SchemaType.OBJECT, nullable = true, description = "The result of the prefetch template: a searchset Bundle of QuestionnaireResponses (the first match is screened), a single QuestionnaireResponse, or null / an empty Bundle when the patient has no completed intake. Mapped as api-contract §6.2.")
            Object intake) {
    }
}
