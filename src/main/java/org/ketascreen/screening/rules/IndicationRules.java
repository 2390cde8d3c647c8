package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.INDICATION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.Headache;
import org.ketascreen.intake.Intake;

/**
 * The indication: EHF 2020 resistant migraine (clinical-criteria §1.2 IND-1 to IND-7, §3.1, §3.6) with
 * the ICHD-3 chronic-migraine range as a review route.
 */
final class IndicationRules {
    private IndicationRules() {
    }

    /** IND-1: ≥ 8 debilitating headache days a month (EHF 2020). */
    static final int DEBILITATING_DAYS = 8;
    /** IND-2: ≥ 15 headache days a month, the ICHD-3 1.3 chronic-migraine range. */
    static final int CHRONIC_HEADACHE_DAYS = 15;
    /** IND-1/2/4: present for ≥ 3 consecutive months (EHF 2020). */
    static final int MIN_MONTHS_AT_FREQUENCY = 3;
    /** IND-5: ≥ 3 failed preventive classes (EHF 2020 resistant); 2 meets only AHS 2008. */
    static final int FAILED_CLASSES = 3;
    static final int FAILED_CLASSES_FOR_REVIEW = 2;
    /** IND-7: failure of ≥ 2 different triptans (EHF 2020 definition of debilitating headache). */
    static final int FAILED_TRIPTANS = 2;

    private static final String DEBILITATING = "headache.debilitatingDaysPerMonth";
    private static final String HEADACHE_DAYS = "headache.headacheDaysPerMonth";
    private static final String MONTHS = "headache.monthsAtCurrentFrequency";
    private static final String PREVENTIVE = "treatments.preventive";

    static List<Rule> rules() {
        return List.of(
                rule("IND-1").title("Debilitating days [8, 31] a month for [3, ∞) months")
                        .category(INDICATION).source(Sources.EHF_2020)
                        .reads(DEBILITATING, MONTHS)
                        .outcomes()
                        .check(in -> debilitating(in.headache()) && longEnough(in.headache()) ? Result.SATISFIED : Result.NO_MATCH),
                rule("IND-2").title("Debilitating days [0, 8) but headache days [15, 31] a month for [3, ∞) months")
                        .category(INDICATION).source(Sources.ICHD3)
                        .reads(DEBILITATING, HEADACHE_DAYS, MONTHS)
                        .outcomes(NEEDS_REVIEW)
                        .check(in -> !debilitating(in.headache()) && chronicRange(in.headache()) && longEnough(in.headache())
                                ? Result.match(NEEDS_REVIEW, "Headache days are in the chronic-migraine range but fewer than 8 are debilitating: a clinician must confirm the disability.")
                                : Result.NO_MATCH),
                rule("IND-3").title("Debilitating days [0, 8) and headache days [0, 15) a month")
                        .category(INDICATION).source(Sources.EHF_2020)
                        .reads(DEBILITATING, HEADACHE_DAYS)
                        .outcomes(INELIGIBLE)
                        .check(in -> !debilitating(in.headache()) && !chronicRange(in.headache())
                                ? Result.match(INELIGIBLE, "Headache frequency is below the resistant-migraine threshold (8 debilitating or 15 headache days a month).")
                                : Result.NO_MATCH),
                rule("IND-4").title("Frequency meets IND-1 or IND-2 but for [0, 3) months")
                        .category(INDICATION).source(Sources.EHF_2020)
                        .reads(DEBILITATING, HEADACHE_DAYS, MONTHS)
                        .outcomes(NEEDS_REVIEW)
                        .check(in -> (debilitating(in.headache()) || chronicRange(in.headache())) && !longEnough(in.headache())
                                ? Result.match(NEEDS_REVIEW, "The current headache frequency has lasted less than 3 months: a clinician must review the recent change.")
                                : Result.NO_MATCH),
                rule("IND-5").title("Failed preventive classes: [3, ∞) met, 2 review, [0, 1] ineligible")
                        .category(INDICATION).source(Sources.EHF_2020).modifiable()
                        .reads(PREVENTIVE)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(IndicationRules::failedClasses),
                rule("IND-6").title("A preventive class counted through a documented contraindication")
                        .category(INDICATION).source(Sources.ADEQUATE_TRIAL)
                        .reads(PREVENTIVE)
                        .outcomes(INFO)
                        .check(IndicationRules::countedThroughContraindication),
                rule("IND-7").title("Triptans failed [2, ∞) or contraindicated")
                        .category(INDICATION).source(Sources.EHF_2020)
                        .reads("treatments.triptansFailed", "treatments.triptansContraindicated")
                        .outcomes(NEEDS_REVIEW)
                        .check(IndicationRules::triptans));
    }

    private static boolean debilitating(Headache headache) {
        return headache.debilitatingDaysPerMonth() >= DEBILITATING_DAYS;
    }

    private static boolean chronicRange(Headache headache) {
        return headache.headacheDaysPerMonth() >= CHRONIC_HEADACHE_DAYS;
    }

    private static boolean longEnough(Headache headache) {
        return headache.monthsAtCurrentFrequency() >= MIN_MONTHS_AT_FREQUENCY;
    }

    private static Result failedClasses(Intake in) {
        PreventiveCount count = PreventiveCount.of(in.treatments().preventive());
        int failed = count.failed().size();
        if (failed >= FAILED_CLASSES) {
            return Result.NO_MATCH;
        }
        if (failed + count.liftingClasses().size() >= FAILED_CLASSES) {
            return Result.unknown("Fewer than 3 preventive classes are counted as failed, but trials whose adequacy is unknown could make it 3: a clinician must check their length and dose.",
                    items(count.unknownEntries()));
        }
        if (failed == FAILED_CLASSES_FOR_REVIEW) {
            return Result.match(NEEDS_REVIEW, "Two preventive classes have failed; resistant migraine (EHF 2020) needs three. A clinician decides whether to proceed.");
        }
        return Result.match(INELIGIBLE, "Fewer than two preventive classes have failed after an adequate trial: standard preventives should be tried first.");
    }

    private static Result countedThroughContraindication(Intake in) {
        List<Integer> entries = PreventiveCount.of(in.treatments().preventive()).contraindicatedEntries();
        return entries.isEmpty() ? Result.NO_MATCH
                : Result.match(INFO, "A preventive class was counted as failed because it is contraindicated: the reviewer should confirm the contraindication.",
                items(entries));
    }

    private static Result triptans(Intake in) {
        Tri met = Tri.of(in.treatments().triptansFailed() >= FAILED_TRIPTANS)
                .or(Tri.of(in.treatments().triptansContraindicated()));
        return switch (met) {
            case MATCH -> Result.NO_MATCH;
            case UNKNOWN -> Result.unknown(Rules.unknownMessage("triptans failed or contraindicated"));
            case NO_MATCH -> Result.match(NEEDS_REVIEW, "Fewer than two triptans have been tried: EHF 2020 expects two to have failed unless triptans are contraindicated.");
        };
    }

    private static List<String> items(List<Integer> indexes) {
        return indexes.stream().map(i -> PREVENTIVE + "[" + i + "]").toList();
    }

}
