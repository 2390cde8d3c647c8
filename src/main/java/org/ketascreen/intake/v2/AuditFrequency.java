package org.ketascreen.intake.v2;

/** AUDIT-C item 1, how often a drink containing alcohol: 0–4 points in this order, then UNKNOWN (api-contract §9.2). */
public enum AuditFrequency {
    NEVER, MONTHLY_OR_LESS, TWO_TO_FOUR_PER_MONTH, TWO_TO_THREE_PER_WEEK, FOUR_OR_MORE_PER_WEEK, UNKNOWN
}
