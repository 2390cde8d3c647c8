package org.ketascreen.screening;

import java.util.ArrayList;
import java.util.List;

import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Result;

/** The next steps for a verdict, urgent care always first; their words are in the words file (patient.nextSteps). */
final class NextSteps {
    private NextSteps() {
    }

    /**
     * The steps for a verdict, in the order the patient should take them.
     *
     * @param evaluations every rule's result: an INELIGIBLE one from a rule whose cause can change
     *                    ({@link org.ketascreen.screening.rules.Rule#modifiable()}) adds {@link NextStep#RESCREEN}
     * @param recordsRequested v2: the patient agreed that the clinic asks the treating clinician for records
     */
    static List<NextStep> of(Verdict verdict, List<Evaluation> evaluations, List<ModalityVerdict> modalities,
                             boolean recordsRequested) {
        List<NextStep> steps = new ArrayList<>();
        switch (verdict) {
            case URGENT_REFERRAL -> {
                steps.add(NextStep.URGENT_CARE);
                steps.add(NextStep.URGENT_PAUSE);
            }
            case INELIGIBLE -> {
                steps.add(NextStep.NOT_OFFERED);
                if (anyModifiable(evaluations)) {
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
        if (recordsRequested) {
            steps.add(NextStep.RECORDS_REQUESTED);
        }
        return List.copyOf(steps);
    }

    private static boolean anyModifiable(List<Evaluation> evaluations) {
        for (Evaluation e : evaluations) {
            if (e.rule().modifiable() && (ineligible(e.result()) || e.result() instanceof Result.Several several
                    && several.matches().stream().anyMatch(NextSteps::ineligible))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ineligible(Result result) {
        return result instanceof Result.Match m && m.outcome() == Outcome.INELIGIBLE && !m.lasting();
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
