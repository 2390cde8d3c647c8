package org.ketascreen.intake;

/** A class of acute (attack) medication; SIMPLE_ANALGESIC is paracetamol, aspirin or another NSAID (ICHD-3 8.2.3). */
public enum AcuteClass {
    TRIPTAN, ERGOT, OPIOID, COMBINATION_ANALGESIC, SIMPLE_ANALGESIC, GEPANT, DITAN, OTHER
}
