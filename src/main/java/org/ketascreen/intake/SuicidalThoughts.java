package org.ketascreen.intake;

/** Suicidal thoughts in the last month. */
public enum SuicidalThoughts {
    NONE, PASSIVE, WITH_PLAN_OR_INTENT, UNKNOWN
}
