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

    @ParameterizedTest(name = "{0} on {1} days for {2} months -> MO-1 {3}, MO-2 {4}, MO-3 {5}, overuse {6}")
    @CsvSource({
            "TRIPTAN,               9,  24, PASS,         PASS,         PASS, false",
            "TRIPTAN,               10, 24, NEEDS_REVIEW, PASS,         PASS, true",
            "TRIPTAN,               10, 3,  PASS,         PASS,         PASS, false",
            "TRIPTAN,               10, 4,  NEEDS_REVIEW, PASS,         PASS, true",
            "ERGOT,                 10, 4,  NEEDS_REVIEW, PASS,         PASS, true",
            "OPIOID,                10, 4,  NEEDS_REVIEW, PASS,         PASS, true",
            "COMBINATION_ANALGESIC, 10, 4,  NEEDS_REVIEW, PASS,         PASS, true",
            "SIMPLE_ANALGESIC,      9,  24, PASS,         PASS,         PASS, false",
            "SIMPLE_ANALGESIC,      10, 24, PASS,         PASS,         PASS, false",
            "SIMPLE_ANALGESIC,      14, 24, PASS,         PASS,         PASS, false",
            "SIMPLE_ANALGESIC,      15, 24, PASS,         NEEDS_REVIEW, PASS, true",
            "SIMPLE_ANALGESIC,      15, 3,  PASS,         PASS,         PASS, false",
            "SIMPLE_ANALGESIC,      31, 4,  PASS,         NEEDS_REVIEW, PASS, true",
            "GEPANT,                31, 24, PASS,         PASS,         PASS, false",
            "DITAN,                 31, 24, PASS,         PASS,         PASS, false",
            "OTHER,                 31, 24, PASS,         PASS,         PASS, false"})
    void singleClassThresholds(String drugClass, int days, int months, String mo1, String mo2, String mo3, boolean overuse) {
        Screening screening = screenWith("treatments.acute", array(acute(drugClass, days, months)));

        assertEquals(mo1, outcomeOf(screening, "MO-1"));
        assertEquals(mo2, outcomeOf(screening, "MO-2"));
        assertEquals(mo3, outcomeOf(screening, "MO-3"), "one class alone never fires MO-3 (ICHD-3 8.2.6, rule set 1.1.0)");
        assertEquals(overuse, screening.migraine().medicationOveruse());
    }

    @ParameterizedTest(name = "triptan {0} + simple analgesic {1} days -> MO-3 {2}")
    @CsvSource({"4, 5, PASS", "4, 6, NEEDS_REVIEW", "9, 14, NEEDS_REVIEW", "1, 8, PASS", "1, 9, NEEDS_REVIEW"})
    void twoDistinctClassesSumToTen(int triptanDays, int analgesicDays, String mo3) {
        Screening screening = screenWith("treatments.acute",
                array(acute("TRIPTAN", triptanDays, 12), acute("SIMPLE_ANALGESIC", analgesicDays, 12)));

        assertEquals(mo3, outcomeOf(screening, "MO-3"));
        assertEquals("PASS", outcomeOf(screening, "MO-1"));
        assertEquals("PASS", outcomeOf(screening, "MO-2"));
        assertEquals(mo3.equals("NEEDS_REVIEW"), screening.migraine().medicationOveruse());
    }

    @ParameterizedTest(name = "two {0} entries on {1} + {2} days -> MO-3 PASS")
    @CsvSource({"SIMPLE_ANALGESIC, 5, 5", "SIMPLE_ANALGESIC, 7, 7", "SIMPLE_ANALGESIC, 6, 8", "TRIPTAN, 5, 4", "OPIOID, 9, 9"})
    void twoEntriesOfTheSameClassAreOneClass(String drugClass, int firstDays, int secondDays) {
        Screening screening = screenWith("treatments.acute",
                array(acute(drugClass, firstDays, 12), acute(drugClass, secondDays, 12)));

        assertEquals("PASS", outcomeOf(screening, "MO-3"));
        assertEquals(false, screening.migraine().medicationOveruse());
    }

    @Test
    void threeClassesBelowTheirOwnThresholdsFireMo3OnceCitingEachEntry() {
        Screening screening = screenWith("treatments.acute", array(acute("TRIPTAN", 3, 12), acute("GEPANT", 9, 12),
                acute("OPIOID", 3, 12), acute("SIMPLE_ANALGESIC", 4, 12)));

        assertEquals("NEEDS_REVIEW", outcomeOf(screening, "MO-3"));
        assertEquals(List.of("treatments.acute[0]", "treatments.acute[2]", "treatments.acute[3]"), finding(screening, "MO-3").fields());
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

    @Test
    void aClassInRegularUseForThreeMonthsOrLessIsNotASecondClass() {
        Screening screening = screenWith("treatments.acute", array(acute("SIMPLE_ANALGESIC", 12, 24), acute("TRIPTAN", 4, 3)));

        assertEquals("PASS", outcomeOf(screening, "MO-3"));
    }
}
