package org.ketascreen.intake.v2;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Consistent;
import org.ketascreen.intake.CrossFieldRules;
import org.ketascreen.intake.Distinct;
import org.ketascreen.intake.EnabledWhen;

/** Past ketamine or esketamine as a treatment (not for an operation or emergency), api-contract §9.2. */
@Schema(description = "Past ketamine or esketamine treatment; the details are asked when treated is YES.")
@EnabledWhen(property = "condition", question = "treated", answer = "YES", required = true)
@EnabledWhen(property = "sessions", question = "treated", answer = "YES")
@EnabledWhen(property = "monthsSinceLast", question = "treated", answer = "YES")
@EnabledWhen(property = "currentlyPrescribed", question = "treated", answer = "YES", required = true)
@EnabledWhen(property = "helped", question = "treated", answer = "YES", required = true)
@EnabledWhen(property = "seriousReaction", question = "treated", answer = "YES", required = true)
@Consistent
public record PriorKetamine(
        @NotNull Answer treated,
        PriorKetamineCondition condition,
        @Schema(description = "Optional. Number of sessions.") @Min(1) @Max(1000) Integer sessions,
        @Schema(description = "Optional. Whole months since the last session.") @Min(0) @Max(1200) Integer monthsSinceLast,
        Answer currentlyPrescribed,
        Answer helped,
        @Schema(description = "Serious reactions (not empty, no duplicates; NONE and UNKNOWN only alone).")
        @Size(min = 1, max = 9) @Distinct List<@NotNull KetamineReaction> seriousReaction) implements CrossFieldRules {

    @Override
    public void check(Violations violations) {
        if (seriousReaction != null && seriousReaction.stream().filter(Objects::nonNull).count() > 1
                && (seriousReaction.contains(KetamineReaction.NONE) || seriousReaction.contains(KetamineReaction.UNKNOWN))) {
            violations.reject("seriousReaction", "must hold NONE or UNKNOWN alone");
        }
    }
}
