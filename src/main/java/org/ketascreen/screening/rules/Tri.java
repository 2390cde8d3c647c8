package org.ketascreen.screening.rules;

import org.ketascreen.intake.Answer;

/**
 * Three-valued (Kleene) logic, as in CQL: {@code UNKNOWN} is a state of its own, never false.
 * A condition is UNKNOWN only when an unknown answer could change its value.
 */
public enum Tri {
    MATCH, NO_MATCH, UNKNOWN;

    public static Tri of(Answer answer) {
        return switch (answer) {
            case YES -> MATCH;
            case NO -> NO_MATCH;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public static Tri of(boolean value) {
        return value ? MATCH : NO_MATCH;
    }

    public Tri and(Tri other) {
        if (this == NO_MATCH || other == NO_MATCH) {
            return NO_MATCH;
        }
        return this == MATCH && other == MATCH ? MATCH : UNKNOWN;
    }

    public Tri or(Tri other) {
        if (this == MATCH || other == MATCH) {
            return MATCH;
        }
        return this == NO_MATCH && other == NO_MATCH ? NO_MATCH : UNKNOWN;
    }
}
