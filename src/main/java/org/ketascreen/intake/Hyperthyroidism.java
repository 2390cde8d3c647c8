package org.ketascreen.intake;

/** An overactive thyroid. */
public enum Hyperthyroidism {
    NONE, TREATED, UNCONTROLLED, UNKNOWN
}
