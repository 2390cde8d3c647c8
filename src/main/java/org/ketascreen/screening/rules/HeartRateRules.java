package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.CARDIOVASCULAR;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Outcome.URGENT_REFERRAL;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.v2.BloodPressureV2;

/**
 * The resting pulse of the blood-pressure reading, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §6):
 * HR-1 to HR-4 grade it, at most one per reading, whatever the reading's age (§12); HR-5 asks for it. No reading
 * at all is BP-5's.
 */
final class HeartRateRules {
    private HeartRateRules() {
    }

    /** HR-4: a resting pulse from 150 is urgent; fixed (§10.4). */
    static final int URGENT_FROM = 150;

    private static final String PULSE = "cardiovascular.bloodPressure.heartRate";
    private static final List<String> FIELDS = List.of(PULSE);

    static List<Rule> rules() {
        return List.of(
                rule("HR-1").title("Resting pulse [0, slow line) /min")
                        .category(CARDIOVASCULAR).source(Sources.HEART_RATE)
                        .reads(PULSE)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Integer pulse = pulse(s);
                            int slow = s.integer(Parameters.HR_BRADY_BELOW);
                            return pulse != null && pulse < slow ? Result.match(NEEDS_REVIEW, "A resting pulse under " + slow
                                    + " a minute: a clinician checks the heart rhythm and medicines (such as beta-blockers) first.", FIELDS)
                                    : Result.NO_MATCH;
                        }),
                rule("HR-2").title("Resting pulse (review line, ineligible line] /min")
                        .category(CARDIOVASCULAR).source(Sources.HEART_RATE)
                        .reads(PULSE)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Integer pulse = pulse(s);
                            int review = s.integer(Parameters.HR_REVIEW_ABOVE);
                            return pulse != null && pulse > review && pulse <= s.integer(Parameters.HR_INELIGIBLE_ABOVE)
                                    ? Result.match(NEEDS_REVIEW, "A resting pulse over " + review
                                    + " a minute: a clinician rechecks it before ketamine, which raises it further.", FIELDS)
                                    : Result.NO_MATCH;
                        }),
                rule("HR-3").title("Resting pulse (ineligible line, 150) /min")
                        .category(CARDIOVASCULAR).source(Sources.HEART_RATE).modifiable()
                        .reads(PULSE)
                        .outcomes(INELIGIBLE)
                        .judge(s -> {
                            Integer pulse = pulse(s);
                            int ineligible = s.integer(Parameters.HR_INELIGIBLE_ABOVE);
                            return pulse != null && pulse > ineligible && pulse < URGENT_FROM
                                    ? Result.match(INELIGIBLE, "A resting pulse over " + ineligible
                                    + " a minute: ketamine is not offered until it has been re-measured and assessed. Re-screen then.", FIELDS)
                                    : Result.NO_MATCH;
                        }),
                rule("HR-4").title("Resting pulse [150, ∞) /min")
                        .category(CARDIOVASCULAR).source(Sources.HEART_RATE)
                        .reads(PULSE)
                        .outcomes(URGENT_REFERRAL)
                        .judge(s -> {
                            Integer pulse = pulse(s);
                            return pulse != null && pulse >= URGENT_FROM ? Result.match(URGENT_REFERRAL, "A resting pulse of "
                                    + URGENT_FROM + " a minute or more: seek same-day medical care.", FIELDS) : Result.NO_MATCH;
                        }),
                rule("HR-5").title("A reading without its pulse, or with an irregular-heartbeat symbol")
                        .category(CARDIOVASCULAR).source(Sources.HEART_RATE)
                        .reads(PULSE, "cardiovascular.bloodPressure.irregularSymbol")
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            BloodPressureV2 reading = s.v2().cardiovascular().bloodPressure();
                            if (reading == null) {
                                return Result.NO_MATCH;
                            }
                            if (reading.irregularSymbol() == Answer.YES) {
                                return Result.match(NEEDS_REVIEW, "The monitor showed an irregular heartbeat: a clinician checks the rhythm (ECG) first.",
                                        List.of("cardiovascular.bloodPressure.irregularSymbol"));
                            }
                            return reading.heartRate() == null ? Result.unknown(Rules.unknownMessage("the resting pulse of the reading"),
                                    FIELDS) : Result.NO_MATCH;
                        }));
    }

    private static Integer pulse(Subject s) {
        BloodPressureV2 reading = s.v2().cardiovascular().bloodPressure();
        return reading == null ? null : reading.heartRate();
    }
}
