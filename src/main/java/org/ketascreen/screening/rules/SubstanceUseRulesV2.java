package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.SUBSTANCE_USE;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.all;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.split;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.PastEvent;
import org.ketascreen.intake.v2.CannabisUse;
import org.ketascreen.intake.v2.SubstanceUseV2;

/**
 * Substance use in rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §2, §10, §15): SUB-1 as 2.0.0 words it
 * (ketamine misuse dated, a use disorder asked), SUB-5 cannabis, SUB-6 nicotine and SUB-7 abstaining around doses.
 * SUB-2 to SUB-4 are rule set 1.1's objects ({@link SubstanceUseRules}).
 */
final class SubstanceUseRulesV2 {
    private SubstanceUseRulesV2() {
    }

    private static final String MISUSE = "substanceUse.ketamineOrDissociativeMisuse";
    private static final String DISORDER = "substanceUse.ketamineUseDisorder";
    private static final String CANNABIS = "substanceUse.cannabis";
    private static final String PRESCRIBED = "substanceUse.cannabisPrescribed";
    private static final String ABSTAIN = "substanceUse.canAbstainAroundDoses";

    /** SUB-1 of rule set 2.0.0. */
    static Rule sub1() {
        return rule("SUB-1").title("Ketamine or dissociative misuse: within the window or a use disorder ineligible; older review, oral ineligible")
                .category(SUBSTANCE_USE).source(Sources.CLINIC_PROTOCOLS)
                .reads(MISUSE, DISORDER)
                .outcomes(INELIGIBLE, NEEDS_REVIEW)
                .judge(SubstanceUseRulesV2::misuse);
    }

    static List<Rule> additions() {
        return List.of(
                rule("SUB-5").title("Cannabis in the last 3 months: at or above the review level review, less noted")
                        .category(SUBSTANCE_USE).source(Sources.CANNABIS)
                        .reads(CANNABIS, PRESCRIBED)
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(SubstanceUseRulesV2::cannabis),
                rule("SUB-6").title("Daily tobacco or nicotine")
                        .category(SUBSTANCE_USE).source(Sources.CLINIC_PROTOCOLS)
                        .reads("substanceUse.tobaccoOrNicotine")
                        .outcomes(INFO)
                        .judge(s -> switch (s.v2().substanceUse().tobaccoOrNicotine()) {
                            case DAILY -> Result.match(INFO, "Daily smoking or vaping: pulse and blood pressure run higher; the clinician takes it into account.");
                            case UNKNOWN -> Result.match(INFO, Rules.unknownMessage("daily tobacco or nicotine"));
                            case NO, OCCASIONALLY -> Result.NO_MATCH;
                        }),
                rule("SUB-7").title("Cannot avoid alcohol, cannabis and non-prescribed drugs around each dose")
                        .category(SUBSTANCE_USE).source(Sources.ABSTAIN_AROUND_DOSES)
                        .reads(ABSTAIN)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            if (s.v2().substanceUse().canAbstainAroundDoses() == Answer.YES) {
                                return Result.NO_MATCH;
                            }
                            String window = s.integer(Parameters.ABSTAIN_BEFORE_HOURS) + " hours before each dose until "
                                    + s.integer(Parameters.ABSTAIN_AFTER_HOURS) + " hours after";
                            return perModality(s, split(NEEDS_REVIEW, INELIGIBLE), outcome -> outcome == INELIGIBLE
                                    ? "No alcohol, cannabis or non-prescribed drug from " + window + " cannot be promised: oral micro-dosing at home is not offered."
                                    : "No alcohol, cannabis or non-prescribed drug from " + window + " cannot be promised: a clinician discusses it first.",
                                    List.of(ABSTAIN));
                        }));
    }

    private static Result misuse(Subject s) {
        SubstanceUseV2 use = s.v2().substanceUse();
        PastEvent misuse = use.ketamineOrDissociativeMisuse();
        int window = s.integer(Parameters.SUB1_WINDOW_MONTHS);
        if (misuse.answer() == Answer.NO) {
            return Result.NO_MATCH;
        }
        if (misuse.answer() == Answer.UNKNOWN) {
            return perModality(s, all(NEEDS_REVIEW), outcome -> Rules.unknownMessage("ketamine or dissociative misuse"),
                    List.of(MISUSE));
        }
        Integer months = misuse.monthsAgo();
        Answer disorder = use.ketamineUseDisorder();
        if (months != null && months <= window || disorder == Answer.YES) {
            return perModality(s, all(INELIGIBLE), outcome -> "Ketamine or dissociative misuse in the last " + window
                    + " months, or a ketamine use disorder: ketamine is not offered.", List.of(MISUSE, DISORDER));
        }
        boolean known = months != null && disorder == Answer.NO;
        return perModality(s, split(NEEDS_REVIEW, INELIGIBLE), outcome -> outcome == INELIGIBLE
                ? "Past ketamine or dissociative misuse: oral micro-dosing at home is not offered."
                : known ? "Ketamine or dissociative misuse more than " + window + " months ago: a clinician reviews it before in-clinic treatment."
                : Rules.unknownMessage("when the ketamine misuse was, or a ketamine use disorder"),
                months == null ? List.of(MISUSE) : List.of(MISUSE, DISORDER));
    }

    private static Result cannabis(Subject s) {
        SubstanceUseV2 use = s.v2().substanceUse();
        CannabisUse cannabis = use.cannabis();
        CannabisUse reviewFrom = s.parameters().cannabisUse(Parameters.CANNABIS_REVIEW_FROM);
        if (cannabis == CannabisUse.NEVER) {
            return Result.NO_MATCH;
        }
        if (cannabis == CannabisUse.UNKNOWN) {
            return Result.unknown(Rules.unknownMessage("cannabis use in the last 3 months"), List.of(CANNABIS));
        }
        String prescribed = switch (use.cannabisPrescribed()) {
            case YES -> " It is prescribed.";
            case NO -> " It is not prescribed.";
            case UNKNOWN -> " Whether it is prescribed is not known; that does not change this finding.";
        };
        return cannabis.ordinal() >= reviewFrom.ordinal()
                ? Result.match(NEEDS_REVIEW, "Cannabis use " + words(cannabis) + ": a clinician screens for a use disorder and psychosis risk first."
                + prescribed, List.of(CANNABIS, PRESCRIBED))
                : Result.match(INFO, "Cannabis use " + words(cannabis) + ": none around doses." + prescribed, List.of(CANNABIS, PRESCRIBED));
    }

    private static String words(CannabisUse use) {
        return switch (use) {
            case LESS_THAN_WEEKLY -> "less than weekly";
            case WEEKLY -> "weekly";
            case DAILY_OR_ALMOST -> "daily or almost daily";
            case NEVER, UNKNOWN -> throw new IllegalArgumentException(use.name());
        };
    }
}
