package org.ketascreen.cdshooks;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Consistent;
import org.ketascreen.intake.CrossFieldRules;
import org.ketascreen.intake.DateTime;
import org.ketascreen.intake.Expected;
import org.ketascreen.intake.IgnoreUnknownProperties;
import org.ketascreen.intake.NullRefused;
import org.ketascreen.intake.OneOf;

/**
 * A feedback call (CDS Hooks 2.0.1 §Feedback): what makes one valid, declared once, as the spec defines it; no
 * null or empty value in an entry (§Use of JSON), other properties accepted. {@link FeedbackReader} binds the
 * body to it and keeps what the value-free audit line needs (card uuid, outcome, override reason code); the
 * OpenAPI document is generated from it. Components are in the order their violations are listed.
 */
@Schema(name = "CdsFeedbackRequest", description = "CDS Hooks 2.0.1 feedback: what the clinician did with one or more cards.")
@IgnoreUnknownProperties
public record FeedbackRequest(
        @NotEmpty(message = "must hold at least one entry")
        @Size(max = FeedbackRequest.MAX_ENTRIES, message = "must hold at most " + FeedbackRequest.MAX_ENTRIES + " entries")
        List<Feedback> feedback) {

    /** Entries in one call: far above what a clinician's session produces, far below what costs anything. */
    static final int MAX_ENTRIES = 100;

    @Schema(name = "CdsFeedback")
    @IgnoreUnknownProperties
    @NullRefused
    @Consistent
    public record Feedback(
            @NotEmpty @Schema(description = "The card's uuid.") String card,
            @NotEmpty @OneOf({"accepted", "overridden"}) String outcome,
            @NotEmpty @DateTime(message = "must be an RFC 3339 date-time, e.g. 2026-03-02T15:04:05Z")
            @Schema(description = "RFC 3339 date-time, UTC.", example = "2026-03-02T15:04:05Z") String outcomeTimestamp,
            @Expected("a non-empty JSON array") @Size(min = 1)
            @Schema(description = "Required when outcome is accepted.") List<AcceptedSuggestion> acceptedSuggestions,
            @Expected("a non-empty JSON object") @Size(min = 1) OverrideReason overrideReason) implements CrossFieldRules {

        @Override
        public void check(Violations violations) {
            if ("accepted".equals(outcome) && acceptedSuggestions == null) {
                violations.reject("acceptedSuggestions", "is required when outcome is accepted");
            }
        }
    }

    @Schema(name = "CdsAcceptedSuggestion")
    @IgnoreUnknownProperties
    @NullRefused
    public record AcceptedSuggestion(@NotEmpty String id) {
    }

    @Schema(name = "CdsOverrideReason", description = "userComment is accepted and never logged or stored.")
    @IgnoreUnknownProperties
    @NullRefused
    public record OverrideReason(@Size(min = 1) String userComment,
                                 @Expected("a Coding (system, code, display)") CdsServiceResponse.Coding reason) {
    }
}
