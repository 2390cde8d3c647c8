package org.ketascreen.intake.v2;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Weight and height, both required inside (api-contract §9.2); the form converts lb and in. */
@Schema(description = "Weight and height; both are required.")
public record Body(
        @Schema(example = "68") @NotNull @Min(25) @Max(350) Integer weightKg,
        @Schema(example = "170") @NotNull @Min(100) @Max(250) Integer heightCm) {
}
