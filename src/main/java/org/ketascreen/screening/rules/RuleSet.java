package org.ketascreen.screening.rules;

import java.util.List;

/** A versioned, addressable rule set. Any change to a rule or threshold bumps {@code version}. */
public record RuleSet(String id, String version, List<Rule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public RuleSetReference reference() {
        return new RuleSetReference(id, version);
    }
}
