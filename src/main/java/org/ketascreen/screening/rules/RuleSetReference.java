package org.ketascreen.screening.rules;

/** The id and semantic version of a rule set: what every answer echoes (api-contract §3). */
public record RuleSetReference(String id, String version) {
}
