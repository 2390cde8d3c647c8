package org.ketascreen.intake.v2;

/** Who diagnosed the headaches (api-contract §9.2). */
public enum DiagnosedBy {
    NEUROLOGIST_OR_HEADACHE_SPECIALIST, OTHER_DOCTOR, NOT_BY_A_CLINICIAN, UNKNOWN
}
