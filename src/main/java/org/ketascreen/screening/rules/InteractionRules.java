package org.ketascreen.screening.rules;

import static org.ketascreen.intake.MedicationClass.BENZODIAZEPINE;
import static org.ketascreen.intake.MedicationClass.GABAPENTINOID;
import static org.ketascreen.intake.MedicationClass.LAMOTRIGINE;
import static org.ketascreen.intake.MedicationClass.MAOI;
import static org.ketascreen.intake.MedicationClass.MEMANTINE_OR_DEXTROMETHORPHAN;
import static org.ketascreen.intake.MedicationClass.OPIOID;
import static org.ketascreen.intake.MedicationClass.OTHER_CNS_DEPRESSANT;
import static org.ketascreen.intake.MedicationClass.PSYCHOSTIMULANT;
import static org.ketascreen.intake.MedicationClass.THEOPHYLLINE;
import static org.ketascreen.intake.MedicationClass.Z_DRUG;
import static org.ketascreen.screening.rules.Category.DRUG_INTERACTION;
import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;
import static org.ketascreen.screening.rules.Rules.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.MedicationClass;

/** Drug interactions: clinical-criteria §1.5 DDI-1 to DDI-6 and §5.5. */
final class InteractionRules {
    private InteractionRules() {
    }

    /** DDI-3: sedation and respiratory depression with ketamine (Ketalar, SPRAVATO). */
    static final Set<MedicationClass> CNS_DEPRESSANTS = EnumSet.of(BENZODIAZEPINE, OPIOID, GABAPENTINOID, Z_DRUG, OTHER_CNS_DEPRESSANT);

    private static final String MEDICATIONS = "currentMedications";

    static List<Rule> rules() {
        return List.of(
                rule("DDI-1").title("Taking a monoamine-oxidase inhibitor")
                        .category(DRUG_INTERACTION).source(Sources.SPRAVATO_PI)
                        .reads(MEDICATIONS)
                        .outcomes(NEEDS_REVIEW)
                        .check(taking(EnumSet.of(MAOI), NEEDS_REVIEW,
                                "An MAOI raises the blood-pressure effect of ketamine: a clinician plans close monitoring.")),
                rule("DDI-2").title("Taking a psychostimulant")
                        .category(DRUG_INTERACTION).source(Sources.SPRAVATO_PI)
                        .reads(MEDICATIONS)
                        .outcomes(NEEDS_REVIEW)
                        .check(taking(EnumSet.of(PSYCHOSTIMULANT), NEEDS_REVIEW,
                                "A stimulant raises the blood-pressure effect of ketamine: a clinician plans close monitoring.")),
                rule("DDI-3").title("Taking a benzodiazepine, opioid, gabapentinoid, Z-drug or other CNS depressant")
                        .category(DRUG_INTERACTION).source(Sources.KETALAR_PI)
                        .reads(MEDICATIONS)
                        .outcomes(NEEDS_REVIEW)
                        .check(taking(CNS_DEPRESSANTS, NEEDS_REVIEW,
                                "A sedating medicine adds to ketamine's sedation: a clinician reviews doses first.")),
                rule("DDI-4").title("Taking theophylline or aminophylline")
                        .category(DRUG_INTERACTION).source(Sources.KETALAR_PI).modifiable()
                        .reads(MEDICATIONS)
                        .outcomes(INELIGIBLE)
                        .check(taking(EnumSet.of(THEOPHYLLINE), INELIGIBLE,
                                "Theophylline must not be combined with ketamine (seizure risk). Re-screen if it is stopped.")),
                rule("DDI-5").title("Taking lamotrigine")
                        .category(DRUG_INTERACTION).source(Sources.ANAND_2000)
                        .reads(MEDICATIONS)
                        .outcomes(INFO)
                        .check(taking(EnumSet.of(LAMOTRIGINE), INFO,
                                "Lamotrigine may blunt ketamine's effects: the clinician will take it into account.")),
                rule("DDI-6").title("Taking memantine or dextromethorphan (other NMDA antagonists)")
                        .category(DRUG_INTERACTION).source(Sources.NMDA_COMBINATION)
                        .reads(MEDICATIONS)
                        .outcomes(NEEDS_REVIEW)
                        .check(taking(EnumSet.of(MEMANTINE_OR_DEXTROMETHORPHAN), NEEDS_REVIEW,
                                "Another NMDA-blocking medicine adds to ketamine's effects: a clinician reviews it first.")));
    }

    /** A finding citing each current medication of the given classes, or a pass when there is none. */
    private static Function<Intake, Result> taking(Set<MedicationClass> classes, Outcome outcome, String message) {
        return in -> {
            List<String> fields = entries(in, classes);
            return fields.isEmpty() ? Result.NO_MATCH : Result.match(outcome, message, fields);
        };
    }

    private static List<String> entries(Intake in, Set<MedicationClass> classes) {
        List<MedicationClass> medications = in.currentMedications();
        List<String> fields = List.of();
        for (int i = 0; i < medications.size(); i++) {
            if (classes.contains(medications.get(i))) {
                if (fields.isEmpty()) {
                    fields = new ArrayList<>();
                }
                fields.add(MEDICATIONS + "[" + i + "]");
            }
        }
        return fields;
    }
}
