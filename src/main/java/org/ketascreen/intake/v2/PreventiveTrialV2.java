package org.ketascreen.intake.v2;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;
import org.ketascreen.intake.PreventiveClass;
import org.ketascreen.intake.PreventiveOutcome;

/** v1's {@link org.ketascreen.intake.PreventiveTrial} plus, for injected preventives, the months since the last dose. */
@Schema(description = "One preventive drug trial.")
@EnabledWhen(property = "monthsSinceLastDose", question = "drugClass", answer = {"ONABOTULINUMTOXIN_A", "CGRP_PATHWAY"})
public record PreventiveTrialV2(
        @NotNull PreventiveClass drugClass,
        @NotNull PreventiveOutcome outcome,
        @Schema(description = "Optional. Weeks the drug was taken.", example = "12")
        @Min(0) @Max(520) Integer trialWeeks,
        @Schema(description = "Optional. Whether the target or maximum tolerated dose was reached.")
        Answer reachedTargetDose,
        @Schema(description = "Optional, only for ONABOTULINUMTOXIN_A or CGRP_PATHWAY. Whole months since the last dose.")
        @Min(0) @Max(1200) Integer monthsSinceLastDose) {
}
