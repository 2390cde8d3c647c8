package org.ketascreen.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The id, version and SHA-256 of a clinic protocol profile: what every v2 answer and the v2 questionnaire echo
 * (api-contract §9.4, §10.1), as {@link org.ketascreen.screening.rules.RuleSetReference} does for the rule set. The
 * annotation only documents it in the OpenAPI document.
 */
@Schema(description = "The clinic protocol profile the answer or questionnaire is for (api-contract §10.1).")
public record ProfileReference(@Schema(required = true, examples = "reference") String id,
                               @Schema(required = true, examples = "2.0.0") String version,
                               @Schema(required = true, pattern = "^[0-9a-f]{64}$",
                                       description = "SHA-256 of the profile's RFC 8785 canonical form, 64 lowercase hex digits.")
                               String sha256) {
}
