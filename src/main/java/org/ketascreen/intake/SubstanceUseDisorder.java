package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A substance use disorder (alcohol, opioids, stimulants, cannabis and others).")
@EnabledWhen(property = "monthsInRemission", question = "status", answer = "IN_REMISSION")
public record SubstanceUseDisorder(
        @NotNull SubstanceUseStatus status,
        @Schema(description = "Optional, only with status IN_REMISSION. Whole months in remission.", example = "18")
        @Min(0) @Max(1200) Integer monthsInRemission) {
}
