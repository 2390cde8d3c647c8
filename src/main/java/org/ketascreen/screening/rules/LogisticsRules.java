package org.ketascreen.screening.rules;

import static org.ketascreen.intake.Modality.INTRANASAL;
import static org.ketascreen.intake.Modality.IV_INFUSION;
import static org.ketascreen.screening.rules.Category.LOGISTICS;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Modality;

/**
 * Logistics of in-clinic dosing: clinical-criteria §1.5 LOG-1. Applies only to the in-clinic modalities
 * the patient asked about; an UNKNOWN answer is treated like NO (both need the clinic to plan).
 */
final class LogisticsRules {
    private LogisticsRules() {
    }

    /** Ketalar: outpatients leave with a responsible adult; SPRAVATO: no driving until the next day. */
    static final Set<Modality> IN_CLINIC = EnumSet.of(IV_INFUSION, INTRANASAL);

    static List<Rule> rules() {
        return List.of(
                rule("LOG-1").title("IV or intranasal without a responsible adult, or without avoiding driving until the next day")
                        .category(LOGISTICS).source(Sources.KETALAR_PI)
                        .reads("logistics.responsibleAdultAvailable", "logistics.canAvoidDrivingUntilNextDay",
                                "logistics.requestedModalities")
                        .outcomes(NEEDS_REVIEW)
                        .check(LogisticsRules::escortAndDriving));
    }

    private static Result escortAndDriving(Intake in) {
        var logistics = in.logistics();
        boolean arranged = logistics.responsibleAdultAvailable() == Answer.YES
                && logistics.canAvoidDrivingUntilNextDay() == Answer.YES;
        if (arranged) {
            return Result.NO_MATCH;
        }
        List<Modality> affected = new ArrayList<>(2);
        for (Modality modality : logistics.modalities()) {
            if (IN_CLINIC.contains(modality)) {
                affected.add(modality);
            }
        }
        if (affected.isEmpty()) {
            return Result.NO_MATCH;
        }
        affected = List.copyOf(affected);
        return new Result.Match(NEEDS_REVIEW,
                "IV and intranasal ketamine need a responsible adult to take you home and no driving until the next day: the clinic must confirm arrangements.",
                List.of("logistics.responsibleAdultAvailable", "logistics.canAvoidDrivingUntilNextDay"), affected);
    }
}
