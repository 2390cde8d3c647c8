package org.ketascreen.intake.v2;

/** Sex assigned at birth (api-contract §9.2); read only by ALC-1 and RESP-4. */
public enum SexAssignedAtBirth {
    FEMALE, MALE, NOT_SAID
}
