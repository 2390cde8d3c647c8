package org.ketascreen.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Psychiatric history.")
public record Psychiatric(
        @NotNull Answer schizophrenia,
        @NotNull Answer schizoaffectiveDisorder,
        @Schema(description = "Delusional disorder or another primary psychotic disorder, ever.")
        @NotNull Answer otherPsychoticDisorder,
        @Schema(description = "Any psychotic episode (including substance-induced, postpartum or psychotic depression).")
        @NotNull @Valid PastEvent psychoticEpisode,
        @Schema(description = "A manic or hypomanic episode, current or past.")
        @NotNull @Valid PastEvent maniaOrHypomania,
        @Schema(description = "A first-degree relative with a primary psychotic disorder.")
        @NotNull Answer familyHistoryOfPsychosis,
        @NotNull SuicidalThoughts suicidalThoughts,
        @Schema(description = "Dementia or another major neurocognitive disorder, or doubt about capacity to consent.")
        @NotNull Answer cognitiveImpairment,
        @NotNull Answer depression,
        @NotNull Answer anxiety) {
}
