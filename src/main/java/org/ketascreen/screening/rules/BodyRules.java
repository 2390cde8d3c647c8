package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.COMORBIDITY;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.List;

import org.ketascreen.intake.v2.Body;

/**
 * Weight and height, rule set 2.0.0 (api-contract §9.3; clinical-criteria-v2 §11): BMI-1 and BMI-2. BMI =
 * weightKg / (heightCm / 100)², compared exactly in whole numbers: weightKg × 10 000 against cut × heightCm².
 */
final class BodyRules {
    private BodyRules() {
    }

    /** BMI-1: from this BMI always review, whatever the profile (§10.4). */
    static final int BMI_ALWAYS_REVIEW_FROM = 50;
    /** BMI-2: below BMI 17.5 review; fixed (§10.4). Held as tenths to compare in whole numbers. */
    static final int MIN_BMI_TENTHS = 175;

    private static final String BODY = "patient.body";

    static List<Rule> rules() {
        return List.of(
                rule("BMI-1").title("BMI [review line, ∞) kg/m² (always from 50), or weight and height unknown")
                        .category(COMORBIDITY).source(Sources.ASA_PHYSICAL_STATUS)
                        .reads(BODY)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Body body = s.v2().patient().body();
                            int cut = Math.min(s.integer(Parameters.BMI_REVIEW_FROM), BMI_ALWAYS_REVIEW_FROM);
                            if (body == null) {
                                return Result.unknown("Weight and height are not known: doses are weighed per kg and a clinician checks them first.",
                                        List.of(BODY));
                            }
                            return bmiAtLeast(body, cut)
                                    ? Result.match(NEEDS_REVIEW, "A BMI of " + cut + " or more: a clinician reviews sedation risk and dosing first.")
                                    : Result.NO_MATCH;
                        }),
                rule("BMI-2").title("Weight [0, minimum) kg or BMI [0, 17.5) kg/m²")
                        .category(COMORBIDITY).source(Sources.ASA_PHYSICAL_STATUS)
                        .reads(BODY)
                        .outcomes(NEEDS_REVIEW)
                        .judge(s -> {
                            Body body = s.v2().patient().body();
                            int minKg = s.integer(Parameters.WEIGHT_MIN_KG);
                            if (body == null) {
                                return Result.NO_MATCH;
                            }
                            return body.weightKg() < minKg || bmiTenthsBelow(body, MIN_BMI_TENTHS)
                                    ? Result.match(NEEDS_REVIEW, "A weight under " + minKg
                                    + " kg or a BMI under 17.5: fixed doses give more per kg, so a clinician reviews them first.")
                                    : Result.NO_MATCH;
                        }));
    }

    /** BMI ≥ cut, exactly: weightKg × 10 000 ≥ cut × heightCm². */
    static boolean bmiAtLeast(Body body, int cut) {
        return (long) body.weightKg() * 10_000 >= (long) cut * body.heightCm() * body.heightCm();
    }

    /** BMI > cut, exactly. */
    static boolean bmiAbove(Body body, int cut) {
        return (long) body.weightKg() * 10_000 > (long) cut * body.heightCm() * body.heightCm();
    }

    /** BMI < tenths / 10, exactly: weightKg × 100 000 < tenths × heightCm². */
    static boolean bmiTenthsBelow(Body body, int tenths) {
        return (long) body.weightKg() * 100_000 < (long) tenths * body.heightCm() * body.heightCm();
    }
}
