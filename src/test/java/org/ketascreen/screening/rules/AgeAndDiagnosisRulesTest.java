package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.met;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** AGE-1, AGE-2 and DX-1 to DX-3 (clinical-criteria §1.2, §2.6). */
class AgeAndDiagnosisRulesTest {

    @ParameterizedTest(name = "age {0} -> AGE-1 {1}, AGE-2 {2}")
    @CsvSource({
            "17,  INELIGIBLE, PASS",
            "18,  PASS,       PASS",
            "64,  PASS,       PASS",
            "65,  PASS,       NEEDS_REVIEW",
            "120, PASS,       NEEDS_REVIEW"})
    void adultsOnlyAndReviewFrom65(int age, String age1, String age2) {
        Screening screening = screenWith("patient.ageYears", age, "headache.ageAtOnsetYears", 10);

        assertEquals(age1, outcomeOf(screening, "AGE-1"));
        assertEquals(age2, outcomeOf(screening, "AGE-2"));
    }

    /** DX-1: only ICHD-3 1.1, 1.2.1 and 1.3 are in scope; it is an inclusion criterion and gives no finding. */
    @ParameterizedTest(name = "{0} -> DX-1 met {1}")
    @CsvSource({
            "MIGRAINE_WITHOUT_AURA,                                     true",
            "MIGRAINE_WITH_AURA,                                        true",
            "CHRONIC_MIGRAINE,                                          true",
            "MIGRAINE_WITHOUT_AURA MIGRAINE_WITH_AURA CHRONIC_MIGRAINE, true",
            "CHRONIC_MIGRAINE PROBABLE_MIGRAINE,                        false",
            "CHRONIC_MIGRAINE CLUSTER_HEADACHE,                         false",
            "HEMIPLEGIC_MIGRAINE,                                       false",
            "UNDIAGNOSED,                                               false",
            "CLUSTER_HEADACHE,                                          false"})
    void onlyInScopeMigraineMeetsTheDiagnosis(String diagnoses, boolean met) {
        Screening screening = screenWith("headache.diagnoses", Arrays.asList(diagnoses.split(" ")));

        assertEquals(met, met(screening, "DX-1"));
    }

    @ParameterizedTest(name = "{0} -> DX-2 {1}, DX-3 {2}")
    @CsvSource({
            "CHRONIC_MIGRAINE,                                 PASS,         PASS",
            "MIGRAINE_WITHOUT_AURA MIGRAINE_WITH_AURA,         PASS,         PASS",
            "MIGRAINE_WITH_BRAINSTEM_AURA,                     NEEDS_REVIEW, PASS",
            "HEMIPLEGIC_MIGRAINE,                              NEEDS_REVIEW, PASS",
            "RETINAL_MIGRAINE,                                 NEEDS_REVIEW, PASS",
            "AURA_WITHOUT_HEADACHE,                            NEEDS_REVIEW, PASS",
            "PROBABLE_MIGRAINE,                                NEEDS_REVIEW, PASS",
            "NEW_DAILY_PERSISTENT_HEADACHE,                    NEEDS_REVIEW, PASS",
            "UNDIAGNOSED,                                      NEEDS_REVIEW, PASS",
            "CHRONIC_MIGRAINE CLUSTER_HEADACHE,                NEEDS_REVIEW, PASS",
            "CHRONIC_MIGRAINE TENSION_TYPE_HEADACHE,           NEEDS_REVIEW, PASS",
            "PROBABLE_MIGRAINE CLUSTER_HEADACHE,               NEEDS_REVIEW, PASS",
            "CLUSTER_HEADACHE,                                 PASS,         INELIGIBLE",
            "TENSION_TYPE_HEADACHE PRIMARY_STABBING_HEADACHE,  PASS,         INELIGIBLE",
            "CERVICOGENIC_HEADACHE,                            PASS,         INELIGIBLE",
            "ABDOMINAL_MIGRAINE,                               PASS,         INELIGIBLE",
            "OTHER_SECONDARY_HEADACHE,                         PASS,         INELIGIBLE",
            "THUNDERCLAP_HEADACHE,                             PASS,         INELIGIBLE"})
    void scopeOfTheDiagnoses(String diagnoses, String dx2, String dx3) {
        List<String> list = Arrays.asList(diagnoses.split(" "));
        Screening screening = screenWith("headache.diagnoses", list);

        assertEquals(dx2, outcomeOf(screening, "DX-2"));
        assertEquals(dx3, outcomeOf(screening, "DX-3"));
        assertEquals("PASS", outcomeOf(screening, "DX-1"));
    }
}
