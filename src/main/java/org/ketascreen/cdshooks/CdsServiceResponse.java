package org.ketascreen.cdshooks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.http.Problem;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.intake.IgnoreUnknownProperties;
import org.ketascreen.intake.NullRefused;

/**
 * The answer to a hook call (CDS Hooks 2.0.1 §CDS Service Response). CDS Hooks forbids {@code null},
 * {@code ""}, {@code []} and {@code {}} for optional fields ("implementers MUST omit it"), so every optional
 * field of these records is left out when empty; {@code cards} itself is required and may be empty.
 */
@Schema(name = "CdsServiceResponse", description = "CDS Hooks 2.0.1 service response: the cards for the clinician. This service answers exactly one card.")
public record CdsServiceResponse(@Schema(required = true) List<Card> cards) {

    @Schema(name = "CdsCard", description = "A CDS Hooks card. Optional fields are omitted, never null or empty.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"uuid", "summary", "detail", "indicator", "source", "links", "overrideReasons", "extension"})
    public record Card(
            @Schema(description = "Derived from hookInstance: the same request gives the same card, byte for byte. Feedback names the card by it.",
                    example = "6b1f6c5e-0a52-5b8e-9d7e-2f0a1c3b4d5e") String uuid,
            @Schema(required = true, maxLength = 139, description = "The verdict in words, under 140 characters.") String summary,
            @Schema(description = "GitHub-flavoured Markdown: the verdict per modality, every finding with its rule id, message and source link, the next steps.") String detail,
            @Schema(required = true) Indicator indicator,
            @Schema(required = true) Source source,
            @Schema(description = "An absolute link to the clinic's intake page.") List<Link> links,
            @Schema(description = "Reasons the clinician may give when overriding the card.") List<Coding> overrideReasons,
            Extension extension) {
    }

    /** critical for URGENT_REFERRAL, warning for INELIGIBLE and NEEDS_REVIEW, info for ELIGIBLE (api-contract §7). */
    @Schema(name = "CdsIndicator", enumeration = {"info", "warning", "critical"}, type = SchemaType.STRING)
    public enum Indicator {
        INFO("info"), WARNING("warning"), CRITICAL("critical");

        private final String json;

        Indicator(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }

    @Schema(name = "CdsSource", description = "The rule set and its version; url is the rule set in force.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"label", "url"})
    public record Source(@Schema(required = true) String label, String url) {
    }

    @Schema(name = "CdsLink")
    @JsonPropertyOrder({"label", "url", "type"})
    public record Link(@Schema(required = true) String label, @Schema(required = true) String url,
                       @Schema(required = true, enumeration = {"absolute", "smart"}) String type) {
    }

    /**
     * A card's override reason, and the reason a feedback gives ({@link FeedbackRequest.OverrideReason}), read as
     * declared here. The components are in the order a feedback's reason is checked, display before code; the
     * JSON order is the one above.
     */
    @Schema(name = "CdsCoding")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"system", "code", "display"})
    @IgnoreUnknownProperties
    @NullRefused
    public record Coding(@NotEmpty String system, @Size(min = 1) String display, @NotEmpty String code) {
    }

    /**
     * The card's extension (CDS Hooks 2.0.1 §Extensions): the whole answer of the rule set the intake's version picks
     * (api-contract §9.6), exactly as that version's door gives it for the same answers (the v1 answer of POST
     * /api/v1/screenings for an unversioned or {@code |1.x.y} intake, the v2 answer of POST /api/v2/screenings under the
     * active profile for {@code |2.x.y}), so a client can read every finding by rule id; or, for an intake that cannot
     * be screened, the problem that door would answer.
     *
     * @param screening a {@link ScreeningResponse} or a {@link ScreeningResponseV2}
     */
    @Schema(name = "CdsCardExtension")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ketascreen.screening", "ketascreen.problem"})
    public record Extension(
            @JsonProperty("ketascreen.screening")
            @Schema(anyOf = {ScreeningResponse.class, ScreeningResponseV2.class},
                    description = "On a screened intake: the answer of the rule set its questionnaire version picks, byte for byte as the door of that version answers the same QuestionnaireResponse: ScreeningResponse (POST /api/v1/screenings) for an unversioned or |1.x.y intake, ScreeningResponseV2 (POST /api/v2/screenings, with the active profile) for |2.x.y.")
            Object screening,
            @JsonProperty("ketascreen.problem")
            @Schema(description = "On an intake that cannot be screened: the 400 problem that the door of its version (POST /api/v1/screenings or /api/v2/screenings) answers for it (that version's paths and messages, never values), or, for a questionnaire version no rule set screens, the violation at questionnaire.")
            Problem problem) {
        public Extension {
            if (screening != null && !(screening instanceof ScreeningResponse) && !(screening instanceof ScreeningResponseV2)) {
                throw new IllegalArgumentException("a card carries a v1 or v2 answer");
            }
        }
    }
}
