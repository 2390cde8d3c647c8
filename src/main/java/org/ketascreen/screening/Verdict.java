package org.ketascreen.screening;

import org.ketascreen.screening.rules.Outcome;

/** The screening verdict, most severe first: URGENT_REFERRAL > INELIGIBLE > NEEDS_REVIEW > ELIGIBLE. */
public enum Verdict {
    URGENT_REFERRAL, INELIGIBLE, NEEDS_REVIEW, ELIGIBLE;

    /** The verdict a finding of this outcome forces at least; INFO forces nothing. */
    public static Verdict of(Outcome outcome) {
        return switch (outcome) {
            case URGENT_REFERRAL -> URGENT_REFERRAL;
            case INELIGIBLE -> INELIGIBLE;
            case NEEDS_REVIEW -> NEEDS_REVIEW;
            case INFO -> ELIGIBLE;
        };
    }

    public boolean isMoreSevereThan(Verdict other) {
        return ordinal() < other.ordinal();
    }

    public static Verdict moreSevere(Verdict a, Verdict b) {
        return a.isMoreSevereThan(b) ? a : b;
    }

    public static Verdict lessSevere(Verdict a, Verdict b) {
        return a.isMoreSevereThan(b) ? b : a;
    }
}
