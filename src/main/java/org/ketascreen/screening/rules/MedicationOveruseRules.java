package org.ketascreen.screening.rules;

import static org.ketascreen.intake.AcuteClass.COMBINATION_ANALGESIC;
import static org.ketascreen.intake.AcuteClass.ERGOT;
import static org.ketascreen.intake.AcuteClass.OPIOID;
import static org.ketascreen.intake.AcuteClass.SIMPLE_ANALGESIC;
import static org.ketascreen.intake.AcuteClass.TRIPTAN;
import static org.ketascreen.screening.rules.Category.MEDICATION_OVERUSE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.ketascreen.intake.AcuteClass;
import org.ketascreen.intake.AcuteMedication;
import org.ketascreen.intake.Intake;

/**
 * Medication overuse, ICHD-3 8.2 (clinical-criteria §1.3, §2.4): a review flag, not an exclusion
 * (§3.6). All three need regular use for more than 3 months. MO-4 (days unknown) cannot arise: the
 * days are required numbers.
 *
 * <p>MO-3 is ICHD-3 8.2.6, "multiple drug classes not individually overused": since rule set 1.1.0 it
 * needs entries of two or more distinct overuse-prone classes (api-contract §4 revision 1.1). One class
 * on its own is judged by its own threshold only, so ibuprofen alone on 10 to 14 days is not overuse.
 */
public final class MedicationOveruseRules {
    private MedicationOveruseRules() {
    }

    /** ICHD-3 8.2 B: regular overuse for more than 3 months. */
    static final int REGULAR_USE_MORE_THAN_MONTHS = 3;
    /** ICHD-3 8.2.1, 8.2.2, 8.2.4, 8.2.5: ergotamine, triptan, opioid, combination analgesic on ≥ 10 days a month. */
    static final int SPECIFIC_CLASS_DAYS = 10;
    /** ICHD-3 8.2.3: simple analgesics on ≥ 15 days a month. */
    static final int SIMPLE_ANALGESIC_DAYS = 15;
    /** ICHD-3 8.2.6: several classes on ≥ 10 days a month in total (the sum of days is the conservative upper bound). */
    static final int MULTIPLE_CLASS_DAYS = 10;
    /** ICHD-3 8.2.6: "two or more" drug classes; one class alone never makes 8.2.6 (api-contract §4 MO-3, 1.1.0). */
    static final int MULTIPLE_CLASSES = 2;

    static final Set<AcuteClass> SPECIFIC_CLASSES = EnumSet.of(TRIPTAN, ERGOT, OPIOID, COMBINATION_ANALGESIC);

    private static final String ACUTE = "treatments.acute";

    static List<Rule> rules() {
        return List.of(
                rule("MO-1").title("Triptan, ergot, opioid or combination analgesic on [10, 31] days a month for (3, ∞) months")
                        .category(MEDICATION_OVERUSE).source(Sources.ICHD3_MOH)
                        .reads(ACUTE)
                        .outcomes(NEEDS_REVIEW)
                        .check(in -> overuse(in, MedicationOveruseRules::specificOveruse,
                                "Triptans, ergots, opioids or combination analgesics are taken on 10 or more days a month: possible medication-overuse headache, which a clinician should address first.")),
                rule("MO-2").title("Simple analgesic on [15, 31] days a month for (3, ∞) months")
                        .category(MEDICATION_OVERUSE).source(Sources.ICHD3_MOH)
                        .reads(ACUTE)
                        .outcomes(NEEDS_REVIEW)
                        .check(in -> overuse(in, MedicationOveruseRules::simpleOveruse,
                                "Simple painkillers are taken on 15 or more days a month: possible medication-overuse headache, which a clinician should address first.")),
                rule("MO-3").title("[2, ∞) distinct overuse-prone classes on [10, ∞) days a month in total, none over its own threshold")
                        .category(MEDICATION_OVERUSE).source(Sources.ICHD3_MOH)
                        .reads(ACUTE)
                        .outcomes(NEEDS_REVIEW)
                        .check(MedicationOveruseRules::multipleClasses));
    }

    /** True when any MO rule fires: the {@code medicationOveruse} flag of the migraine profile. */
    public static boolean overused(List<AcuteMedication> acute) {
        return singleClassOveruse(acute) || multipleClassOveruse(acute);
    }

    private static boolean singleClassOveruse(List<AcuteMedication> acute) {
        for (AcuteMedication m : acute) {
            if (specificOveruse(m) || simpleOveruse(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regular(AcuteMedication m) {
        return m.monthsOfRegularUse() > REGULAR_USE_MORE_THAN_MONTHS;
    }

    private static boolean specificOveruse(AcuteMedication m) {
        return SPECIFIC_CLASSES.contains(m.drugClass()) && regular(m) && m.daysPerMonth() >= SPECIFIC_CLASS_DAYS;
    }

    private static boolean simpleOveruse(AcuteMedication m) {
        return m.drugClass() == SIMPLE_ANALGESIC && regular(m) && m.daysPerMonth() >= SIMPLE_ANALGESIC_DAYS;
    }

    private static boolean countsTowardTotal(AcuteMedication m) {
        return (SPECIFIC_CLASSES.contains(m.drugClass()) || m.drugClass() == SIMPLE_ANALGESIC) && regular(m);
    }

    /** ICHD-3 8.2.6: entries of at least two distinct overuse-prone classes, in regular use, add up to the threshold. */
    private static boolean multipleClassOveruse(List<AcuteMedication> acute) {
        int days = 0;
        int classes = 0; // one bit per AcuteClass seen
        for (AcuteMedication m : acute) {
            if (countsTowardTotal(m)) {
                days += m.daysPerMonth();
                classes |= 1 << m.drugClass().ordinal();
            }
        }
        return Integer.bitCount(classes) >= MULTIPLE_CLASSES && days >= MULTIPLE_CLASS_DAYS;
    }

    private static Result overuse(Intake in, Predicate<AcuteMedication> overused, String message) {
        List<String> fields = entries(in.treatments().acute(), overused);
        return fields.isEmpty() ? Result.NO_MATCH : Result.match(NEEDS_REVIEW, message, fields);
    }

    private static Result multipleClasses(Intake in) {
        List<AcuteMedication> acute = in.treatments().acute();
        if (singleClassOveruse(acute) || !multipleClassOveruse(acute)) {
            return Result.NO_MATCH;
        }
        return Result.match(NEEDS_REVIEW,
                "Acute medicines of two or more kinds prone to overuse add up to 10 or more days a month: possible medication-overuse headache, which a clinician should address first.",
                entries(acute, MedicationOveruseRules::countsTowardTotal));
    }

    private static List<String> entries(List<AcuteMedication> acute, Predicate<AcuteMedication> selected) {
        List<String> fields = List.of();
        for (int i = 0; i < acute.size(); i++) {
            if (selected.test(acute.get(i))) {
                if (fields.isEmpty()) {
                    fields = new ArrayList<>();
                }
                fields.add(ACUTE + "[" + i + "]");
            }
        }
        return fields;
    }
}
