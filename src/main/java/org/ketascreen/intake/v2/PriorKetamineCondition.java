package org.ketascreen.intake.v2;

/** What a past ketamine treatment was for (api-contract §9.2). */
public enum PriorKetamineCondition {
    HEADACHE, MENTAL_HEALTH, OTHER_PAIN, OTHER
}
