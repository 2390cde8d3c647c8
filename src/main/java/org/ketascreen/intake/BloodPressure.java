package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A blood pressure reading in mmHg; all three properties are required, diastolic below systolic.")
@Consistent
public record BloodPressure(
        @Schema(example = "122") @NotNull @Min(50) @Max(300) Integer systolic,
        @Schema(example = "78") @NotNull @Min(20) @Max(200) Integer diastolic,
        @Schema(description = "Days since the reading was taken.", example = "3")
        @NotNull @Min(0) @Max(3650) Integer measuredDaysAgo) implements CrossFieldRules {

    @Override
    public void check(Violations violations) {
        if (systolic != null && diastolic != null && diastolic >= systolic) {
            violations.reject("diastolic", "must be below systolic");
        }
    }
}
