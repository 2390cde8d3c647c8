package org.ketascreen.intake.v2;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.PastEvent;
import org.ketascreen.intake.SuicidalThoughts;

/** v1's {@link org.ketascreen.intake.Psychiatric} plus suicidal behaviour, PTSD, dissociative and personality disorders. */
@Schema(description = "Psychiatric history.")
public record PsychiatricV2(
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
        @NotNull Answer anxiety,
        @Schema(description = "Ever did, started or prepared anything to end one's life.")
        @NotNull @Valid SuicidalBehaviour suicidalBehaviour,
        @Schema(description = "Post-traumatic stress disorder, diagnosed by a clinician.")
        @NotNull Answer ptsd,
        @Schema(description = "A dissociative disorder, diagnosed by a clinician.")
        @NotNull Answer dissociativeDisorder,
        @Schema(description = "A personality disorder needing specialist care in the last 2 years.")
        @NotNull Answer severePersonalityDisorder) {
}
