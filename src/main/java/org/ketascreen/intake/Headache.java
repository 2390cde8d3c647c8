package org.ketascreen.intake;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Headache diagnosis and current frequency.")
@Consistent
public record Headache(
        @Schema(description = "Diagnoses given by a clinician (non-empty, no duplicates).")
        @NotNull @Size(min = 1, max = 17) @Distinct List<@NotNull HeadacheDiagnosis> diagnoses,
        @Schema(description = "Average headache days per month, currently.", example = "20")
        @NotNull @Min(0) @Max(31) Integer headacheDaysPerMonth,
        @Schema(description = "Average debilitating headache days per month (not exceeding headacheDaysPerMonth).", example = "12")
        @NotNull @Min(0) @Max(31) Integer debilitatingDaysPerMonth,
        @Schema(description = "Whole months the current frequency has lasted.", example = "36")
        @NotNull @Min(0) @Max(1200) Integer monthsAtCurrentFrequency,
        @Schema(description = "Age when the headaches began (not above patient.ageYears).", example = "16")
        @NotNull @Min(0) @Max(120) Integer ageAtOnsetYears) implements CrossFieldRules {

    @Override
    public void check(Violations violations) {
        if (headacheDaysPerMonth != null && debilitatingDaysPerMonth != null
                && debilitatingDaysPerMonth > headacheDaysPerMonth) {
            violations.reject("debilitatingDaysPerMonth", "must not exceed headacheDaysPerMonth");
        }
    }
}
