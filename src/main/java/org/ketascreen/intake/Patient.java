package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Age and obstetric status.")
public record Patient(
        @Schema(description = "Age in completed years.", example = "38")
        @NotNull @Min(0) @Max(120) Integer ageYears,
        @Schema(description = "Currently pregnant.")
        @NotNull Answer pregnant,
        @Schema(description = "Gave birth within the last 6 weeks.")
        @NotNull Answer postpartumWithin6Weeks,
        @Schema(description = "Currently breastfeeding.")
        @NotNull Answer breastfeeding,
        @Schema(description = "Planning a pregnancy, or not using reliable contraception.")
        @NotNull Answer mayBecomePregnant) {
}
