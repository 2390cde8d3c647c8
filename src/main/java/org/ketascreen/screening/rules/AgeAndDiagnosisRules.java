package org.ketascreen.screening.rules;

import static org.ketascreen.intake.HeadacheDiagnosis.*;
import static org.ketascreen.screening.rules.Category.AGE;
import static org.ketascreen.screening.rules.Category.DIAGNOSIS;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ketascreen.intake.HeadacheDiagnosis;
import org.ketascreen.intake.Intake;

/**
 * Age and diagnosis: clinical-criteria §1.2 (AGE-1, AGE-2, DX-1 to DX-3) and the scope mapping of §2.6.
 */
final class AgeAndDiagnosisRules {
    private AgeAndDiagnosisRules() {
    }

    /** AGE-1: esketamine is not approved under 18; clinic protocols start at 18 [S11][S32]. */
    static final int ADULT_AGE_YEARS = 18;
    /** AGE-2: BP surges grow with age; clinics cap at 65 [S36][S32]; a profile moves it ({@link Parameters#AGE_REVIEW_FROM}). */
    static final int OLDER_AGE_YEARS = 65;

    /** DX-1: ICHD-3 1.1, 1.2.1 and 1.3. */
    static final Set<HeadacheDiagnosis> IN_SCOPE = EnumSet.of(MIGRAINE_WITHOUT_AURA, MIGRAINE_WITH_AURA, CHRONIC_MIGRAINE);
    /** DX-2: migraine types and uncertain diagnoses that need a clinician first. */
    static final Set<HeadacheDiagnosis> NEEDS_REVIEW_TYPES = EnumSet.of(MIGRAINE_WITH_BRAINSTEM_AURA, HEMIPLEGIC_MIGRAINE,
            RETINAL_MIGRAINE, AURA_WITHOUT_HEADACHE, PROBABLE_MIGRAINE, NEW_DAILY_PERSISTENT_HEADACHE, UNDIAGNOSED);
    /** DX-3: out of scope for this pathway (route to a headache service); thunderclap also fires RF-1. */
    static final Set<HeadacheDiagnosis> OUT_OF_SCOPE = EnumSet.of(ABDOMINAL_MIGRAINE, CLUSTER_HEADACHE,
            TENSION_TYPE_HEADACHE, PRIMARY_STABBING_HEADACHE, CERVICOGENIC_HEADACHE, THUNDERCLAP_HEADACHE,
            OTHER_SECONDARY_HEADACHE);

    private static final String DIAGNOSES = "headache.diagnoses";

    static List<Rule> rules() {
        return List.of(
                rule("AGE-1").title("Age [0, 18) years")
                        .category(AGE).source(Sources.AGE_LIMITS)
                        .reads("patient.ageYears")
                        .when(in -> Tri.of(in.patient().ageYears() < ADULT_AGE_YEARS))
                        .flag(INELIGIBLE, "Ketamine for migraine is offered to adults only (18 and over)."),
                rule("AGE-2").title("Age [65, ∞) years")
                        .category(AGE).source(Sources.OLDER_AGE_BP)
                        .reads("patient.ageYears")
                        .whenSubject(s -> Tri.of(s.v1().patient().ageYears() >= s.integer(Parameters.AGE_REVIEW_FROM)))
                        .flag(NEEDS_REVIEW, p -> "From age " + p.integer(Parameters.AGE_REVIEW_FROM)
                                + " ketamine raises blood pressure more: a clinician decides whether it is suitable."),
                rule("DX-1").title("Only in-scope migraine diagnoses (ICHD-3 1.1, 1.2.1, 1.3)")
                        .category(DIAGNOSIS).source(Sources.ICHD3)
                        .reads(DIAGNOSES)
                        .outcomes()
                        .check(in -> IN_SCOPE.containsAll(diagnoses(in)) ? Result.SATISFIED : Result.NO_MATCH),
                rule("DX-2").title("Atypical or uncertain migraine diagnosis, or migraine mixed with an out-of-scope type")
                        .category(DIAGNOSIS).source(Sources.ICHD3)
                        .reads(DIAGNOSES)
                        .outcomes(NEEDS_REVIEW)
                        .check(AgeAndDiagnosisRules::needsReviewDiagnosis),
                rule("DX-3").title("Only out-of-scope headache diagnoses")
                        .category(DIAGNOSIS).source(Sources.ICHD3)
                        .reads(DIAGNOSES)
                        .outcomes(INELIGIBLE)
                        .check(in -> OUT_OF_SCOPE.containsAll(diagnoses(in))
                                ? Result.match(INELIGIBLE, "The reported headache type is outside this ketamine pathway: a headache service can advise on other treatments.")
                                : Result.NO_MATCH));
    }

    private static List<HeadacheDiagnosis> diagnoses(Intake in) {
        return in.headache().diagnoses();
    }

    private static Result needsReviewDiagnosis(Intake in) {
        var diagnoses = diagnoses(in);
        if (OUT_OF_SCOPE.containsAll(diagnoses)) {
            return Result.NO_MATCH;
        }
        boolean atypicalOrMixed = false;
        for (HeadacheDiagnosis diagnosis : diagnoses) {
            atypicalOrMixed |= NEEDS_REVIEW_TYPES.contains(diagnosis) || OUT_OF_SCOPE.contains(diagnosis);
        }
        return atypicalOrMixed
                ? Result.match(NEEDS_REVIEW, "The headache diagnosis is atypical, uncertain or mixed with another headache type: a clinician must confirm it first.")
                : Result.NO_MATCH;
    }
}
