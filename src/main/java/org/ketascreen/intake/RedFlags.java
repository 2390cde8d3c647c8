package org.ketascreen.intake;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Red-flag symptoms of a possible secondary headache (SNNOOP10, SNOOP4). All ten are required.")
public record RedFlags(
        @Schema(description = "A headache that reached its worst within a minute (thunderclap), not yet medically evaluated.")
        @NotNull Answer thunderclapOnset,
        @Schema(description = "New weakness, numbness, confusion, seizure or an aura unlike the usual one.")
        @NotNull Answer newNeurologicalSymptoms,
        @Schema(description = "Fever or a stiff neck with the headache.")
        @NotNull Answer feverOrStiffNeck,
        @Schema(description = "Loss of vision, swollen optic discs, new double vision or pulsing in the ears.")
        @NotNull Answer visionLossOrSwollenOpticDiscs,
        @Schema(description = "A new headache, or a clearly changed or worsening pattern, in the last 3 months.")
        @NotNull Answer newOrChangedPatternLast3Months,
        @Schema(description = "A head or neck injury in the last 7 days.")
        @NotNull Answer headInjuryLast7Days,
        @Schema(description = "A painful red eye, or new eye pain with watering or a droopy eyelid.")
        @NotNull Answer painfulRedEye,
        @Schema(description = "A weakened immune system (HIV, transplant, chemotherapy) or active cancer.")
        @NotNull Answer immunosuppressionOrActiveCancer,
        @Schema(description = "Headache that changes with posture or is brought on by coughing, straining or exertion.")
        @NotNull Answer positionalOrExertionalHeadache,
        @Schema(description = "Chest pain or breathlessness now.")
        @NotNull Answer chestPainOrBreathlessness) {
}
