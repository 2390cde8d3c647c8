package org.ketascreen.intake.v2;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;

/** The STOP-Bang questions the patient answers (api-contract §9.2); B, A and G come from the rest of the intake. */
@Schema(description = "STOP-Bang questions; all five are required.")
public record StopBang(
        @NotNull Answer snoring,
        @NotNull Answer tired,
        @NotNull Answer observedApnoea,
        @NotNull Answer treatedHighBloodPressure,
        @NotNull Answer neckOver40cm) {
}
