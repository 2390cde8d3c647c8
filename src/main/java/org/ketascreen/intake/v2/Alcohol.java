package org.ketascreen.intake.v2;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;

/**
 * The three AUDIT-C items and alcohol withdrawal (api-contract §9.2). Items 2 and 3 and {@code withdrawalEver} are
 * asked whenever {@code frequency} is not NEVER, UNKNOWN included (§12): every other code, in enum order.
 */
@Schema(description = "Alcohol (AUDIT-C) and withdrawal; the follow-ups are asked when frequency is not NEVER.")
@EnabledWhen(property = "typicalDrinks", question = "frequency", answer = {"MONTHLY_OR_LESS", "TWO_TO_FOUR_PER_MONTH",
        "TWO_TO_THREE_PER_WEEK", "FOUR_OR_MORE_PER_WEEK", "UNKNOWN"}, required = true)
@EnabledWhen(property = "sixOrMore", question = "frequency", answer = {"MONTHLY_OR_LESS", "TWO_TO_FOUR_PER_MONTH",
        "TWO_TO_THREE_PER_WEEK", "FOUR_OR_MORE_PER_WEEK", "UNKNOWN"}, required = true)
@EnabledWhen(property = "withdrawalEver", question = "frequency", answer = {"MONTHLY_OR_LESS", "TWO_TO_FOUR_PER_MONTH",
        "TWO_TO_THREE_PER_WEEK", "FOUR_OR_MORE_PER_WEEK", "UNKNOWN"}, required = true)
public record Alcohol(
        @NotNull AuditFrequency frequency,
        AuditDrinks typicalDrinks,
        AuditSixOrMore sixOrMore,
        @Schema(description = "Shakes, fits or hallucinations after stopping drinking, or needed help to stop.")
        Answer withdrawalEver) {
}
