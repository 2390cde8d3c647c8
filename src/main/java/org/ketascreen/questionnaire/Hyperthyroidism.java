package org.ketascreen.questionnaire;

/** An overactive thyroid. */
public enum Hyperthyroidism {
    NONE, TREATED, UNCONTROLLED, UNKNOWN
}
