package org.ketascreen.intake.v2;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;

/** The safeguards oral micro-dosing at home needs (api-contract §9.2); asked when ORAL_MICRODOSE is screened. */
@Schema(description = "Safeguards at home; all four are required.")
public record Home(
        @Schema(description = "Someone will be with the patient after each dose.")
        @NotNull Answer peerMonitor,
        @Schema(description = "A blood pressure monitor at home.")
        @NotNull Answer bloodPressureMonitor,
        @Schema(description = "Agrees to check blood pressure and pulse before each dose.")
        @NotNull Answer agreesPreDoseCheck,
        @Schema(description = "Can store the medicine locked away.")
        @NotNull Answer secureStorage) {
}
