package org.ketascreen.screening.rules;

import java.util.List;
import java.util.Objects;

/**
 * One configurable threshold of rule set 2.0.0 (api-contract §10.2): a clinic's profile may set it within
 * {@code allowed}; every rule that reads it takes its value from {@link ParameterValues}.
 *
 * @param name         the registry name, {@code family.what} ({@code "age.reviewFrom"})
 * @param kind         what its values are
 * @param unit         the unit as §10.2 writes it ({@code "h"}, {@code "mmHg"}); null when it has none
 * @param defaultValue the reference value: an {@link Integer}, a {@link Boolean} or an enum constant's name
 * @param min          the least allowed integer (inclusive); null unless {@link Kind#INTEGER}
 * @param max          the greatest allowed integer (inclusive); null unless {@link Kind#INTEGER}
 * @param values       the allowed names, in the order §10.2 gives them; empty for {@link Kind#INTEGER}
 * @param rules        every rule that reads it, in rule-set order
 * @param sourceLabel  where the default and the range come from (§10.2's source column)
 */
public record Parameter(String name, Kind kind, String unit, Object defaultValue, Integer min, Integer max,
                        List<String> values, List<String> rules, String sourceLabel) {

    /** The kinds of value a parameter takes. */
    public enum Kind {
        /** A whole number within [min, max]. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** {@code NEEDS_REVIEW} or {@code INELIGIBLE}: never INFO or a pass (§10.4 item 3). */
        OUTCOME,
        /** A {@code CannabisUse} level. */
        CANNABIS_USE
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, name + " kind");
        Objects.requireNonNull(defaultValue, name + " default");
        values = List.copyOf(values);
        rules = List.copyOf(rules);
        Objects.requireNonNull(sourceLabel, name + " source");
        if (kind == Kind.INTEGER) {
            if (min == null || max == null || min > max || !(defaultValue instanceof Integer d) || d < min || d > max) {
                throw new IllegalArgumentException(name + ": an integer parameter needs min <= default <= max");
            }
        } else if (min != null || max != null || !values.contains(String.valueOf(defaultValue))) {
            throw new IllegalArgumentException(name + ": a choice parameter needs its default among its values");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(name + " is read by no rule");
        }
    }

    /** Whether {@code value} (as read: Integer, Boolean or a name) is an allowed value of this parameter. */
    public boolean allows(Object value) {
        return switch (kind) {
            case INTEGER -> value instanceof Integer i && i >= min && i <= max;
            case BOOLEAN -> value instanceof Boolean;
            case OUTCOME, CANNABIS_USE -> value instanceof String s && values.contains(s);
        };
    }

    /** The allowed values in §10.2's words: {@code "12..72 h"}, {@code "NEEDS_REVIEW, INELIGIBLE"}. */
    public String allowedText() {
        return kind == Kind.INTEGER
                ? min + ".." + max + (unit == null ? "" : " " + unit)
                : String.join(", ", values);
    }
}
