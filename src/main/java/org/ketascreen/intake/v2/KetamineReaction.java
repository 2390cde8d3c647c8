package org.ketascreen.intake.v2;

/** A serious reaction to past ketamine (api-contract §9.2); NONE and UNKNOWN only alone. */
public enum KetamineReaction {
    NONE, ALLERGIC, BREATHING_PROBLEM, DANGEROUS_BP_OR_CHEST_PAIN, PSYCHOSIS_OR_DISTRESS_OVER_24H, BLADDER_OR_URINARY, LIVER, OTHER_SERIOUS, UNKNOWN
}
