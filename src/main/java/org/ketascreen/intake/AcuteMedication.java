package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One class of acute medication in regular use.")
public record AcuteMedication(
        @NotNull AcuteClass drugClass,
        @Schema(description = "Days per month it is taken.", example = "6")
        @NotNull @Min(0) @Max(31) Integer daysPerMonth,
        @Schema(description = "Months of regular use at that rate.", example = "24")
        @NotNull @Min(0) @Max(1200) Integer monthsOfRegularUse) {
}
