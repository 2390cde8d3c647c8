package org.ketascreen.intake;

/**
 * A request record with rules that span several of its fields. Checked by {@link Consistent} after
 * the single-field constraints, so every broken rule is reported in the same answer.
 */
public interface CrossFieldRules {

    /** Rejects each broken rule; fields that are missing are left to their own constraints. */
    void check(Violations violations);

    /** Collects cross-field violations against paths relative to the checked record. */
    interface Violations {
        void reject(String relativePath, String message);
    }
}
