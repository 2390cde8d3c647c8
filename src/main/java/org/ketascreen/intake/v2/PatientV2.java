package org.ketascreen.intake.v2;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;

/** v1's {@link org.ketascreen.intake.Patient} plus sex assigned at birth and an optional body size (api-contract §9.2). */
@Schema(description = "Age, obstetric status, sex assigned at birth and body size.")
public record PatientV2(
        @Schema(description = "Age in completed years.", example = "38")
        @NotNull @Min(0) @Max(120) Integer ageYears,
        @Schema(description = "Currently pregnant.")
        @NotNull Answer pregnant,
        @Schema(description = "Gave birth within the last 6 weeks.")
        @NotNull Answer postpartumWithin6Weeks,
        @Schema(description = "Currently breastfeeding.")
        @NotNull Answer breastfeeding,
        @Schema(description = "Planning a pregnancy, or not using reliable contraception.")
        @NotNull Answer mayBecomePregnant,
        @Schema(description = "Sex assigned at birth; read only by the AUDIT-C and STOP-Bang scores.")
        @NotNull SexAssignedAtBirth sexAssignedAtBirth,
        @Schema(description = "Optional. Weight and height; absent means not known.")
        @Valid Body body) {
}
