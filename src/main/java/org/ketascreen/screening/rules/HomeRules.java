package org.ketascreen.screening.rules;

import static org.ketascreen.intake.Modality.ORAL_MICRODOSE;
import static org.ketascreen.screening.rules.Category.LOGISTICS;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.only;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.v2.Home;

/**
 * Safeguards for oral micro-dosing at home, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §3): HOME-1 to
 * HOME-4, each for ORAL_MICRODOSE only and only when it is screened (the {@code home} answers are asked then).
 */
final class HomeRules {
    private HomeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("HOME-1").title("Oral micro-dosing without a trusted adult present for every home dose")
                        .category(LOGISTICS).source(Sources.AT_HOME)
                        .reads("home.peerMonitor")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            Home home = s.v2().home();
                            if (home == null || home.peerMonitor() == Answer.YES) {
                                return Result.NO_MATCH;
                            }
                            Outcome outcome = home.peerMonitor() == Answer.NO ? s.parameters().outcome(Parameters.HOME1_OUTCOME) : NEEDS_REVIEW;
                            return perModality(s, only(ORAL_MICRODOSE, outcome), o -> home.peerMonitor() == Answer.UNKNOWN
                                    ? Rules.unknownMessage("a trusted adult present for every home dose")
                                    : o == INELIGIBLE ? "No trusted adult can be present for every home dose: oral micro-dosing at home is not offered."
                                    : "No trusted adult can be present for every home dose: a clinician discusses safeguards first.",
                                    List.of("home.peerMonitor"));
                        }),
                rule("HOME-2").title("Oral micro-dosing without a home blood-pressure monitor or the pre-dose check")
                        .category(LOGISTICS).source(Sources.AT_HOME)
                        .reads("home.bloodPressureMonitor", "home.agreesPreDoseCheck")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Home home = s.v2().home();
                            if (home == null || home.bloodPressureMonitor() == Answer.YES && home.agreesPreDoseCheck() == Answer.YES) {
                                return Result.NO_MATCH;
                            }
                            String limits = "systolic over " + s.integer(Parameters.HOME2_MAX_SYSTOLIC) + ", diastolic over "
                                    + s.integer(Parameters.HOME2_MAX_DIASTOLIC) + ", pulse over " + s.integer(Parameters.HOME2_MAX_HEART_RATE)
                                    + " or under " + s.integer(Parameters.HOME2_MIN_HEART_RATE);
                            return perModality(s, only(ORAL_MICRODOSE, NEEDS_REVIEW), o -> "Blood pressure and pulse must be checked at home before every dose (skip it when "
                                    + limits + "): a clinician arranges a monitor and the check first.",
                                    fieldsNotYes(home.bloodPressureMonitor(), "home.bloodPressureMonitor",
                                            home.agreesPreDoseCheck(), "home.agreesPreDoseCheck"));
                        }),
                rule("HOME-3").title("Oral micro-dosing without secure storage")
                        .category(LOGISTICS).source(Sources.AT_HOME)
                        .reads("home.secureStorage")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Home home = s.v2().home();
                            return home == null || home.secureStorage() == Answer.YES ? Result.NO_MATCH
                                    : perModality(s, only(ORAL_MICRODOSE, NEEDS_REVIEW),
                                    o -> "The medicine must be locked away from children and others: a clinician discusses storage first.",
                                    List.of("home.secureStorage"));
                        }),
                rule("HOME-4").title("Oral micro-dosing without avoiding driving until the next day")
                        .category(LOGISTICS).source(Sources.SPRAVATO_PI)
                        .reads("logistics.canAvoidDrivingUntilNextDay")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> s.v2().logistics().canAvoidDrivingUntilNextDay() == Answer.YES ? Result.NO_MATCH
                                : perModality(s, only(ORAL_MICRODOSE, NEEDS_REVIEW),
                                o -> "No driving until the next day after each dose: a clinician must confirm arrangements.",
                                List.of("logistics.canAvoidDrivingUntilNextDay"))));
    }

    private static List<String> fieldsNotYes(Answer first, String firstPath, Answer second, String secondPath) {
        if (first != Answer.YES && second != Answer.YES) {
            return List.of(firstPath, secondPath);
        }
        return List.of(first != Answer.YES ? firstPath : secondPath);
    }
}
