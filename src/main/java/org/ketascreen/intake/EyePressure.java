package org.ketascreen.intake;

/** Eye pressure; UNCONTROLLED is untreated or uncontrolled glaucoma or ocular hypertension, untreated angle closure, or a recent eye injury. */
public enum EyePressure {
    NORMAL, CONTROLLED_GLAUCOMA, UNCONTROLLED, UNKNOWN
}
