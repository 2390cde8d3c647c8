package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.DIAGNOSIS;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.all;
import static org.ketascreen.screening.rules.Rules.perModality;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.split;

import java.util.List;

import org.ketascreen.intake.Answer;

/**
 * Who diagnosed the migraine and who treats it, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §4): REF-1
 * and REF-2. {@code recordsConsent} is read by no rule, only by the next steps.
 */
final class ReferralRules {
    private ReferralRules() {
    }

    private static final String DIAGNOSED_BY = "referral.diagnosedBy";
    private static final String ONGOING = "referral.ongoingClinician";

    static List<Rule> rules() {
        return List.of(
                rule("REF-1").title("Migraine not diagnosed by a clinician (review), or by a doctor other than a headache specialist (noted)")
                        .category(DIAGNOSIS).source(Sources.KETHEAD)
                        .reads(DIAGNOSED_BY)
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(s -> switch (s.v2().referral().diagnosedBy()) {
                            case NEUROLOGIST_OR_HEADACHE_SPECIALIST -> Result.NO_MATCH;
                            case OTHER_DOCTOR -> Result.match(INFO, "Migraine diagnosed by a doctor who is not a headache specialist: the clinician confirms the diagnosis.",
                                    List.of(DIAGNOSED_BY));
                            case NOT_BY_A_CLINICIAN -> Result.match(NEEDS_REVIEW, "Migraine not diagnosed by a clinician: a clinician confirms the diagnosis first.",
                                    List.of(DIAGNOSED_BY));
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("who diagnosed the migraine"), List.of(DIAGNOSED_BY));
                        }),
                rule("REF-2").title("No clinician treating the headaches now and during treatment")
                        .category(DIAGNOSIS).source(Sources.CLINIC_PROTOCOLS)
                        .reads(ONGOING)
                        .outcomes(NEEDS_REVIEW, INFO)
                        .judge(s -> {
                            if (s.v2().referral().ongoingClinician() == Answer.YES) {
                                return Result.NO_MATCH;
                            }
                            boolean everywhere = s.parameters().flag(Parameters.REF2_ALL_MODALITIES);
                            return perModality(s, everywhere ? all(NEEDS_REVIEW) : split(INFO, NEEDS_REVIEW), outcome -> outcome == INFO
                                    ? "No clinician treats the headaches now: the clinic will coordinate care with your family doctor."
                                    : "No clinician treats the headaches now: a clinician reviews ongoing care first.", List.of(ONGOING));
                        }));
    }
}
