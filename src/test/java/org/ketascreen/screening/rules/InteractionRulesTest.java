package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.finding;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** DDI-1 to DDI-6 (clinical-criteria §1.5, §5.5): each finding cites the medication entry it rests on. */
class InteractionRulesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "MAOI,                          DDI-1, NEEDS_REVIEW",
            "PSYCHOSTIMULANT,               DDI-2, NEEDS_REVIEW",
            "BENZODIAZEPINE,                DDI-3, NEEDS_REVIEW",
            "OPIOID,                        DDI-3, NEEDS_REVIEW",
            "GABAPENTINOID,                 DDI-3, NEEDS_REVIEW",
            "Z_DRUG,                        DDI-3, NEEDS_REVIEW",
            "OTHER_CNS_DEPRESSANT,          DDI-3, NEEDS_REVIEW",
            "THEOPHYLLINE,                  DDI-4, INELIGIBLE",
            "LAMOTRIGINE,                   DDI-5, INFO",
            "MEMANTINE_OR_DEXTROMETHORPHAN, DDI-6, NEEDS_REVIEW"})
    void interactingMedicines(String medication, String rule, String outcome) {
        Screening screening = screenWith("currentMedications", List.of("SSRI_OR_SNRI", medication));

        assertEquals(outcome, outcomeOf(screening, rule));
        assertEquals(List.of("currentMedications[1]"), finding(screening, rule).fields());
    }

    @ParameterizedTest(name = "{0} -> no interaction finding")
    @CsvSource({"SSRI_OR_SNRI", "LITHIUM", "ANTIPSYCHOTIC", "OTHER"})
    void medicinesWithoutAnInteractionRule(String medication) {
        Screening screening = screenWith("currentMedications", List.of(medication));

        assertEquals(List.of(), screening.findings().stream().filter(f -> f.ruleId().startsWith("DDI")).toList());
    }
}
