package org.ketascreen.intake.v2;

/** Kidney disease (api-contract §9.2); SEVERE = stage 4–5. */
public enum KidneyDisease {
    NONE, MILD_OR_MODERATE, SEVERE, DIALYSIS_OR_TRANSPLANT, UNKNOWN
}
