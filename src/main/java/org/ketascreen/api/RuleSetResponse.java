package org.ketascreen.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.screening.rules.Category;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.screening.rules.RuleSet;

/** The rule set in force (GET /api/v1/ruleset). */
@Schema(name = "RuleSet", description = "The rule set in force: id, semantic version and every rule with its title, outcomes, fields and source.")
public record RuleSetResponse(@Schema(required = true, examples = "ketamine-migraine") String id,
                              @Schema(required = true, examples = "1.1.0") String version,
                              @Schema(required = true) List<RuleView> rules) {

    @Schema(name = "Rule", description = "One rule. outcomes lists what a finding of the rule can carry; it is empty for the inclusion criteria DX-1 and IND-1, which never produce a finding.")
    public record RuleView(@Schema(required = true, ref = "RuleId") String id, @Schema(required = true) String title,
                           @Schema(required = true) Category category,
                           @Schema(required = true, description = "May be empty (DX-1, IND-1).") List<Outcome> outcomes,
                           @Schema(required = true, description = "The request paths the rule reads.") List<String> fields,
                           @Schema(required = true) ScreeningResponse.SourceView source) {
    }

    static RuleSetResponse of(RuleSet ruleSet) {
        return new RuleSetResponse(ruleSet.id(), ruleSet.version(), ruleSet.rules().stream().map(RuleSetResponse::view).toList());
    }

    private static RuleView view(Rule rule) {
        return new RuleView(rule.id(), rule.title(), rule.category(), rule.outcomes(), rule.fields(),
                ScreeningResponse.SourceView.of(rule.source()));
    }
}
