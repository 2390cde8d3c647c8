package org.ketascreen.intake;

import java.util.List;

/** The request cannot be read as an intake; carries every violation found. No entered value inside. */
public class InvalidIntakeException extends RuntimeException {
    private final transient List<Violation> violations;
    private final int total;

    public InvalidIntakeException(List<Violation> violations, int total) {
        super(total + " violations", null, false, false);
        this.violations = List.copyOf(violations);
        this.total = total;
    }

    public static InvalidIntakeException of(String field, String message) {
        return new InvalidIntakeException(List.of(new Violation(field, message)), 1);
    }

    /** The violations listed (at most {@link InputLimits#MAX_VIOLATIONS_LISTED}). */
    public List<Violation> violations() {
        return violations;
    }

    /** How many violations were found in all. */
    public int total() {
        return total;
    }
}
