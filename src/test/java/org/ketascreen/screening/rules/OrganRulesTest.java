package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.finding;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** OB, SUB, ORG, HS and DDI rules (clinical-criteria §1.5, §5.5). */
class ContraindicationRulesTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "pregnant,          YES,     OB-1, INELIGIBLE",
            "pregnant,          UNKNOWN, OB-1, NEEDS_REVIEW",
            "pregnant,          NO,      OB-1, PASS",
            "breastfeeding,     YES,     OB-2, INELIGIBLE",
            "breastfeeding,     UNKNOWN, OB-2, NEEDS_REVIEW",
            "mayBecomePregnant, YES,     OB-4, NEEDS_REVIEW",
            "mayBecomePregnant, UNKNOWN, OB-4, NEEDS_REVIEW"})
    void obstetric(String question, String answer, String rule, String outcome) {
        assertEquals(outcome, outcomeOf(screenWith("patient." + question, answer), rule));
    }

    @Nested
    class SubstanceUse {

        @ParameterizedTest(name = "status {0}, {1} months in remission -> SUB-2 {2}, SUB-3 {3}")
        @CsvSource({
                "NONE,         ,    PASS,         PASS",
                "CURRENT,      ,    INELIGIBLE,   PASS",
                "IN_REMISSION, 0,   INELIGIBLE,   PASS",
                "IN_REMISSION, 11,  INELIGIBLE,   PASS",
                "IN_REMISSION, 12,  PASS,         NEEDS_REVIEW",
                "IN_REMISSION, 240, PASS,         NEEDS_REVIEW",
                "IN_REMISSION, ,    NEEDS_REVIEW, PASS",
                "UNKNOWN,      ,    NEEDS_REVIEW, PASS"})
        void remissionWindowIsTwelveMonths(String status, Integer months, String sub2, String sub3) {
            var disorder = JSON.createObjectNode().put("status", status);
            if (months != null) {
                disorder.put("monthsInRemission", months);
            }
            Screening screening = screenWith("substanceUse.substanceUseDisorder", disorder);

            assertEquals(sub2, outcomeOf(screening, "SUB-2"));
            assertEquals(sub3, outcomeOf(screening, "SUB-3"));
        }

        @ParameterizedTest(name = "{0} {1} -> {2} {3}")
        @CsvSource({
                "ketamineOrDissociativeMisuse, YES,     SUB-1, INELIGIBLE",
                "ketamineOrDissociativeMisuse, UNKNOWN, SUB-1, NEEDS_REVIEW",
                "recreationalDrugUseLastMonth, YES,     SUB-4, NEEDS_REVIEW",
                "recreationalDrugUseLastMonth, UNKNOWN, SUB-4, NEEDS_REVIEW"})
        void misuseAndRecentUse(String question, String answer, String rule, String outcome) {
            assertEquals(outcome, outcomeOf(screenWith("substanceUse." + question, answer), rule));
        }
    }

    @Nested
    class Organs {

        @ParameterizedTest(name = "{0} {1} -> {2} {3}")
        @CsvSource({
                "liverDisease,                        SEVERE,              ORG-1, INELIGIBLE",
                "liverDisease,                        MILD_OR_MODERATE,    ORG-1, NEEDS_REVIEW",
                "liverDisease,                        UNKNOWN,             ORG-1, NEEDS_REVIEW",
                "liverDisease,                        NONE,                ORG-1, PASS",
                "raisedIntracranialPressure,          YES,                 ORG-2, INELIGIBLE",
                "raisedIntracranialPressure,          UNKNOWN,             ORG-2, NEEDS_REVIEW",
                "intracranialHypertensionInRemission, YES,                 ORG-2, NEEDS_REVIEW",
                "intracranialHypertensionInRemission, UNKNOWN,             ORG-2, NEEDS_REVIEW",
                "eyePressure,                         UNCONTROLLED,        ORG-3, INELIGIBLE",
                "eyePressure,                         CONTROLLED_GLAUCOMA, ORG-3, NEEDS_REVIEW",
                "eyePressure,                         UNKNOWN,             ORG-3, NEEDS_REVIEW",
                "interstitialCystitis,                YES,                 ORG-4, INELIGIBLE",
                "severeBladderDisease,                YES,                 ORG-4, INELIGIBLE",
                "severeBladderDisease,                UNKNOWN,             ORG-4, NEEDS_REVIEW",
                "otherChronicBladderSymptoms,         YES,                 ORG-4, NEEDS_REVIEW",
                "otherChronicBladderSymptoms,         UNKNOWN,             ORG-4, NEEDS_REVIEW",
                "hyperthyroidism,                     UNCONTROLLED,        ORG-5, INELIGIBLE",
                "hyperthyroidism,                     TREATED,             ORG-5, INFO",
                "hyperthyroidism,                     UNKNOWN,             ORG-5, NEEDS_REVIEW",
                "seizureDisorder,                     YES,                 ORG-6, NEEDS_REVIEW",
                "seizureDisorder,                     UNKNOWN,             ORG-6, NEEDS_REVIEW",
                "ketamineAllergy,                     YES,                 HS-1,  INELIGIBLE",
                "ketamineAllergy,                     UNKNOWN,             HS-1,  NEEDS_REVIEW"})
        void organFunctionAndHypersensitivity(String question, String answer, String rule, String outcome) {
            assertEquals(outcome, outcomeOf(screenWith("conditions." + question, answer), rule));
        }

        @Test
        void raisedPressureIsNotHiddenByAnUnknownRemissionAnswer() {
            Screening screening = screenWith("conditions.raisedIntracranialPressure", "YES",
                    "conditions.intracranialHypertensionInRemission", "UNKNOWN");

            assertEquals("INELIGIBLE", outcomeOf(screening, "ORG-2"));
        }
    }

    @Nested
    class Interactions {

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
}
