package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketascreen.testing.Findings.finding;
import static org.ketascreen.testing.Findings.met;
import static org.ketascreen.testing.Findings.outcomeOf;
import static org.ketascreen.testing.Intakes.array;
import static org.ketascreen.testing.Intakes.screenWith;
import static org.ketascreen.testing.Intakes.trial;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.intake.PreventiveClass;
import org.ketascreen.screening.Screening;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** IND-1 to IND-7 and the EHF 2020 class counting (clinical-criteria §1.2, §3.6). */
class IndicationRulesTest {

    @Nested
    class Frequency {

        /** IND-1 (EHF 2020): ≥ 8 debilitating days a month for ≥ 3 months; an inclusion criterion, no finding. */
        @ParameterizedTest(name = "debilitating {0}, headache days {1}, months {2} -> IND-1 met {3}")
        @CsvSource({
                "7,  20, 3,    false",
                "8,  20, 3,    true",
                "9,  9,  3,    true",
                "8,  20, 2,    false",
                "31, 31, 1200, true",
                "0,  0,  0,    false"})
        void eightDebilitatingDaysForThreeMonths(int debilitating, int headacheDays, int months, boolean met) {
            Screening screening = screenWith("headache.debilitatingDaysPerMonth", debilitating,
                    "headache.headacheDaysPerMonth", headacheDays, "headache.monthsAtCurrentFrequency", months);

            assertEquals(met, met(screening, "IND-1"));
        }

        @ParameterizedTest(name = "debilitating {0}, headache days {1}, months {2} -> IND-2 {3}, IND-3 {4}, IND-4 {5}")
        @CsvSource({
                "8,  8,  3, PASS,         PASS,       PASS",
                "7,  14, 3, PASS,         INELIGIBLE, PASS",
                "7,  15, 3, NEEDS_REVIEW, PASS,       PASS",
                "7,  15, 2, PASS,         PASS,       NEEDS_REVIEW",
                "8,  20, 2, PASS,         PASS,       NEEDS_REVIEW",
                "8,  20, 3, PASS,         PASS,       PASS",
                "0,  0,  0, PASS,         INELIGIBLE, PASS",
                "31, 31, 1200, PASS,      PASS,       PASS"})
        void debilitatingDaysHeadacheDaysAndDuration(int debilitating, int headacheDays, int months, String ind2, String ind3,
                                                     String ind4) {
            Screening screening = screenWith("headache.debilitatingDaysPerMonth", debilitating,
                    "headache.headacheDaysPerMonth", headacheDays, "headache.monthsAtCurrentFrequency", months);

            assertEquals(ind2, outcomeOf(screening, "IND-2"));
            assertEquals(ind3, outcomeOf(screening, "IND-3"));
            assertEquals(ind4, outcomeOf(screening, "IND-4"));
        }

        @Test
        void sevenDebilitatingDaysOfFourteenIsIneligible() {
            Screening screening = screenWith("headache.debilitatingDaysPerMonth", 7, "headache.headacheDaysPerMonth", 14);

            assertEquals("INELIGIBLE", screening.verdict().name());
        }
    }

    @Nested
    class PreventiveClasses {

        private Screening withTrials(ArrayNode trials) {
            return screenWith("treatments.preventive", trials);
        }

