package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.intake.Modality;

/** The verdict for one requested modality and the conditions it is always given under. */
public record ModalityVerdict(Modality modality, Verdict verdict, List<ModalityCondition> conditions) {
}
