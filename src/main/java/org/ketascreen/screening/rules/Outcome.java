package org.ketascreen.screening.rules;

/** What a finding means for the patient, most severe first (api-contract §3). */
public enum Outcome {
    URGENT_REFERRAL, INELIGIBLE, NEEDS_REVIEW, INFO
}
