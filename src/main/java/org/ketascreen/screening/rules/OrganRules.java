package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.HYPERSENSITIVITY;
import static org.ketascreen.screening.rules.Category.ORGAN_FUNCTION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;
import static org.ketascreen.screening.rules.Rules.yes;

import java.util.List;

import org.ketascreen.intake.Intake;

/**
 * Organ function and hypersensitivity: clinical-criteria §1.5 ORG-1 to ORG-6 and HS-1, §5.2. Two-level
 * rules check the stronger answer first, so a YES on the excluding question is never hidden by an
 * unknown on the milder one.
 */
final class OrganRules {
    private OrganRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("ORG-1").title("Liver disease: severe (Child-Pugh C) ineligible, mild or moderate review")
                        .category(ORGAN_FUNCTION).source(Sources.COHEN_2018)
                        .reads("conditions.liverDisease")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(in -> switch (in.conditions().liverDisease()) {
                            case NONE -> Result.NO_MATCH;
                            case SEVERE -> Result.match(INELIGIBLE, "Severe liver disease: ketamine is not offered.");
                            case MILD_OR_MODERATE -> Result.match(NEEDS_REVIEW, "Liver disease: a clinician will check liver tests and adjust monitoring.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("liver disease"));
                        }),
                rule("ORG-2").title("Raised intracranial pressure ineligible; intracranial hypertension in remission review")
                        .category(ORGAN_FUNCTION).source(Sources.COHEN_2018)
                        .reads("conditions.raisedIntracranialPressure", "conditions.intracranialHypertensionInRemission")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(OrganRules::intracranialPressure),
                rule("ORG-3").title("Eye pressure: uncontrolled ineligible, controlled glaucoma review")
                        .category(ORGAN_FUNCTION).source(Sources.COHEN_2018)
                        .reads("conditions.eyePressure")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(in -> switch (in.conditions().eyePressure()) {
                            case NORMAL -> Result.NO_MATCH;
                            case UNCONTROLLED -> Result.match(INELIGIBLE, "Raised or uncontrolled eye pressure: ketamine raises it further and is not offered.");
                            case CONTROLLED_GLAUCOMA -> Result.match(NEEDS_REVIEW, "Controlled glaucoma: a clinician confirms eye pressure is normal first.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("eye pressure"));
                        }),
                rule("ORG-4").title("Interstitial cystitis or severe bladder disease ineligible; other chronic bladder symptoms review")
                        .category(ORGAN_FUNCTION).source(Sources.KETALAR_PI)
                        .reads("conditions.interstitialCystitis", "conditions.severeBladderDisease", "conditions.otherChronicBladderSymptoms")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW)
                        .check(OrganRules::bladder),
                rule("ORG-5").title("Hyperthyroidism: uncontrolled ineligible, treated informational")
                        .category(ORGAN_FUNCTION).source(Sources.SWISS_LABEL).modifiable()
                        .reads("conditions.hyperthyroidism")
                        .outcomes(INELIGIBLE, NEEDS_REVIEW, INFO)
                        .check(in -> switch (in.conditions().hyperthyroidism()) {
                            case NONE -> Result.NO_MATCH;
                            case UNCONTROLLED -> Result.match(INELIGIBLE, "An untreated or uncontrolled overactive thyroid: ketamine is not offered until it is controlled.");
                            case TREATED -> Result.match(INFO, "Treated thyroid disease: no change to eligibility.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("hyperthyroidism"));
                        }),
                rule("ORG-6").title("Seizure disorder")
                        .category(ORGAN_FUNCTION).source(Sources.CLINIC_PROTOCOLS)
                        .reads("conditions.seizureDisorder")
                        .when(in -> yes(in.conditions().seizureDisorder()))
                        .flag(NEEDS_REVIEW, "A seizure disorder: a clinician reviews seizure control and medicines first."),
                rule("HS-1").title("Hypersensitivity to ketamine or esketamine")
                        .category(HYPERSENSITIVITY).source(Sources.SPRAVATO_PI)
                        .reads("conditions.ketamineAllergy")
                        .when(in -> yes(in.conditions().ketamineAllergy()))
                        .flag(INELIGIBLE, "An allergy to ketamine or esketamine: ketamine is contraindicated."));
    }

    /** Two-level rule: the excluding question first; an unknown anywhere that could matter is unknown. */
    private static Result twoLevel(Tri excluding, Tri milder, String title, String excludingMessage, String milderMessage) {
        if (excluding == Tri.MATCH) {
            return Result.match(INELIGIBLE, excludingMessage);
        }
        if (excluding == Tri.UNKNOWN || milder == Tri.UNKNOWN) {
            return Result.unknown(Rules.unknownMessage(title));
        }
        return milder == Tri.MATCH ? Result.match(NEEDS_REVIEW, milderMessage) : Result.NO_MATCH;
    }

    private static Result intracranialPressure(Intake in) {
        return twoLevel(yes(in.conditions().raisedIntracranialPressure()),
                yes(in.conditions().intracranialHypertensionInRemission()),
                "raised intracranial pressure",
                "Raised pressure inside the head: ketamine raises it further and is not offered.",
                "Intracranial hypertension in remission: a clinician checks for papilloedema first.");
    }

    private static Result bladder(Intake in) {
        return twoLevel(yes(in.conditions().interstitialCystitis()).or(yes(in.conditions().severeBladderDisease())),
                yes(in.conditions().otherChronicBladderSymptoms()),
                "bladder disease",
                "Interstitial cystitis or severe bladder disease: ketamine can damage the bladder and is not offered.",
                "Chronic bladder symptoms: a clinician assesses them before ketamine, which can irritate the bladder.");
    }

}
