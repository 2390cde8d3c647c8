package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.INDICATION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.graded;

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
                graded("IND-1", "Debilitating days [8, 31] a month for [3, ∞) months", INDICATION, Sources.EHF_2020, List.of(),
                        in -> debilitating(in.headache()) && longEnough(in.headache()) ? Result.SATISFIED : Result.NO_MATCH,
                        DEBILITATING, MONTHS),
                graded("IND-2", "Debilitating days [0, 8) but headache days [15, 31] a month for [3, ∞) months", INDICATION,
                        Sources.ICHD3, List.of(NEEDS_REVIEW),
                        in -> !debilitating(in.headache()) && chronicRange(in.headache()) && longEnough(in.headache())
                                ? Result.match(NEEDS_REVIEW, "Headache days are in the chronic-migraine range but fewer than 8 are debilitating: a clinician must confirm the disability.")
                                : Result.NO_MATCH,
                        DEBILITATING, HEADACHE_DAYS, MONTHS),
                graded("IND-3", "Debilitating days [0, 8) and headache days [0, 15) a month", INDICATION, Sources.EHF_2020,
                        List.of(INELIGIBLE),
                        in -> !debilitating(in.headache()) && !chronicRange(in.headache())
                                ? Result.match(INELIGIBLE, "Headache frequency is below the resistant-migraine threshold (8 debilitating or 15 headache days a month).")
                                : Result.NO_MATCH,
                        DEBILITATING, HEADACHE_DAYS),
                graded("IND-4", "Frequency meets IND-1 or IND-2 but for [0, 3) months", INDICATION, Sources.EHF_2020,
                        List.of(NEEDS_REVIEW),
                        in -> (debilitating(in.headache()) || chronicRange(in.headache())) && !longEnough(in.headache())
                                ? Result.match(NEEDS_REVIEW, "The current headache frequency has lasted less than 3 months: a clinician must review the recent change.")
                                : Result.NO_MATCH,
                        DEBILITATING, HEADACHE_DAYS, MONTHS),
                graded("IND-5", "Failed preventive classes: [3, ∞) met, 2 review, [0, 1] ineligible", INDICATION,
                        Sources.EHF_2020, List.of(INELIGIBLE, NEEDS_REVIEW), IndicationRules::failedClasses, PREVENTIVE),
                graded("IND-6", "A preventive class counted through a documented contraindication", INDICATION,
                        Sources.ADEQUATE_TRIAL, List.of(INFO), IndicationRules::countedThroughContraindication, PREVENTIVE),
                graded("IND-7", "Triptans failed [2, ∞) or contraindicated", INDICATION, Sources.EHF_2020,
                        List.of(NEEDS_REVIEW), IndicationRules::triptans,
                        "treatments.triptansFailed", "treatments.triptansContraindicated"));
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
