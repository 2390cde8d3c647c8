package org.ketascreen.screening.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The id and semantic version of a rule set: what every answer echoes (api-contract §3). The annotation
 * only documents it in the OpenAPI document; the engine needs nothing of it at run time.
 */
@Schema(description = "Id and semantic version of the rule set that produced the answer.")
public record RuleSetReference(@Schema(required = true, examples = "ketamine-migraine") String id,
                               @Schema(required = true, examples = "1.1.0") String version) {
}
