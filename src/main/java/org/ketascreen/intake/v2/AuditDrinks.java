package org.ketascreen.intake.v2;

/** AUDIT-C item 2, drinks on a typical drinking day: 0–4 points in this order, then UNKNOWN (api-contract §9.2). */
public enum AuditDrinks {
    ONE_OR_TWO, THREE_OR_FOUR, FIVE_OR_SIX, SEVEN_TO_NINE, TEN_OR_MORE, UNKNOWN
}
