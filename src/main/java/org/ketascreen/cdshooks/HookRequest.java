package org.ketascreen.cdshooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.IgnoreUnknownProperties;
import org.ketascreen.intake.OneOf;

/**
 * A patient-view hook call (CDS Hooks 2.0.1 §Calling a CDS Service, api-contract §7): what makes one valid,
 * declared once. {@link HookRequestReader} binds the body to it ({@code json/TreeBinder}), the OpenAPI document
 * is generated from it. The context ids identify people: checked, then dropped, never logged, echoed or stored.
 * Components are in the order their violations are listed.
 */
@Schema(name = "CdsHookRequest", description = "A CDS Hooks 2.0.1 call for the patient-view hook. Properties other than these (fhirAuthorization, extension) are accepted and never read.")
@IgnoreUnknownProperties
public record HookRequest(
        @NotBlank @OneOf(value = CdsHooks.HOOK, message = "must be " + CdsHooks.HOOK + ", the hook this service is registered for")
        String hook,
        @NotBlank @Pattern(regexp = HookRequest.UUID, message = "must be a UUID")
        @Schema(description = "The EHR's UUID for this call.", example = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea")
        String hookInstance,
        @Schema(type = SchemaType.STRING, description = "Accepted and not used: this service never calls the EHR's FHIR server.")
        Object fhirServer,
        @NotNull Context context,
        @Schema(description = "Without prefetch.intake the answer is 412.") Prefetch prefetch) {

    /** RFC 4122 text form. hookInstance is logged, so it must be exactly this and nothing a person typed. */
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @Schema(name = "CdsPatientViewContext", description = "patient-view context. Never logged or echoed.")
    @IgnoreUnknownProperties
    public record Context(@NotBlank @Schema(example = "example-patient") String patientId,
                          @NotBlank @Schema(example = "Practitioner/example") String userId,
                          @Schema(type = SchemaType.STRING) Object encounterId) {
    }

    /** Other prefetch keys are accepted and never read. */
    @Schema(name = "CdsPrefetch")
    @IgnoreUnknownProperties
    public record Prefetch(
            @Schema(type = SchemaType.OBJECT, nullable = true, description = "The result of the prefetch template: a searchset Bundle of QuestionnaireResponses (the first match is screened), a single QuestionnaireResponse, or null / an empty Bundle when the patient has no completed intake. Mapped as api-contract §6.2.")
            Object intake) {
    }
}
