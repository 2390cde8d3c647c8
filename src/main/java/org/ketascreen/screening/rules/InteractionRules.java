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
import static org.ketascreen.screening.rules.Rules.graded;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
                taking("DDI-1", "Taking a monoamine-oxidase inhibitor", Sources.SPRAVATO_PI, NEEDS_REVIEW, EnumSet.of(MAOI),
                        "An MAOI raises the blood-pressure effect of ketamine: a clinician plans close monitoring."),
                taking("DDI-2", "Taking a psychostimulant", Sources.SPRAVATO_PI, NEEDS_REVIEW, EnumSet.of(PSYCHOSTIMULANT),
                        "A stimulant raises the blood-pressure effect of ketamine: a clinician plans close monitoring."),
                taking("DDI-3", "Taking a benzodiazepine, opioid, gabapentinoid, Z-drug or other CNS depressant",
                        Sources.KETALAR_PI, NEEDS_REVIEW, CNS_DEPRESSANTS,
                        "A sedating medicine adds to ketamine's sedation: a clinician reviews doses first."),
                taking("DDI-4", "Taking theophylline or aminophylline", Sources.KETALAR_PI, INELIGIBLE, EnumSet.of(THEOPHYLLINE),
                        "Theophylline must not be combined with ketamine (seizure risk). Re-screen if it is stopped."),
                taking("DDI-5", "Taking lamotrigine", Sources.ANAND_2000, INFO, EnumSet.of(LAMOTRIGINE),
                        "Lamotrigine may blunt ketamine's effects: the clinician will take it into account."),
                taking("DDI-6", "Taking memantine or dextromethorphan (other NMDA antagonists)", Sources.NMDA_COMBINATION,
                        NEEDS_REVIEW, EnumSet.of(MEMANTINE_OR_DEXTROMETHORPHAN),
                        "Another NMDA-blocking medicine adds to ketamine's effects: a clinician reviews it first."));
    }

    private static Rule taking(String id, String title, Citation source, Outcome outcome, Set<MedicationClass> classes,
                               String message) {
        return graded(id, title, DRUG_INTERACTION, source, List.of(outcome), in -> {
            List<String> fields = entries(in, classes);
            return fields.isEmpty() ? Result.NO_MATCH : Result.match(outcome, message, fields);
        }, MEDICATIONS);
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
