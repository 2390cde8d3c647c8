package org.ketascreen.cdshooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a feedback call (CDS Hooks 2.0.1 §Feedback), for the OpenAPI document; {@link FeedbackReader}
 * reads it by hand and keeps only what the audit line needs (card uuid, outcome, override reason code).
 */
@Schema(name = "CdsFeedbackRequest", description = "CDS Hooks 2.0.1 feedback: what the clinician did with one or more cards.")
public record FeedbackRequest(@Schema(required = true, minItems = 1, maxItems = FeedbackReader.MAX_ENTRIES) List<Feedback> feedback) {

    @Schema(name = "CdsFeedback")
    public record Feedback(
            @Schema(required = true, description = "The card's uuid.") String card,
            @Schema(required = true, enumeration = {"accepted", "overridden"}) String outcome,
            @Schema(description = "Required when outcome is accepted.", minItems = 1) List<AcceptedSuggestion> acceptedSuggestions,
            OverrideReason overrideReason,
            @Schema(required = true, description = "RFC 3339 date-time, UTC.", example = "2026-03-02T15:04:05Z") String outcomeTimestamp) {
    }

    @Schema(name = "CdsAcceptedSuggestion")
    public record AcceptedSuggestion(@Schema(required = true) String id) {
    }

    @Schema(name = "CdsOverrideReason", description = "userComment is accepted and never logged or stored.")
    public record OverrideReason(CdsServiceResponse.Coding reason, String userComment) {
    }
}
