package org.ketascreen.screening;

import java.util.ArrayList;
import java.util.List;

import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Result;

/** Plain-language next steps for a verdict; urgent care always comes first. */
final class NextSteps {
    private NextSteps() {
    }

    static final String URGENT_CARE = "Seek emergency or same-day in-person medical care now; do not wait for a telehealth visit.";
    static final String URGENT_PAUSE = "Ketamine screening stops here until the urgent problem has been assessed; the other findings are listed for the treating clinician.";
    static final String NOT_OFFERED = "Ketamine is not offered on the current answers; the findings say why.";
    static final String RESCREEN = "Some of these reasons can change (for example blood pressure control, the end of a pregnancy or of breastfeeding, stopping a medicine, time since an event, or further preventive trials): re-screen when they do.";
    static final String OTHER_OPTIONS = "Ask your headache clinician about other treatment options.";
    static final String REVIEW = "A clinician will review the flagged answers before any eligibility decision.";
    static final String BOOK_WITH_DIARY = "Book the telehealth clinician visit and bring your headache diary and medication list.";
    static final String BOOK = "Book the telehealth clinician visit.";
    static final String SOME_MODALITIES = "Some requested modalities need more before they can be offered: see the verdict of each modality.";

    /**
     * The steps for a verdict, in the order the patient should take them.
     *
     * @param evaluations every rule's result: an INELIGIBLE one from a rule whose cause can change
     *                    ({@link org.ketascreen.screening.rules.Rule#modifiable()}) adds {@link #RESCREEN}
     */
    static List<String> of(Verdict verdict, List<Evaluation> evaluations, List<ModalityVerdict> modalities) {
        List<String> steps = new ArrayList<>();
        switch (verdict) {
            case URGENT_REFERRAL -> {
                steps.add(URGENT_CARE);
                steps.add(URGENT_PAUSE);
            }
            case INELIGIBLE -> {
                steps.add(NOT_OFFERED);
                if (anyModifiable(evaluations)) {
                    steps.add(RESCREEN);
                }
                steps.add(OTHER_OPTIONS);
            }
            case NEEDS_REVIEW -> {
                steps.add(REVIEW);
                steps.add(BOOK_WITH_DIARY);
            }
            case ELIGIBLE -> {
                steps.add(BOOK);
                if (anyNotEligible(modalities)) {
                    steps.add(SOME_MODALITIES);
                }
            }
        }
        return List.copyOf(steps);
    }

    private static boolean anyModifiable(List<Evaluation> evaluations) {
        for (Evaluation e : evaluations) {
            if (e.rule().modifiable() && e.result() instanceof Result.Match m && m.outcome() == Outcome.INELIGIBLE) {
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
