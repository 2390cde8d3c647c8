package org.ketascreen.screening.rules;

import static org.ketascreen.intake.PreventiveClass.CGRP_PATHWAY;
import static org.ketascreen.intake.PreventiveClass.ONABOTULINUMTOXIN_A;
import static org.ketascreen.intake.PreventiveClass.OTHER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ketascreen.intake.PreventiveClass;
import org.ketascreen.intake.PreventiveTrial;

/**
 * IND-6: which preventive classes count as failed (EHF 2020 counts classes, not drugs; clinical-criteria
 * §3.6). An entry counts when it was ineffective after an adequate trial, not tolerated at any duration,
 * or contraindicated (flagged for the reviewer). {@code OTHER} never counts.
 *
 * @param failed                 distinct classes counted as failed
 * @param contraindicatedEntries indexes of entries counted through a contraindication
 * @param liftingClasses         classes not counted whose entries have unknown adequacy
 * @param unknownEntries         indexes of those unknown-adequacy entries
 */
public record PreventiveCount(Set<PreventiveClass> failed, List<Integer> contraindicatedEntries,
                              Set<PreventiveClass> liftingClasses, List<Integer> unknownEntries) {

    /** Oral preventives: ≥ 8 weeks at target or maximum tolerated dose (AHS 2008, D'Antona 2019, EHF 2014). */
    static final int ORAL_TRIAL_WEEKS = 8;
    /** OnabotulinumtoxinA: ≥ 2 treatment cycles of 12 weeks (D'Antona 2019). */
    static final int ONABOTULINUMTOXIN_A_TRIAL_WEEKS = 24;
    /** CGRP pathway: ≥ 3 monthly doses [unverified, clinical-criteria IND-6]. */
    static final int CGRP_TRIAL_WEEKS = 12;

    /** Every class but {@code OTHER}: failing all of them is EHF 2020 refractory. */
    public static final Set<PreventiveClass> COUNTABLE = EnumSet.complementOf(EnumSet.of(OTHER));

    public static PreventiveCount of(List<PreventiveTrial> trials) {
        Set<PreventiveClass> failed = EnumSet.noneOf(PreventiveClass.class);
        Set<PreventiveClass> unknownClasses = EnumSet.noneOf(PreventiveClass.class);
        List<Integer> contraindicated = List.of();
        List<Integer> unknown = List.of();
        for (int i = 0; i < trials.size(); i++) {
            PreventiveTrial trial = trials.get(i);
            if (trial.drugClass() == OTHER) {
                continue;
            }
            switch (adequacy(trial)) {
                case COUNTS -> failed.add(trial.drugClass());
                case COUNTS_CONTRAINDICATED -> {
                    failed.add(trial.drugClass());
                    contraindicated = added(contraindicated, i);
                }
                case UNKNOWN -> {
                    unknownClasses.add(trial.drugClass());
                    unknown = added(unknown, i);
                }
                case DOES_NOT_COUNT -> { }
            }
        }
        unknownClasses.removeAll(failed);
        List<Integer> lifting = List.of();
        for (Integer i : unknown) {
            if (unknownClasses.contains(trials.get(i).drugClass())) {
                lifting = added(lifting, i);
            }
        }
        return new PreventiveCount(Collections.unmodifiableSet(failed), frozen(contraindicated),
                Collections.unmodifiableSet(unknownClasses), frozen(lifting));
    }

    private static List<Integer> frozen(List<Integer> list) {
        return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
    }

    /** Appends to a list that starts as the shared empty list: no allocation for the common case of none. */
    private static List<Integer> added(List<Integer> list, int i) {
        List<Integer> out = list.isEmpty() ? new ArrayList<>() : list;
        out.add(i);
        return out;
    }

    enum Adequacy { COUNTS, COUNTS_CONTRAINDICATED, UNKNOWN, DOES_NOT_COUNT }

    static Adequacy adequacy(PreventiveTrial trial) {
        return switch (trial.outcome()) {
            case NOT_TOLERATED -> Adequacy.COUNTS;
            case CONTRAINDICATED -> Adequacy.COUNTS_CONTRAINDICATED;
            case UNKNOWN -> Adequacy.UNKNOWN;
            case EFFECTIVE, ONGOING -> Adequacy.DOES_NOT_COUNT;
            case INEFFECTIVE -> adequate(trial);
        };
    }

    /**
     * An ineffective trial counts when it was long enough and reached the target dose: both must hold,
     * in Kleene logic (api-contract §4 IND-6, rule set 1.1.0). A dose not reached, or a trial known to be
     * too short, never counts; an unknown dose or an unknown length leaves the adequacy unknown; an
     * absent {@code reachedTargetDose} counts as reached (the contract's default).
     */
    private static Adequacy adequate(PreventiveTrial trial) {
        Tri longEnough = trial.trialWeeks() == null ? Tri.UNKNOWN
                : Tri.of(trial.trialWeeks() >= adequateWeeks(trial.drugClass()));
        Tri targetDose = trial.reachedTargetDose() == null ? Tri.MATCH : Tri.of(trial.reachedTargetDose());
        return switch (longEnough.and(targetDose)) {
            case MATCH -> Adequacy.COUNTS;
            case UNKNOWN -> Adequacy.UNKNOWN;
            case NO_MATCH -> Adequacy.DOES_NOT_COUNT;
        };
    }

    static int adequateWeeks(PreventiveClass drugClass) {
        if (drugClass == ONABOTULINUMTOXIN_A) {
            return ONABOTULINUMTOXIN_A_TRIAL_WEEKS;
        }
        return drugClass == CGRP_PATHWAY ? CGRP_TRIAL_WEEKS : ORAL_TRIAL_WEEKS;
    }
}
