package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.HYPERSENSITIVITY;
import static org.ketascreen.screening.rules.Category.INDICATION;
import static org.ketascreen.screening.rules.Category.SUBSTANCE_USE;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.v2.KetamineReaction;
import org.ketascreen.intake.v2.PriorKetamine;
import org.ketascreen.intake.v2.PriorKetamineCondition;

/**
 * Ketamine or esketamine given before as a treatment, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §5):
 * KET-1 to KET-3. {@code treated} UNKNOWN leaves every follow-up unasked: KET-1 and KET-2 review, KET-3 notes (§12).
 * An allergic reaction is HS-1's. {@code sessions} and {@code monthsSinceLast} are context in every KET finding.
 */
final class PriorKetamineRules {
    private PriorKetamineRules() {
    }

    private static final String TREATED = "priorKetamine.treated";
    private static final String PRESCRIBED = "priorKetamine.currentlyPrescribed";
    private static final String REACTION = "priorKetamine.seriousReaction";
    private static final List<String> CONTEXT = List.of("priorKetamine.sessions", "priorKetamine.monthsSinceLast");

    static List<Rule> rules() {
        return List.of(
                rule("KET-1").title("Ketamine or esketamine prescribed now by another clinic")
                        .category(SUBSTANCE_USE).source(Sources.CLINIC_PROTOCOLS)
                        .reads(TREATED, PRESCRIBED)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            PriorKetamine k = s.v2().priorKetamine();
                            return switch (asked(k, k.currentlyPrescribed())) {
                                case YES -> Result.match(NEEDS_REVIEW, "Ketamine or esketamine prescribed now by another clinic: a clinician checks for a double supply first.",
                                        with(k, PRESCRIBED));
                                case UNKNOWN -> Result.unknown(Rules.unknownMessage("ketamine prescribed now by another clinic"),
                                        with(k, k.treated() == Answer.UNKNOWN ? TREATED : PRESCRIBED));
                                case NO -> Result.NO_MATCH;
                            };
                        }),
                rule("KET-2").title("A serious reaction to ketamine or esketamine before (an allergic one is HS-1)")
                        .category(HYPERSENSITIVITY).source(Sources.KETHEAD)
                        .reads(TREATED, REACTION)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            PriorKetamine k = s.v2().priorKetamine();
                            if (k.treated() == Answer.NO) {
                                return Result.NO_MATCH;
                            }
                            if (k.treated() == Answer.UNKNOWN) {
                                return Result.unknown(Rules.unknownMessage("a serious reaction to ketamine before"), List.of(TREATED));
                            }
                            List<KetamineReaction> reactions = k.seriousReaction();
                            boolean serious = reactions.stream().anyMatch(r -> r != KetamineReaction.NONE && r != KetamineReaction.UNKNOWN
                                    && r != KetamineReaction.ALLERGIC);
                            if (serious) {
                                Outcome outcome = s.parameters().outcome(Parameters.KET2_OUTCOME);
                                return Result.match(outcome, outcome == INELIGIBLE
                                        ? "A serious reaction to ketamine before: ketamine is not offered under this protocol."
                                        : "A serious reaction to ketamine before: a clinician reviews it first.", with(k, REACTION));
                            }
                            return reactions.contains(KetamineReaction.UNKNOWN)
                                    ? Result.unknown(Rules.unknownMessage("a serious reaction to ketamine before"), with(k, REACTION))
                                    : Result.NO_MATCH;
                        }),
                rule("KET-3").title("Ketamine for headache before: did not help (review), helped (noted)")
                        .category(INDICATION).source(Sources.KETHEAD)
                        .reads(TREATED, "priorKetamine.condition", "priorKetamine.helped")
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(s -> {
                            PriorKetamine k = s.v2().priorKetamine();
                            return switch (asked(k, k.helped())) {
                                case NO -> k.condition() == PriorKetamineCondition.HEADACHE
                                        ? Result.match(NEEDS_REVIEW, "Ketamine for headache before did not help: a clinician weighs whether another course is worthwhile.",
                                        with(k, "priorKetamine.condition", "priorKetamine.helped"))
                                        : Result.NO_MATCH;
                                case YES -> Result.match(INFO, "Ketamine helped before: the clinician notes what was given.",
                                        with(k, "priorKetamine.condition", "priorKetamine.helped"));
                                case UNKNOWN -> k.treated() == Answer.NO ? Result.NO_MATCH
                                        : Result.match(INFO, Rules.unknownMessage("whether ketamine helped before"),
                                        with(k, k.treated() == Answer.UNKNOWN ? TREATED : "priorKetamine.helped"));
                            };
                        }));
    }

    /** A follow-up's answer: itself when asked (treated YES), NO when treated NO, UNKNOWN when treated UNKNOWN. */
    private static Answer asked(PriorKetamine k, Answer followUp) {
        return RespiratoryRules.followUp(k.treated(), followUp);
    }

    /** The finding's fields and, when given, the number of sessions and the months since the last. */
    private static List<String> with(PriorKetamine k, String... fields) {
        List<String> all = new java.util.ArrayList<>(List.of(fields));
        if (k.sessions() != null) {
            all.add(CONTEXT.get(0));
        }
        if (k.monthsSinceLast() != null) {
            all.add(CONTEXT.get(1));
        }
        return List.copyOf(all);
    }
}
