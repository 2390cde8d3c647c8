package org.ketascreen.screening.rules;

/** The clinical area a rule belongs to, for grouping findings on a clinician's screen. */
public enum Category {
    RED_FLAG, AGE, DIAGNOSIS, INDICATION, MEDICATION_OVERUSE, BLOOD_PRESSURE, CARDIOVASCULAR, PSYCHIATRIC,
    COMORBIDITY, OBSTETRIC, SUBSTANCE_USE, ORGAN_FUNCTION, HYPERSENSITIVITY, DRUG_INTERACTION, LOGISTICS
}
