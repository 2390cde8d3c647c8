package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One preventive drug trial.")
public record PreventiveTrial(
        @NotNull PreventiveClass drugClass,
        @NotNull PreventiveOutcome outcome,
        @Schema(description = "Optional. Weeks the drug was taken.", example = "12")
        @Min(0) @Max(520) Integer trialWeeks,
        @Schema(description = "Optional. Whether the target or maximum tolerated dose was reached.")
        Answer reachedTargetDose) {
}
