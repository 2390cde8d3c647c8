package org.ketascreen.intake;

/** A ketamine route of administration a clinic offers. */
public enum Modality {
    IV_INFUSION, INTRANASAL, ORAL_MICRODOSE
}
