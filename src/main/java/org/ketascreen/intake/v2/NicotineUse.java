package org.ketascreen.intake.v2;

/** Tobacco or nicotine use (api-contract §9.2). */
public enum NicotineUse {
    NO, OCCASIONALLY, DAILY, UNKNOWN
}
