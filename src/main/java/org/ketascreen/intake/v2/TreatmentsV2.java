package org.ketascreen.intake.v2;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.AcuteMedication;
import org.ketascreen.intake.Answer;

/** v1's {@link org.ketascreen.intake.Treatments}, its preventive trials with the months since the last dose. */
@Schema(description = "Preventive and acute treatment history.")
public record TreatmentsV2(
        @Schema(description = "Preventive trials, one entry per drug (may be empty).")
        @NotNull @Size(max = 40) List<@NotNull @Valid PreventiveTrialV2> preventive,
        @Schema(description = "Different triptans tried without adequate relief (lack of efficacy or intolerance).", example = "2")
        @NotNull @Min(0) @Max(20) Integer triptansFailed,
        @Schema(description = "Triptans are contraindicated for the patient.")
        @NotNull Answer triptansContraindicated,
        @Schema(description = "Acute (attack) medication in regular use (may be empty).")
        @NotNull @Size(max = 20) List<@NotNull @Valid AcuteMedication> acute) {
}
