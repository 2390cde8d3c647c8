package org.ketascreen.intake;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Other medical conditions.")
public record Conditions(
        @Schema(description = "Known raised intracranial pressure, intracranial mass, hydrocephalus or shunt, or IIH with papilloedema.")
        @NotNull Answer raisedIntracranialPressure,
        @Schema(description = "Idiopathic intracranial hypertension in remission, without papilloedema.")
        @NotNull Answer intracranialHypertensionInRemission,
        @NotNull Answer seizureDisorder,
        @NotNull LiverDisease liverDisease,
        @NotNull EyePressure eyePressure,
        @Schema(description = "Interstitial or ulcerative cystitis, or ketamine-associated uropathy.")
        @NotNull Answer interstitialCystitis,
        @NotNull Answer severeBladderDisease,
        @NotNull Answer otherChronicBladderSymptoms,
        @NotNull Hyperthyroidism hyperthyroidism,
        @Schema(description = "Allergy or hypersensitivity to ketamine or esketamine.")
        @NotNull Answer ketamineAllergy) {
}
