package org.ketascreen.intake.v2;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;

/**
 * A {@link org.ketascreen.intake.PastEvent} whose months are required with YES (api-contract §9.2: an estimate is
 * fine), so a record of its own: v1's PastEvent keeps them optional.
 */
@Schema(description = "Suicidal behaviour, ever. monthsAgo is required with answer YES and only allowed then.")
@EnabledWhen(property = "monthsAgo", question = "answer", answer = "YES", required = true)
public record SuicidalBehaviour(
        @NotNull Answer answer,
        @Schema(description = "Required with answer YES. Whole months since the last time (an estimate is fine).", example = "24")
        @Min(0) @Max(1200) Integer monthsAgo) {
}
