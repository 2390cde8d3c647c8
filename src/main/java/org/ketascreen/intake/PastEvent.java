package org.ketascreen.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A past event and, when it happened, how many whole months ago. */
@Schema(description = "A past event. monthsAgo is optional and only allowed when answer is YES; a rule that needs it and does not get it evaluates to unknown.")
@EnabledWhen(property = "monthsAgo", question = "answer", answer = "YES")
public record PastEvent(
        @NotNull Answer answer,
        @Schema(description = "Optional, only with answer YES. Whole months since the (most recent) event.", example = "24")
        @Min(0) @Max(1200) Integer monthsAgo) {
}