        @Test
        void threeClassesMeetTheCriterion() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 8, "YES"),
                    trial("ANTIEPILEPTIC", "NOT_TOLERATED", 2, null), trial("ANTIDEPRESSANT", "INEFFECTIVE", 12, null)));

            assertEquals("PASS", outcomeOf(screening, "IND-5"));
            assertEquals(List.of(PreventiveClass.ANTIDEPRESSANT, PreventiveClass.ANTIEPILEPTIC, PreventiveClass.BETA_BLOCKER),
                    screening.migraine().failedPreventiveClasses());
        }

        @Test
        void twoClassesNeedReview() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES")));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
        }

        @Test
        void oneClassIsIneligible() {
            assertEquals("INELIGIBLE", outcomeOf(withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"))), "IND-5"));
        }

        @Test
        void noTrialIsIneligible() {
            assertEquals("INELIGIBLE", outcomeOf(withTrials(array()), "IND-5"));
        }

        @Test
        void twoDrugsOfOneClassCountOnce() {
            Screening screening = withTrials(array(trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "NOT_TOLERATED", 3, null), trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES")));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
            assertEquals(2, screening.migraine().failedPreventiveClasses().size());
        }

        @ParameterizedTest(name = "{0} ineffective after {1} weeks, target dose {2} -> counted {3}")
        @CsvSource({
                "BETA_BLOCKER,        7,  YES,     false",
                "BETA_BLOCKER,        8,  YES,     true",
                "BETA_BLOCKER,        8,  UNKNOWN, false",
                "BETA_BLOCKER,        7,  UNKNOWN, false",
                "BETA_BLOCKER,        8,  ,        true",
                "BETA_BLOCKER,        52, NO,      false",
                "ONABOTULINUMTOXIN_A, 23, YES,     false",
                "ONABOTULINUMTOXIN_A, 24, YES,     true",
                "CGRP_PATHWAY,        11, YES,     false",
                "CGRP_PATHWAY,        12, YES,     true",
                "OTHER,               52, YES,     false"})
        void adequateTrial(String drugClass, int weeks, String targetDose, boolean counted) {
            Screening screening = withTrials(array(trial(drugClass, "INEFFECTIVE", weeks, targetDose)));

            assertEquals(counted, screening.migraine().failedPreventiveClasses().contains(PreventiveClass.valueOf(drugClass)));
        }

        @Test
        void intoleranceAtTwoWeeksCounts() {
            Screening screening = withTrials(array(trial("CALCIUM_CHANNEL_BLOCKER", "NOT_TOLERATED", 2, "NO")));

            assertEquals(List.of(PreventiveClass.CALCIUM_CHANNEL_BLOCKER), screening.migraine().failedPreventiveClasses());
        }

        @Test
        void aContraindicatedClassCountsAndIsFlaggedForTheReviewer() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "CONTRAINDICATED", null, null),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES"), trial("ANTIDEPRESSANT", "INEFFECTIVE", 12, "YES")));

            assertEquals("PASS", outcomeOf(screening, "IND-5"));
            assertEquals("INFO", outcomeOf(screening, "IND-6"));
            assertEquals(List.of("treatments.preventive[0]"), finding(screening, "IND-6").fields());
            assertEquals("ELIGIBLE", screening.verdict().name());
        }

        /** IND-6: a documented contraindication counts as a failed class and is flagged (INFO); OTHER never counts. */
        @ParameterizedTest(name = "{0} {1} -> IND-6 {2}")
        @CsvSource({
                "BETA_BLOCKER, CONTRAINDICATED, INFO",
                "CGRP_PATHWAY, CONTRAINDICATED, INFO",
                "OTHER,        CONTRAINDICATED, PASS",
                "BETA_BLOCKER, NOT_TOLERATED,   PASS",
                "BETA_BLOCKER, INEFFECTIVE,     PASS",
                "BETA_BLOCKER, UNKNOWN,         PASS",
                "BETA_BLOCKER, EFFECTIVE,       PASS"})
        void aContraindicationCountsAndIsFlagged(String drugClass, String outcome, String ind6) {
            Integer weeks = outcome.equals("INEFFECTIVE") || outcome.equals("EFFECTIVE") ? 12 : null;
            Screening screening = withTrials(array(trial(drugClass, outcome, weeks, null)));

            assertEquals(ind6, outcomeOf(screening, "IND-6"));
        }

        @Test
        void otherNeverCounts() {
            Screening screening = withTrials(array(trial("OTHER", "NOT_TOLERATED", 4, null),
                    trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"), trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES")));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
        }

        @Test
        void effectiveAndOngoingTrialsDoNotCount() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "EFFECTIVE", 20, "YES"),
                    trial("ANTIEPILEPTIC", "ONGOING", 20, "YES"), trial("ANTIDEPRESSANT", "INEFFECTIVE", 12, "YES")));

            assertEquals("INELIGIBLE", outcomeOf(screening, "IND-5"));
        }

        @Test
        void anAdequacyUnknownEntryThatCouldLiftTheCountToThreeNeedsReview() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES"), trial("ANTIDEPRESSANT", "INEFFECTIVE", null, "YES")));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
            assertEquals(List.of("treatments.preventive[2]"), finding(screening, "IND-5").fields());
        }

        @ParameterizedTest(name = "third class ineffective for {0} weeks, target dose {1} -> IND-5 {2}, resistance {3}")
        @CsvSource({
                "12, YES,     PASS,         RESISTANT",
                "12, ,        PASS,         RESISTANT",
                "12, UNKNOWN, NEEDS_REVIEW, NOT_ESTABLISHED",
                "8,  UNKNOWN, NEEDS_REVIEW, NOT_ESTABLISHED",
                "7,  UNKNOWN, NEEDS_REVIEW, NOT_ESTABLISHED",
                "12, NO,      NEEDS_REVIEW, NOT_ESTABLISHED"})
        void anUnknownTargetDoseLeavesTheTrialsAdequacyUnknown(int weeks, String targetDose, String ind5, String resistance) {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES"), trial("ANTIDEPRESSANT", "INEFFECTIVE", weeks, targetDose)));

            assertEquals(ind5, outcomeOf(screening, "IND-5"));
            assertEquals(resistance, screening.migraine().treatmentResistance().name());
        }

        @Test
        void anUnknownTargetDoseThatCouldLiftTheCountToThreeCitesThatTrial() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "UNKNOWN"), trial("ANTIDEPRESSANT", "INEFFECTIVE", 12, "YES")));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
            assertEquals(List.of("treatments.preventive[1]"), finding(screening, "IND-5").fields());
            assertEquals(List.of(PreventiveClass.ANTIDEPRESSANT, PreventiveClass.BETA_BLOCKER),
                    screening.migraine().failedPreventiveClasses());
        }

        @Test
        void anUnknownOutcomeThatCouldLiftTheCountToThreeNeedsReview() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "UNKNOWN", null, null), trial("CGRP_PATHWAY", "UNKNOWN", null, null)));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
        }

        @Test
        void unknownEntriesThatCannotReachThreeLeaveOneClassIneligible() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "UNKNOWN", null, null)));

            assertEquals("INELIGIBLE", outcomeOf(screening, "IND-5"));
        }

        @Test
        void anUnknownEntryOfAnAlreadyCountedClassLiftsNothing() {
            Screening screening = withTrials(array(trial("BETA_BLOCKER", "INEFFECTIVE", 12, "YES"),
                    trial("ANTIEPILEPTIC", "INEFFECTIVE", 12, "YES"), trial("BETA_BLOCKER", "UNKNOWN", null, null)));

            assertEquals("NEEDS_REVIEW", outcomeOf(screening, "IND-5"));
            assertEquals(List.of(), finding(screening, "IND-5").fields().stream().filter(f -> f.endsWith("[2]")).toList());
        }
    }

    @Nested
    class Triptans {

        @ParameterizedTest(name = "failed {0}, contraindicated {1} -> IND-7 {2}")
        @CsvSource({
                "0, NO,      NEEDS_REVIEW",
                "1, NO,      NEEDS_REVIEW",
                "2, NO,      PASS",
                "20, NO,     PASS",
                "0, YES,     PASS",
                "1, UNKNOWN, NEEDS_REVIEW",
                "2, UNKNOWN, PASS"})
        void twoFailedTriptansOrAContraindication(int failed, String contraindicated, String outcome) {
            Screening screening = screenWith("treatments.triptansFailed", failed,
                    "treatments.triptansContraindicated", contraindicated);

            assertEquals(outcome, outcomeOf(screening, "IND-7"));
        }
    }
}
