package org.ketascreen.intake.v2;

/** AUDIT-C item 3, how often six or more drinks on one occasion: 0–4 points in this order, then UNKNOWN (api-contract §9.2). */
public enum AuditSixOrMore {
    NEVER, LESS_THAN_MONTHLY, MONTHLY, WEEKLY, DAILY_OR_ALMOST, UNKNOWN
}
