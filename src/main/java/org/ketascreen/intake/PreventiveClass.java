package org.ketascreen.intake;

/** A class of migraine preventive (EHF 2020 class table as adapted by Sevivas and Fresco 2022). */
public enum PreventiveClass {
    BETA_BLOCKER, ANTIEPILEPTIC, ANTIDEPRESSANT, CALCIUM_CHANNEL_BLOCKER, ACE_INHIBITOR_OR_ARB, ONABOTULINUMTOXIN_A, CGRP_PATHWAY, OTHER
}
