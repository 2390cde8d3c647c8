package org.ketascreen.intake;

/** A class of regular medication that matters for ketamine interactions. */
public enum MedicationClass {
    MAOI, PSYCHOSTIMULANT, BENZODIAZEPINE, OPIOID, GABAPENTINOID, Z_DRUG, OTHER_CNS_DEPRESSANT, THEOPHYLLINE, LAMOTRIGINE, MEMANTINE_OR_DEXTROMETHORPHAN, SSRI_OR_SNRI, LITHIUM, ANTIPSYCHOTIC, OTHER
}
