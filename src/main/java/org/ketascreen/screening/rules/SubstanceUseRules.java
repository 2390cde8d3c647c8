package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.SUBSTANCE_USE;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.SubstanceUseStatus;

/**
 * Substance use: clinical-criteria §1.5 SUB-1 to SUB-4. SUB-2 reports an unknown status or an unknown
 * remission length; SUB-3 fires only on a known remission of 12 months or more, so one unknown answer
 * gives one finding.
 */
final class SubstanceUseRules {
    private SubstanceUseRules() {
    }

    /** SUB-2/SUB-3: remission shorter than 12 months excludes (clinic protocols 3 months to 1 year; default). */
    static final int REMISSION_MONTHS = 12;

    private static final String DISORDER = "substanceUse.substanceUseDisorder";
    private static final String SUB2 = "Substance use disorder current, or in remission for [0, 12) months";

    static List<Rule> rules() {
        return List.of(
                rule("SUB-1").title("Any history of ketamine, PCP or other dissociative misuse")
                        .category(SUBSTANCE_USE).source(Sources.SPRAVATO_PI)
                        .reads("substanceUse.ketamineOrDissociativeMisuse")
                        .when(in -> yes(in.substanceUse().ketamineOrDissociativeMisuse()))
                        .flag(INELIGIBLE, "Past misuse of ketamine or similar drugs: ketamine is not offered."),
                rule("SUB-2").title(SUB2)
                        .category(SUBSTANCE_USE).source(Sources.COHEN_2018).modifiable()
                        .reads(DISORDER)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> activeDisorder(s.v1(), s.integer(Parameters.SUB2_REMISSION_MONTHS))),
                rule("SUB-3").title("Substance use disorder in remission for [12, ∞) months")
                        .category(SUBSTANCE_USE).source(Sources.SPRAVATO_PI)
                        .reads(DISORDER)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            var disorder = s.v1().substanceUse().substanceUseDisorder();
                            return disorder.status() == SubstanceUseStatus.IN_REMISSION && disorder.monthsInRemission() != null
                                    && disorder.monthsInRemission() >= s.integer(Parameters.SUB2_REMISSION_MONTHS)
                                    ? Result.match(NEEDS_REVIEW, s.v2() == null // 1.1 words it without the line; 2.0.0 states it (§9.3)
                                    ? "A substance use disorder in sustained remission: a clinician weighs relapse risk first."
                                    : "A substance use disorder in sustained remission (" + s.integer(Parameters.SUB2_REMISSION_MONTHS)
                                    + " months or more): a clinician weighs relapse risk first.")
                                    : Result.NO_MATCH;
                        }),
                rule("SUB-4").title("Recreational drug use in the last month")
                        .category(SUBSTANCE_USE).source(Sources.CLINIC_PROTOCOLS)
                        .reads("substanceUse.recreationalDrugUseLastMonth")
                        .when(in -> yes(in.substanceUse().recreationalDrugUseLastMonth()))
                        .flag(NEEDS_REVIEW, "Recreational drug use in the last month: clinics ask for at least a month without it first."));
    }

    private static Result activeDisorder(Intake in, int remissionMonths) {
        var disorder = in.substanceUse().substanceUseDisorder();
        return switch (disorder.status()) {
            case NONE -> Result.NO_MATCH;
            case CURRENT -> Result.match(INELIGIBLE, "A current substance use disorder: ketamine is not offered.");
            case UNKNOWN -> Result.unknown(Rules.unknownMessage(SUB2));
            case IN_REMISSION -> {
                if (disorder.monthsInRemission() == null) {
                    yield Result.unknown(Rules.unknownMessage(SUB2));
                }
                yield disorder.monthsInRemission() < remissionMonths
                        ? Result.match(INELIGIBLE, "A substance use disorder in remission for less than " + remissionMonths
                        + " months: ketamine is not offered yet.")
                        : Result.NO_MATCH;
            }
        };
    }
}
