package org.ketascreen.screening;

/**
 * A next step the answer gives for its verdict ({@link NextSteps} chooses them, urgent care first). The engine
 * names the step; the words the patient reads are in the words file ({@code patient.nextSteps}).
 */
public enum NextStep {
    /** URGENT_REFERRAL: emergency or same-day in-person care now. */
    URGENT_CARE,
    /** URGENT_REFERRAL: screening stops until the urgent problem has been assessed. */
    URGENT_PAUSE,
    /** INELIGIBLE: ketamine is not offered on these answers. */
    NOT_OFFERED,
    /** INELIGIBLE with a finding whose cause can change (NextSteps.MODIFIABLE): re-screen when it does. */
    RESCREEN,
    /** INELIGIBLE: other treatment options. */
    OTHER_OPTIONS,
    /** NEEDS_REVIEW: a clinician reviews the flagged answers. */
    REVIEW,
    /** NEEDS_REVIEW: book the visit with a headache diary and medication list. */
    BOOK_WITH_DIARY,
    /** ELIGIBLE: book the visit. */
    BOOK,
    /** ELIGIBLE for some requested modalities, not all. */
    SOME_MODALITIES,
    /** v2, {@code referral.recordsConsent} YES: records will be requested from the treating clinician (§9.3). */
    RECORDS_REQUESTED
}
