package org.ketascreen.intake;

/** Status of a substance use disorder. */
public enum SubstanceUseStatus {
    NONE, CURRENT, IN_REMISSION, UNKNOWN
}
