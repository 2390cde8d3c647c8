package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.SUBSTANCE_USE;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.all;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.split;

import java.util.ArrayList;
import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.v2.Alcohol;
import org.ketascreen.intake.v2.AuditFrequency;
import org.ketascreen.intake.v2.SexAssignedAtBirth;

/**
 * Alcohol, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §2): ALC-1 and ALC-2 over the AUDIT-C score
 * (items 0-4 points each in enum order; {@code frequency} NEVER scores 0 and asks nothing more). An UNKNOWN item
 * counts only where it could reach the cut: the score with every UNKNOWN item at 4 points (§9.3, §12).
 */
final class AlcoholRules {
    private AlcoholRules() {
    }

    static final int MAX_ITEM_POINTS = 4;

    private static final String FREQUENCY = "alcohol.frequency";
    private static final String DRINKS = "alcohol.typicalDrinks";
    private static final String SIX = "alcohol.sixOrMore";
    private static final String WITHDRAWAL = "alcohol.withdrawalEver";

    /** The AUDIT-C score: known points, the worst case (UNKNOWN items at 4) and which items were UNKNOWN. */
    record Score(int known, int worst, List<String> unknown) {
        static Score of(Alcohol a) {
            if (a.frequency() == AuditFrequency.NEVER) {
                return new Score(0, 0, List.of());
            }
            List<String> unknown = new ArrayList<>(3);
            int known = 0;
            int worst = 0;
            String[] paths = {FREQUENCY, DRINKS, SIX};
            Enum<?>[] items = {a.frequency(), a.typicalDrinks(), a.sixOrMore()};
            for (int i = 0; i < items.length; i++) {
                if ("UNKNOWN".equals(items[i].name())) {
                    unknown.add(paths[i]);
                    worst += MAX_ITEM_POINTS;
                } else {
                    known += items[i].ordinal();
                    worst += items[i].ordinal();
                }
            }
            return new Score(known, worst, List.copyOf(unknown));
        }
    }

    static List<Rule> rules() {
        return List.of(
                rule("ALC-1").title("AUDIT-C [cut, 12] points (men 4, women 3, not said the lower)")
                        .category(SUBSTANCE_USE).source(Sources.AUDIT_C)
                        .reads("patient.sexAssignedAtBirth", FREQUENCY, DRINKS, SIX)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Alcohol a = s.v2().alcohol();
                            int men = s.integer(Parameters.AUDIT_C_CUT_MEN);
                            int women = s.integer(Parameters.AUDIT_C_CUT_WOMEN);
                            SexAssignedAtBirth sex = s.v2().patient().sexAssignedAtBirth();
                            int cut = switch (sex) {
                                case MALE -> men;
                                case FEMALE -> women;
                                case NOT_SAID -> Math.min(men, women);
                            };
                            Score score = Score.of(a);
                            if (score.known() >= cut) {
                                return Result.match(NEEDS_REVIEW, "AUDIT-C score " + score.known() + " (" + cut
                                        + " or more): hazardous drinking is discussed and reviewed before ketamine.",
                                        List.of("patient.sexAssignedAtBirth", FREQUENCY, DRINKS, SIX));
                            }
                            return score.worst() >= cut ? Result.unknown(Rules.unknownMessage("AUDIT-C score below " + cut),
                                    score.unknown()) : Result.NO_MATCH;
                        }),
                rule("ALC-2").title("AUDIT-C [high cut, 12] points, or alcohol withdrawal ever")
                        .category(SUBSTANCE_USE).source(Sources.AUDIT_C)
                        .reads(FREQUENCY, DRINKS, SIX, WITHDRAWAL)
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .judge(s -> {
                            Alcohol a = s.v2().alcohol();
                            int high = s.integer(Parameters.AUDIT_C_HIGH_CUT);
                            Score score = Score.of(a);
                            Answer withdrawal = a.frequency() == AuditFrequency.NEVER ? Answer.NO : a.withdrawalEver();
                            if (score.known() >= high || withdrawal == Answer.YES) {
                                List<String> fields = score.known() >= high ? List.of(FREQUENCY, DRINKS, SIX) : List.of(WITHDRAWAL);
                                return perModality(s, split(NEEDS_REVIEW, INELIGIBLE), outcome -> outcome == INELIGIBLE
                                        ? "Heavy drinking (AUDIT-C " + high + " or more) or past alcohol withdrawal: oral micro-dosing at home is not offered."
                                        : "Heavy drinking (AUDIT-C " + high + " or more) or past alcohol withdrawal: a clinician reviews alcohol use first.",
                                        fields);
                            }
                            if (withdrawal == Answer.UNKNOWN || score.worst() >= high) {
                                List<String> fields = new ArrayList<>(score.worst() >= high ? score.unknown() : List.of());
                                if (withdrawal == Answer.UNKNOWN) {
                                    fields.add(WITHDRAWAL);
                                }
                                return perModality(s, all(NEEDS_REVIEW), outcome -> Rules.unknownMessage(
                                        "AUDIT-C score below " + high + " and no alcohol withdrawal"), List.copyOf(fields));
                            }
                            return Result.NO_MATCH;
                        }));
    }
}
