package org.ketascreen.screening.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.ketascreen.intake.Headache;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.PreventiveClass;

/**
 * The migraine classification of api-contract §3: ICHD-3 frequency, EHF 2020 treatment resistance,
 * the preventive classes counted as failed (IND-6) and ICHD-3 8.2 medication overuse.
 */
public record MigraineProfile(Frequency frequency, TreatmentResistance treatmentResistance,
                              List<PreventiveClass> failedPreventiveClasses, boolean medicationOveruse) {

    public enum Frequency { CHRONIC, HIGH_FREQUENCY_EPISODIC, LOW_FREQUENCY_EPISODIC }

    public enum TreatmentResistance { REFRACTORY, RESISTANT, NOT_ESTABLISHED }

    /** ICHD-3 1.3: chronic needs the frequency for more than 3 months. */
    static final int CHRONIC_MORE_THAN_MONTHS = 3;
    /** High-frequency episodic: 8 to 14 headache days a month. */
    static final int HIGH_FREQUENCY_DAYS = 8;
    /** EHF 2020 refractory: ≥ 8 debilitating days for ≥ 6 consecutive months. */
    static final int REFRACTORY_MONTHS = 6;

    public static MigraineProfile of(Intake intake) {
        Headache headache = intake.headache();
        PreventiveCount count = PreventiveCount.of(intake.treatments().preventive());
        List<PreventiveClass> failed = byName(count.failed());
        return new MigraineProfile(frequency(headache), resistance(headache, count), failed,
                MedicationOveruseRules.overused(intake.treatments().acute()));
    }

    /** Every class in the order of its name: the order failed classes are listed in. */
    private static final PreventiveClass[] BY_NAME = Arrays.stream(PreventiveClass.values())
            .sorted(Comparator.comparing(Enum::name)).toArray(PreventiveClass[]::new);

    private static List<PreventiveClass> byName(Set<PreventiveClass> classes) {
        PreventiveClass[] sorted = new PreventiveClass[classes.size()];
        int n = 0;
        for (PreventiveClass c : BY_NAME) {
            if (classes.contains(c)) {
                sorted[n++] = c;
            }
        }
        return List.of(sorted);
    }

    static Frequency frequency(Headache headache) {
        int days = headache.headacheDaysPerMonth();
        if (days >= IndicationRules.CHRONIC_HEADACHE_DAYS && headache.monthsAtCurrentFrequency() > CHRONIC_MORE_THAN_MONTHS) {
            return Frequency.CHRONIC;
        }
        return days >= HIGH_FREQUENCY_DAYS ? Frequency.HIGH_FREQUENCY_EPISODIC : Frequency.LOW_FREQUENCY_EPISODIC;
    }

    static TreatmentResistance resistance(Headache headache, PreventiveCount count) {
        boolean debilitating = headache.debilitatingDaysPerMonth() >= IndicationRules.DEBILITATING_DAYS;
        int months = headache.monthsAtCurrentFrequency();
        if (debilitating && months >= REFRACTORY_MONTHS && count.failed().containsAll(PreventiveCount.COUNTABLE)) {
            return TreatmentResistance.REFRACTORY;
        }
        if (debilitating && months >= IndicationRules.MIN_MONTHS_AT_FREQUENCY
                && count.failed().size() >= IndicationRules.FAILED_CLASSES) {
            return TreatmentResistance.RESISTANT;
        }
        return TreatmentResistance.NOT_ESTABLISHED;
    }
}
