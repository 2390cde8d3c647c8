package org.ketascreen.screening.rules;

import java.util.List;

/**
 * A threshold that no profile may move (api-contract §10.4, clinical-criteria-v2 §16): a profile naming it is
 * refused, and {@code GET /api/v2/ruleset} lists it with {@code configurable: false}.
 */
public record FixedParameter(String name, Number value, List<String> rules) {
    public FixedParameter {
        rules = List.copyOf(rules);
    }
}
