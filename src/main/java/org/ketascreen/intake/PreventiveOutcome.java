package org.ketascreen.intake;

/** How a preventive trial ended. */
public enum PreventiveOutcome {
    INEFFECTIVE, NOT_TOLERATED, CONTRAINDICATED, EFFECTIVE, ONGOING, UNKNOWN
}
