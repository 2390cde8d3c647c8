package org.ketascreen.intake;

/** Liver disease; SEVERE is cirrhosis Child-Pugh C or decompensated. */
public enum LiverDisease {
    NONE, MILD_OR_MODERATE, SEVERE, UNKNOWN
}
