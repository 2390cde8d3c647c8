package org.ketascreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ketascreen.screening.rules.Outcome;

/** The next steps for a verdict, urgent care always first; their words are in the words file (patient.nextSteps). */
final class NextSteps {
    private NextSteps() {
    }

    /** INELIGIBLE findings whose cause can change with time or treatment. */
    static final Set<String> MODIFIABLE = Set.of("BP-3", "OB-1", "OB-2", "DDI-4", "ORG-5", "CV-1", "CV-3", "PSY-2", "PSY-3",
            "SUB-2", "IND-5");

    static List<NextStep> of(Verdict verdict, List<Finding> findings, List<ModalityVerdict> modalities) {
        List<NextStep> steps = new ArrayList<>();
        switch (verdict) {
            case URGENT_REFERRAL -> {
                steps.add(NextStep.URGENT_CARE);
                steps.add(NextStep.URGENT_PAUSE);
            }
            case INELIGIBLE -> {
                steps.add(NextStep.NOT_OFFERED);
                if (anyModifiable(findings)) {
                    steps.add(NextStep.RESCREEN);
                }
                steps.add(NextStep.OTHER_OPTIONS);
            }
            case NEEDS_REVIEW -> {
                steps.add(NextStep.REVIEW);
                steps.add(NextStep.BOOK_WITH_DIARY);
            }
            case ELIGIBLE -> {
                steps.add(NextStep.BOOK);
                if (anyNotEligible(modalities)) {
                    steps.add(NextStep.SOME_MODALITIES);
                }
            }
        }
        return List.copyOf(steps);
    }

    private static boolean anyModifiable(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.outcome() == Outcome.INELIGIBLE && MODIFIABLE.contains(f.ruleId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNotEligible(List<ModalityVerdict> modalities) {
        for (ModalityVerdict m : modalities) {
            if (m.verdict() != Verdict.ELIGIBLE) {
                return true;
            }
        }
        return false;
    }
}
