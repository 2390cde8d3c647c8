package org.ketascreen.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Substance use.")
public record SubstanceUse(
        @Schema(description = "Any history of ketamine, PCP or other dissociative misuse.")
        @NotNull Answer ketamineOrDissociativeMisuse,
        @NotNull @Valid SubstanceUseDisorder substanceUseDisorder,
        @Schema(description = "Recreational drug use in the last month, without a use disorder.")
        @NotNull Answer recreationalDrugUseLastMonth) {
}
