package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** ORG-1 to ORG-6 and HS-1 (clinical-criteria §1.5, §5.2). */
class OrganRulesTest {

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
