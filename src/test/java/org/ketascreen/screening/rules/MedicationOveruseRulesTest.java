package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.finding;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.acute;
import static org.ketascreen.testing.Intakes.array;
import static org.ketascreen.testing.Intakes.screenWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.screening.Screening;

/** MO-1 to MO-3, ICHD-3 8.2 (clinical-criteria §1.3, §2.4). */
class MedicationOveruseRulesTest {

    @ParameterizedTest(name = "{0} on {1} days for {2} months -> MO-1 {3}, MO-2 {4}, overuse {5}")
    @CsvSource({
            "TRIPTAN,               9,  24, PASS,         PASS,         false",
            "TRIPTAN,               10, 24, NEEDS_REVIEW, PASS,         true",
            "TRIPTAN,               10, 3,  PASS,         PASS,         false",
            "TRIPTAN,               10, 4,  NEEDS_REVIEW, PASS,         true",
            "ERGOT,                 10, 4,  NEEDS_REVIEW, PASS,         true",
            "OPIOID,                10, 4,  NEEDS_REVIEW, PASS,         true",
            "COMBINATION_ANALGESIC, 10, 4,  NEEDS_REVIEW, PASS,         true",
            "SIMPLE_ANALGESIC,      14, 24, PASS,         PASS,         true",
            "SIMPLE_ANALGESIC,      15, 24, PASS,         NEEDS_REVIEW, true",
            "SIMPLE_ANALGESIC,      15, 3,  PASS,         PASS,         false",
            "GEPANT,                31, 24, PASS,         PASS,         false",
            "DITAN,                 31, 24, PASS,         PASS,         false",
            "OTHER,                 31, 24, PASS,         PASS,         false"})
    void singleClassThresholds(String drugClass, int days, int months, String mo1, String mo2, boolean overuse) {
        Screening screening = screenWith("treatments.acute", array(acute(drugClass, days, months)));

        assertEquals(mo1, outcomeOf(screening, "MO-1"));
        assertEquals(mo2, outcomeOf(screening, "MO-2"));
        assertEquals(overuse, screening.migraine().medicationOveruse());
    }

    @ParameterizedTest(name = "triptan {0} + simple analgesic {1} days -> MO-3 {2}")
    @CsvSource({"4, 5, PASS", "4, 6, NEEDS_REVIEW", "9, 14, NEEDS_REVIEW"})
    void mixedClassesSumToTen(int triptanDays, int analgesicDays, String mo3) {
        Screening screening = screenWith("treatments.acute",
                array(acute("TRIPTAN", triptanDays, 12), acute("SIMPLE_ANALGESIC", analgesicDays, 12)));

        assertEquals(mo3, outcomeOf(screening, "MO-3"));
        assertEquals("PASS", outcomeOf(screening, "MO-1"));
    }

    @Test
    void aSingleClassOveruseIsNotAlsoReportedAsMixed() {
        Screening screening = screenWith("treatments.acute", array(acute("TRIPTAN", 12, 12), acute("SIMPLE_ANALGESIC", 5, 12)));

        assertEquals("NEEDS_REVIEW", outcomeOf(screening, "MO-1"));
        assertEquals("PASS", outcomeOf(screening, "MO-3"));
        assertEquals(List.of("treatments.acute[0]"), finding(screening, "MO-1").fields());
    }

    @Test
    void shortTermUseDoesNotCountTowardTheTotal() {
        Screening screening = screenWith("treatments.acute", array(acute("TRIPTAN", 6, 3), acute("OPIOID", 6, 12)));

        assertEquals("PASS", outcomeOf(screening, "MO-3"));
    }

    @Test
    void gepantsDoNotCountTowardTheTotal() {
        Screening screening = screenWith("treatments.acute", array(acute("GEPANT", 8, 12), acute("TRIPTAN", 6, 12)));

        assertEquals("PASS", outcomeOf(screening, "MO-3"));
    }
}
