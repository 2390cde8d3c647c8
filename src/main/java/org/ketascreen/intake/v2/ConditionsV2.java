package org.ketascreen.intake.v2;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EyePressure;
import org.ketascreen.intake.Hyperthyroidism;
import org.ketascreen.intake.LiverDisease;

/** v1's {@link org.ketascreen.intake.Conditions} plus kidney disease, other drug allergies and anaesthesia problems. */
@Schema(description = "Other medical conditions.")
public record ConditionsV2(
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
        @NotNull Answer ketamineAllergy,
        @NotNull KidneyDisease kidneyDisease,
        @Schema(description = "An allergy to another drug.")
        @NotNull Answer otherDrugAllergy,
        @Schema(description = "A problem with anaesthesia or sedation in the past.")
        @NotNull Answer anaesthesiaProblem) {
}
