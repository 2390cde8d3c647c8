package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Category.HYPERSENSITIVITY;
import static org.ketascreen.screening.rules.Category.ORGAN_FUNCTION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.flag;
import static org.ketascreen.screening.rules.Rules.graded;
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
                graded("ORG-1", "Liver disease: severe (Child-Pugh C) ineligible, mild or moderate review", ORGAN_FUNCTION,
                        Sources.COHEN_2018, List.of(INELIGIBLE, NEEDS_REVIEW),
                        in -> switch (in.conditions().liverDisease()) {
                            case NONE -> Result.NO_MATCH;
                            case SEVERE -> Result.match(INELIGIBLE, "Severe liver disease: ketamine is not offered.");
                            case MILD_OR_MODERATE -> Result.match(NEEDS_REVIEW, "Liver disease: a clinician will check liver tests and adjust monitoring.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("liver disease"));
                        },
                        "conditions.liverDisease"),
                graded("ORG-2", "Raised intracranial pressure ineligible; intracranial hypertension in remission review",
                        ORGAN_FUNCTION, Sources.COHEN_2018, List.of(INELIGIBLE, NEEDS_REVIEW), OrganRules::intracranialPressure,
                        "conditions.raisedIntracranialPressure", "conditions.intracranialHypertensionInRemission"),
                graded("ORG-3", "Eye pressure: uncontrolled ineligible, controlled glaucoma review", ORGAN_FUNCTION,
                        Sources.COHEN_2018, List.of(INELIGIBLE, NEEDS_REVIEW),
                        in -> switch (in.conditions().eyePressure()) {
                            case NORMAL -> Result.NO_MATCH;
                            case UNCONTROLLED -> Result.match(INELIGIBLE, "Raised or uncontrolled eye pressure: ketamine raises it further and is not offered.");
                            case CONTROLLED_GLAUCOMA -> Result.match(NEEDS_REVIEW, "Controlled glaucoma: a clinician confirms eye pressure is normal first.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("eye pressure"));
                        },
                        "conditions.eyePressure"),
                graded("ORG-4", "Interstitial cystitis or severe bladder disease ineligible; other chronic bladder symptoms review",
                        ORGAN_FUNCTION, Sources.KETALAR_PI, List.of(INELIGIBLE, NEEDS_REVIEW), OrganRules::bladder,
                        "conditions.interstitialCystitis", "conditions.severeBladderDisease", "conditions.otherChronicBladderSymptoms"),
                graded("ORG-5", "Hyperthyroidism: uncontrolled ineligible, treated informational", ORGAN_FUNCTION,
                        Sources.SWISS_LABEL, List.of(INELIGIBLE, NEEDS_REVIEW, INFO),
                        in -> switch (in.conditions().hyperthyroidism()) {
                            case NONE -> Result.NO_MATCH;
                            case UNCONTROLLED -> Result.match(INELIGIBLE, "An untreated or uncontrolled overactive thyroid: ketamine is not offered until it is controlled.");
                            case TREATED -> Result.match(INFO, "Treated thyroid disease: no change to eligibility.");
                            case UNKNOWN -> Result.unknown(Rules.unknownMessage("hyperthyroidism"));
                        },
                        "conditions.hyperthyroidism"),
                flag("ORG-6", "Seizure disorder", ORGAN_FUNCTION, Sources.CLINIC_PROTOCOLS, NEEDS_REVIEW,
                        "A seizure disorder: a clinician reviews seizure control and medicines first.",
                        in -> yes(in.conditions().seizureDisorder()), "conditions.seizureDisorder"),
                flag("HS-1", "Hypersensitivity to ketamine or esketamine", HYPERSENSITIVITY, Sources.SPRAVATO_PI, INELIGIBLE,
                        "An allergy to ketamine or esketamine: ketamine is contraindicated.",
                        in -> yes(in.conditions().ketamineAllergy()), "conditions.ketamineAllergy"));
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
