package org.ketascreen.intake;

/** A tri-state answer. {@code UNKNOWN} is a valid answer ("the patient does not know"), never a default. */
public enum Answer {
    YES, NO, UNKNOWN
}
