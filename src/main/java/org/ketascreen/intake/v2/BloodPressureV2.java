package org.ketascreen.intake.v2;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Consistent;
import org.ketascreen.intake.CrossFieldRules;

/** v1's {@link org.ketascreen.intake.BloodPressure} plus the pulse of the same reading (api-contract §9.2). */
@Schema(description = "A blood pressure reading in mmHg and its pulse; systolic, diastolic and measuredDaysAgo are required, diastolic below systolic.")
@Consistent
public record BloodPressureV2(
        @Schema(example = "122") @NotNull @Min(50) @Max(300) Integer systolic,
        @Schema(example = "78") @NotNull @Min(20) @Max(200) Integer diastolic,
        @Schema(description = "Days since the reading was taken.", example = "3")
        @NotNull @Min(0) @Max(3650) Integer measuredDaysAgo,
        @Schema(description = "Optional. The pulse of that same reading, per minute.", example = "72")
        @Min(20) @Max(250) Integer heartRate,
        @Schema(description = "Optional. The monitor showed its irregular-heartbeat symbol.")
        Answer irregularSymbol) implements CrossFieldRules {

    @Override
    public void check(Violations violations) {
        if (systolic != null && diastolic != null && diastolic >= systolic) {
            violations.reject("diastolic", "must be below systolic");
        }
    }
}
