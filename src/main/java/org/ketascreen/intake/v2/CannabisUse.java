package org.ketascreen.intake.v2;

/** Cannabis use in the last 3 months (api-contract §9.2). */
public enum CannabisUse {
    NEVER, LESS_THAN_WEEKLY, WEEKLY, DAILY_OR_ALMOST, UNKNOWN
}
