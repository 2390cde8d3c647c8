package org.ketascreen.intake.v2;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;
import org.ketascreen.intake.PastEvent;
import org.ketascreen.intake.SubstanceUseDisorder;

/**
 * v1's {@link org.ketascreen.intake.SubstanceUse} with ketamine misuse as a {@link PastEvent} (v1: an Answer), plus
 * a ketamine use disorder, cannabis, nicotine and abstaining around doses (api-contract §9.2).
 */
@Schema(description = "Substance use.")
@EnabledWhen(property = "ketamineUseDisorder", question = "ketamineOrDissociativeMisuse.answer", answer = "YES", required = true)
@EnabledWhen(property = "cannabisPrescribed", question = "cannabis", answer = {"LESS_THAN_WEEKLY", "WEEKLY", "DAILY_OR_ALMOST"},
        required = true)
public record SubstanceUseV2(
        @Schema(description = "Non-medical use of ketamine, PCP or another dissociative; monthsAgo since the last use, 0 = now.")
        @NotNull @Valid PastEvent ketamineOrDissociativeMisuse,
        @Schema(description = "Ever diagnosed or treated for a ketamine or dissociative use disorder; asked when misuse is YES.")
        Answer ketamineUseDisorder,
        @NotNull @Valid SubstanceUseDisorder substanceUseDisorder,
        @Schema(description = "Recreational drug use in the last month, without a use disorder.")
        @NotNull Answer recreationalDrugUseLastMonth,
        @Schema(description = "Cannabis use in the last 3 months.")
        @NotNull CannabisUse cannabis,
        @Schema(description = "The cannabis is prescribed; asked when cannabis is used.")
        Answer cannabisPrescribed,
        @NotNull NicotineUse tobaccoOrNicotine,
        @Schema(description = "Can abstain from alcohol and cannabis around doses.")
        @NotNull Answer canAbstainAroundDoses) {
}
