package org.ketascreen.intake.v2;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;

/** Who diagnosed the headaches and who treats them (api-contract §9.2). */
@Schema(description = "Diagnosis and the treating clinician.")
@EnabledWhen(property = "recordsConsent", question = "ongoingClinician", answer = "YES", required = true)
public record Referral(
        @NotNull DiagnosedBy diagnosedBy,
        @Schema(description = "A clinician treats the headaches now and will during treatment.")
        @NotNull Answer ongoingClinician,
        @Schema(description = "Consent to share records with that clinician; asked when ongoingClinician is YES.")
        Answer recordsConsent) {
}
