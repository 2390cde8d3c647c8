package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.finding;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.Screening;

/** LOG-1 and the modality step (api-contract §3, §4). */
class LogisticsRulesTest {

    @ParameterizedTest(name = "adult {0}, no driving {1}, modalities [{2}] -> LOG-1 {3} on [{4}], verdict {5}")
    @CsvSource({
            "YES,     YES,     IV_INFUSION INTRANASAL ORAL_MICRODOSE, PASS,         '',                     ELIGIBLE",
            "NO,      YES,     IV_INFUSION INTRANASAL ORAL_MICRODOSE, NEEDS_REVIEW, IV_INFUSION INTRANASAL, ELIGIBLE",
            "YES,     UNKNOWN, IV_INFUSION INTRANASAL ORAL_MICRODOSE, NEEDS_REVIEW, IV_INFUSION INTRANASAL, ELIGIBLE",
            "NO,      NO,      IV_INFUSION,                           NEEDS_REVIEW, IV_INFUSION,            NEEDS_REVIEW",
            "NO,      NO,      INTRANASAL ORAL_MICRODOSE,             NEEDS_REVIEW, INTRANASAL,             ELIGIBLE",
            "NO,      NO,      ORAL_MICRODOSE,                        PASS,         '',                     ELIGIBLE",
            "UNKNOWN, UNKNOWN, '',                                    NEEDS_REVIEW, IV_INFUSION INTRANASAL, ELIGIBLE"})
    void escortAndDrivingApplyToInClinicModalitiesOnly(String adult, String driving, String requested, String outcome,
                                                        String affected, String verdict) {
        List<String> modalities = requested.isBlank() ? List.of() : Arrays.asList(requested.split(" "));
        Screening screening = screenWith("logistics.responsibleAdultAvailable", adult,
                "logistics.canAvoidDrivingUntilNextDay", driving, "logistics.requestedModalities", modalities);

        assertEquals(outcome, outcomeOf(screening, "LOG-1"));
        if (!outcome.equals("PASS")) {
            assertEquals(Arrays.stream(affected.split(" ")).map(Modality::valueOf).toList(), finding(screening, "LOG-1").modalities());
        }
        assertEquals(verdict, screening.verdict().name());
    }
}
