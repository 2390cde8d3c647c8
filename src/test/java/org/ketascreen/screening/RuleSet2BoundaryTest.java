package org.ketascreen.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.rules.ParameterValues;

/**
 * Boundary tables for every new or changed rule of rule set 2.0.0 (api-contract §9.3), at the §10.2 defaults.
 * Every expectation was written from the contract (§9.2 fields and derived scores, §9.3, §10.2, §10.4, §12) and
 * clinical-criteria-v2 only. Each row names the interval it sits in; it asserts the exact set of findings of the
 * rule (family) under test, with outcome and modalities (none for a patient-level rule), so a finding that must
 * not be there fails the row too. Change language and notation: {@link V2Cases}.
 */
class RuleSet2BoundaryTest {

    static void check(String family, String changes, String expected) {
        Screening screening = V2Cases.screen(changes, ParameterValues.defaults());
        Set<String> rules = V2Cases.rules(family);
        assertEquals(V2Cases.words(expected), V2Cases.findingsOf(screening, rules),
                family + " findings; all: " + V2Cases.all(screening));
    }

    // ---------------------------------------------------------------- RESP

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No lung condition: home oxygen not asked           | none                                                               | none
            Lung condition, home oxygen NO                     | lung=YES                                                           | none
            Home oxygen YES, all three screened                | lung=YES; resp.homeOxygenOrVentilator=YES                          | RESP-1=NR@IV+IN RESP-1=INEL@ORAL
            Home oxygen UNKNOWN                                | lung=YES; resp.homeOxygenOrVentilator=UNKNOWN                      | RESP-1=NR@IV+IN+ORAL
            Lung condition UNKNOWN: home oxygen counts UNKNOWN | resp.lungCondition=UNKNOWN                                         | RESP-1=NR@IV+IN+ORAL
            Home oxygen YES with a flare-up                    | lung=YES; resp.homeOxygenOrVentilator=YES; resp.recentFlareUp=YES  | RESP-1=NR@IV+IN RESP-1=INEL@ORAL
            Home oxygen YES, IV and IN requested               | mods=IV+IN; lung=YES; resp.homeOxygenOrVentilator=YES              | RESP-1=NR@IV+IN
            Home oxygen YES, only ORAL requested               | mods=ORAL; lung=YES; resp.homeOxygenOrVentilator=YES               | RESP-1=INEL@ORAL
            Home oxygen YES, only IN requested                 | mods=IN; lung=YES; resp.homeOxygenOrVentilator=YES                 | RESP-1=NR@IN
            Home oxygen UNKNOWN, IV and ORAL requested         | mods=IV+ORAL; lung=YES; resp.homeOxygenOrVentilator=UNKNOWN        | RESP-1=NR@IV+ORAL
            """)
    void resp1(String name, String changes, String expected) {
        check("RESP-1", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No lung condition                                  | none                                                               | none
            Lung condition, no flare-up, no home oxygen        | lung=YES                                                           | RESP-2=INFO
            Flare-up YES                                       | lung=YES; resp.recentFlareUp=YES                                   | RESP-2=NR
            Flare-up YES with home oxygen YES                  | lung=YES; resp.recentFlareUp=YES; resp.homeOxygenOrVentilator=YES  | RESP-2=NR
            Flare-up UNKNOWN                                   | lung=YES; resp.recentFlareUp=UNKNOWN                               | RESP-2=NR
            Lung condition UNKNOWN                             | resp.lungCondition=UNKNOWN                                         | RESP-2=NR
            Home oxygen YES, no flare-up: RESP-1 reports it    | lung=YES; resp.homeOxygenOrVentilator=YES                          | none
            Home oxygen UNKNOWN, no flare-up: RESP-1 reports it| lung=YES; resp.homeOxygenOrVentilator=UNKNOWN                      | none
            Flare-up YES, only ORAL requested (patient level)  | mods=ORAL; lung=YES; resp.recentFlareUp=YES                        | RESP-2=NR
            """)
    void resp2(String name, String changes, String expected) {
        check("RESP-2", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No sleep apnoea                                    | none                         | none
            Treated sleep apnoea                               | osa=YES                      | RESP-3=INFO@IV+IN+ORAL
            Untreated sleep apnoea                             | osa=YES-NO                   | RESP-3=NR@IV+IN+ORAL
            Treatment UNKNOWN                                  | osa=YES-UNKNOWN              | RESP-3=NR@IV+IN+ORAL
            Sleep apnoea UNKNOWN: treatment counts UNKNOWN     | osa=UNKNOWN                  | RESP-3=NR@IV+IN+ORAL
            Untreated, only ORAL requested                     | mods=ORAL; osa=YES-NO        | RESP-3=NR@ORAL
            Untreated, IV and IN requested                     | mods=IV+IN; osa=YES-NO       | RESP-3=NR@IV+IN
            Treated, IN and ORAL requested                     | mods=IN+ORAL; osa=YES        | RESP-3=INFO@IN+ORAL
            Sleep apnoea UNKNOWN, only IV requested            | mods=IV; osa=UNKNOWN         | RESP-3=NR@IV
            """)
    void resp3(String name, String changes, String expected) {
        check("RESP-3", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            STOP-Bang [0, 3): 0 points                                 | sb=0/0/0/0/0 ; pat.ageYears=38                                     | none
            STOP-Bang [0, 3): 1 point (reference)                      | none                                                               | none
            STOP-Bang [0, 3): 2 points by answers                      | sb=1/1/0/0/0                                                       | none
            STOP-Bang [3, 5): 3 points by answers                      | sb=1/1/1/0/0                                                       | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            STOP-Bang [3, 5): 4 points by answers                      | sb=1/1/1/1/0                                                       | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            STOP-Bang [5, 8]: 5 points by answers                      | sb=1/1/1/1/1                                                       | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [5, 8]: 8 points (male, 51, BMI 35.25)           | sb=1/1/1/1/1; pat.sexAssignedAtBirth=MALE; pat.ageYears=51; body=141/200 | RESP-4=NR@IV+IN+ORAL
            STOP-Bang 3 through UNKNOWN items (count as YES)           | sb=U/1/U/0/0                                                       | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            STOP-Bang 5 through UNKNOWN items                          | sb=U/U/U/U/U                                                       | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with an OPIOID                            | sb=1/1/1/0/0; currentMedications=["SSRI_OR_SNRI","OPIOID"]         | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with a BENZODIAZEPINE                     | sb=1/1/1/1/0; currentMedications=["BENZODIAZEPINE"]                | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with a GABAPENTINOID                      | sb=1/1/1/0/0; currentMedications=["GABAPENTINOID"]                 | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with a Z_DRUG                             | sb=1/1/1/0/0; currentMedications=["Z_DRUG"]                        | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with OTHER_CNS_DEPRESSANT                 | sb=1/1/1/0/0; currentMedications=["OTHER_CNS_DEPRESSANT"]          | RESP-4=NR@IV+IN+ORAL
            STOP-Bang [3, 5) with LITHIUM (no DDI-3 class)             | sb=1/1/1/0/0; currentMedications=["LITHIUM"]                       | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            STOP-Bang [0, 3) with an OPIOID: 2 points                  | sb=1/1/0/0/0; currentMedications=["OPIOID"]                        | none
            G point MALE: 3 points                                     | sb=1/1/0/0/0; pat.sexAssignedAtBirth=MALE                          | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            G point NOT_SAID: 3 points                                 | sb=1/1/0/0/0; pat.sexAssignedAtBirth=NOT_SAID                      | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            A point, age (50, 120]: 51 gives 3 points                  | sb=1/1/0/0/0; pat.ageYears=51                                      | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            No A point, age [18, 50]: 50 gives 2 points                | sb=1/1/0/0/0; pat.ageYears=50                                      | none
            B point, BMI (35, ∞): 141/200 = 35.25 gives 3 points       | sb=1/1/0/0/0; body=141/200                                         | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            No B point, BMI exactly 35.0 (140/200) gives 2 points      | sb=1/1/0/0/0; body=140/200                                         | none
            B point, body absent gives 3 points                        | sb=1/1/0/0/0; body=-                                               | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            P point, systolic [140, 180]: 140/80 gives 3 points        | sb=1/1/0/0/0; bp=140/80                                            | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            P point, diastolic [90, 120]: 130/90 gives 3 points        | sb=1/1/0/0/0; bp=130/90                                            | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            No P point, reading 139/89 gives 2 points                  | sb=1/1/0/0/0; bp=139/89                                            | none
            P point, treated high BP UNKNOWN gives 3 points            | sb=1/1/0/U/0                                                       | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            No reading is no P point: 2 points                         | sb=1/1/0/0/0; cv.bloodPressure=-                                   | none
            Sleep apnoea YES: STOP-Bang not asked, no finding          | osa=YES-NO                                                         | none
            Sleep apnoea UNKNOWN: STOP-Bang still scored (3)           | osa=UNKNOWN; sb=1/1/1/0/0                                          | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            STOP-Bang [3, 5), IV and IN requested                      | mods=IV+IN; sb=1/1/1/0/0                                           | RESP-4=INFO@IV+IN
            STOP-Bang [3, 5), only ORAL requested                      | mods=ORAL; sb=1/1/1/0/0                                            | RESP-4=NR@ORAL
            STOP-Bang [3, 5) with an OPIOID, only IN requested         | mods=IN; sb=1/1/1/0/0; currentMedications=["OPIOID"]               | RESP-4=NR@IN
            STOP-Bang [5, 8], only ORAL requested                      | mods=ORAL; sb=1/1/1/1/1                                            | RESP-4=NR@ORAL
            STOP-Bang [5, 8], IV and ORAL requested                    | mods=IV+ORAL; sb=1/1/1/1/1                                         | RESP-4=NR@IV+ORAL
            """)
    void resp4(String name, String changes, String expected) {
        check("RESP-4", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SpO2 absent (optional)                             | lung=YES                                         | none
            SpO2 not asked (no lung condition, no apnoea)      | none                                             | none
            SpO2 [50, 90): 50 %                                | lung=YES; resp.restingSpo2Percent=50             | RESP-5=INEL
            SpO2 [50, 90): 89 %                                | lung=YES; resp.restingSpo2Percent=89             | RESP-5=INEL
            SpO2 [90, 94): 90 %                                | lung=YES; resp.restingSpo2Percent=90             | RESP-5=NR
            SpO2 [90, 94): 93 %                                | lung=YES; resp.restingSpo2Percent=93             | RESP-5=NR
            SpO2 [94, 100]: 94 %                               | lung=YES; resp.restingSpo2Percent=94             | none
            SpO2 [94, 100]: 100 %                              | lung=YES; resp.restingSpo2Percent=100            | none
            SpO2 asked through sleep apnoea: 89 %              | osa=YES; resp.restingSpo2Percent=89              | RESP-5=INEL
            SpO2 asked through sleep apnoea: 92 %              | osa=YES-NO; resp.restingSpo2Percent=92           | RESP-5=NR
            SpO2 89 %, only ORAL requested (patient level)     | mods=ORAL; lung=YES; resp.restingSpo2Percent=89  | RESP-5=INEL
            """)
    void resp5(String name, String changes, String expected) {
        check("RESP-5", changes, expected);
    }

    // ---------------------------------------------------------------- HR

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No reading: no pulse finding (BP-5s)               | cv.bloodPressure=-                              | none
            Resting pulse [20, 50) /min: 20                    | bp.heartRate=20                                 | HR-1=NR
            Resting pulse [20, 50) /min: 49                    | bp.heartRate=49                                 | HR-1=NR
            Resting pulse [50, 100] /min: 50                   | bp.heartRate=50                                 | none
            Resting pulse [50, 100] /min: 72                   | none                                            | none
            Resting pulse [50, 100] /min: 100                  | bp.heartRate=100                                | none
            Resting pulse (100, 120] /min: 101                 | bp.heartRate=101                                | HR-2=NR
            Resting pulse (100, 120] /min: 120                 | bp.heartRate=120                                | HR-2=NR
            Resting pulse (120, 150) /min: 121                 | bp.heartRate=121                                | HR-3=INEL
            Resting pulse (120, 150) /min: 149                 | bp.heartRate=149                                | HR-3=INEL
            Resting pulse [150, ∞) /min: 150                   | bp.heartRate=150                                | HR-4=URGENT
            Resting pulse [150, ∞) /min: 250                   | bp.heartRate=250                                | HR-4=URGENT
            Reading without a pulse                            | bp.heartRate=-                                  | HR-5=NR
            Irregular symbol YES, pulse 72                     | bp.irregularSymbol=YES                          | HR-5=NR
            Irregular symbol NO                                | bp.irregularSymbol=NO                           | none
            Irregular symbol UNKNOWN: no finding               | bp.irregularSymbol=UNKNOWN                      | none
            Irregular symbol YES with pulse 105                | bp.irregularSymbol=YES; bp.heartRate=105        | HR-2=NR HR-5=NR
            Irregular symbol YES without a pulse               | bp.heartRate=-; bp.irregularSymbol=YES          | HR-5=NR
            Old reading (400 days) still graded: pulse 121     | bp.measuredDaysAgo=400; bp.heartRate=121        | HR-3=INEL
            Old reading (400 days) still graded: pulse 49      | bp.measuredDaysAgo=400; bp.heartRate=49         | HR-1=NR
            Pulse 150, only ORAL requested (patient level)     | mods=ORAL; bp.heartRate=150                     | HR-4=URGENT
            """)
    void heartRate(String name, String changes, String expected) {
        check("HR-1..5", changes, expected);
    }

    // ---------------------------------------------------------------- ALC

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Non-drinker: follow-ups not asked                        | alc=0                                                 | none
            Woman AUDIT-C [0, 3): 1 (reference)                      | none                                                  | none
            Woman AUDIT-C [0, 3): 2                                  | alc=1/1/0                                             | none
            Woman AUDIT-C [3, 12]: 3                                 | alc=1/1/1                                             | ALC-1=NR
            Woman AUDIT-C [3, 12]: 12                                | alc=4/4/4                                             | ALC-1=NR
            Man AUDIT-C [0, 4): 3                                    | pat.sexAssignedAtBirth=MALE; alc=1/1/1                | none
            Man AUDIT-C [4, 12]: 4                                   | pat.sexAssignedAtBirth=MALE; alc=2/1/1                | ALC-1=NR
            Man AUDIT-C [4, 12]: 5                                   | pat.sexAssignedAtBirth=MALE; alc=2/2/1                | ALC-1=NR
            NOT_SAID takes the lower cut (3): AUDIT-C 2              | pat.sexAssignedAtBirth=NOT_SAID; alc=1/1/0            | none
            NOT_SAID takes the lower cut (3): AUDIT-C 3              | pat.sexAssignedAtBirth=NOT_SAID; alc=1/1/1            | ALC-1=NR
            Woman, drinks UNKNOWN: 1 + 4 + 0 reaches 3               | alc=1/U/0                                             | ALC-1=NR
            Woman, frequency UNKNOWN: 4 + 0 + 0 reaches 3            | alc=U/0/0                                             | ALC-1=NR
            Man, six-or-more UNKNOWN: 1 + 0 + 4 reaches 4            | pat.sexAssignedAtBirth=MALE; alc=1/0/U                | ALC-1=NR
            Man, every item UNKNOWN                                  | pat.sexAssignedAtBirth=MALE; alc=U/U/U                | ALC-1=NR
            Withdrawal UNKNOWN is not read by ALC-1                  | alc.withdrawalEver=UNKNOWN                            | none
            Withdrawal YES is not read by ALC-1                      | alc.withdrawalEver=YES                                | none
            Man AUDIT-C 4, only ORAL requested (patient level)       | mods=ORAL; pat.sexAssignedAtBirth=MALE; alc=2/1/1     | ALC-1=NR
            """)
    void alc1(String name, String changes, String expected) {
        check("ALC-1", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Non-drinker                                              | alc=0                                          | none
            AUDIT-C [0, 8): 1 (reference)                            | none                                           | none
            AUDIT-C [0, 8): 7                                        | alc=4/3/0                                      | none
            AUDIT-C [8, 12]: 8                                       | alc=4/4/0                                      | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            AUDIT-C [8, 12]: 12                                      | alc=4/4/4                                      | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            Withdrawal YES at AUDIT-C 1                              | alc.withdrawalEver=YES                         | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            Withdrawal UNKNOWN at AUDIT-C 1                          | alc.withdrawalEver=UNKNOWN                     | ALC-2=NR@IV+IN+ORAL
            Withdrawal UNKNOWN at AUDIT-C 8: decided by the score    | alc=4/4/0; alc.withdrawalEver=UNKNOWN          | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            Drinks UNKNOWN that could reach 8: 4 + U + 0             | alc=4/U/0                                      | ALC-2=NR@IV+IN+ORAL
            Drinks UNKNOWN that cannot reach 8: 1 + U + 0 (≤ 5)      | alc=1/U/0                                      | none
            Frequency UNKNOWN that could reach 8: U + 2 + 2          | alc=U/2/2                                      | ALC-2=NR@IV+IN+ORAL
            Frequency UNKNOWN that cannot reach 8: U + 1 + 2 (≤ 7)   | alc=U/1/2                                      | none
            Two items UNKNOWN: U + U + 0 (≤ 8)                       | alc=U/U/0                                      | ALC-2=NR@IV+IN+ORAL
            AUDIT-C 8, IV and IN requested                           | mods=IV+IN; alc=4/4/0                          | ALC-2=NR@IV+IN
            AUDIT-C 8, only ORAL requested                           | mods=ORAL; alc=4/4/0                           | ALC-2=INEL@ORAL
            Withdrawal YES, only IN requested                        | mods=IN; alc.withdrawalEver=YES                | ALC-2=NR@IN
            Withdrawal UNKNOWN, only ORAL requested                  | mods=ORAL; alc.withdrawalEver=UNKNOWN          | ALC-2=NR@ORAL
            """)
    void alc2(String name, String changes, String expected) {
        check("ALC-2", changes, expected);
    }

    // ---------------------------------------------------------------- SUB

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No ketamine misuse                                       | none                                                        | none
            Misuse [0, 12] months ago: 0 (current)                   | misuse=0                                                    | SUB-1=INEL@IV+IN+ORAL
            Misuse [0, 12] months ago: 12                            | misuse=12                                                   | SUB-1=INEL@IV+IN+ORAL
            Misuse (12, ∞) months ago: 13, no use disorder           | misuse=13                                                   | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            Misuse (12, ∞) months ago: 1200, no use disorder         | misuse=1200                                                 | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            Use disorder YES, misuse 120 months ago                  | misuse=120; sub.ketamineUseDisorder=YES                     | SUB-1=INEL@IV+IN+ORAL
            Misuse without monthsAgo                                 | misuse=-                                                    | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            Misuse without monthsAgo, use disorder YES               | misuse=-; sub.ketamineUseDisorder=YES                       | SUB-1=INEL@IV+IN+ORAL
            Misuse 13 months ago, use disorder UNKNOWN               | misuse=13; sub.ketamineUseDisorder=UNKNOWN                  | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            Misuse 5 months ago, use disorder UNKNOWN: decided       | misuse=5; sub.ketamineUseDisorder=UNKNOWN                   | SUB-1=INEL@IV+IN+ORAL
            Misuse UNKNOWN (use disorder not asked)                  | sub.ketamineOrDissociativeMisuse={"answer":"UNKNOWN"}       | SUB-1=NR@IV+IN+ORAL
            Misuse 13 months ago, IV and IN requested                | mods=IV+IN; misuse=13                                       | SUB-1=NR@IV+IN
            Misuse 13 months ago, only ORAL requested                | mods=ORAL; misuse=13                                        | SUB-1=INEL@ORAL
            Misuse 12 months ago, only IN requested                  | mods=IN; misuse=12                                          | SUB-1=INEL@IN
            Misuse UNKNOWN, IV and ORAL requested                    | mods=IV+ORAL; sub.ketamineOrDissociativeMisuse={"answer":"UNKNOWN"} | SUB-1=NR@IV+ORAL
            Misuse without monthsAgo, IN and ORAL requested          | mods=IN+ORAL; misuse=-                                      | SUB-1=NR@IN SUB-1=INEL@ORAL
            """)
    void sub1(String name, String changes, String expected) {
        check("SUB-1", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cannabis NEVER                                           | none                                                          | none
            Cannabis below DAILY_OR_ALMOST: LESS_THAN_WEEKLY         | sub.cannabis=LESS_THAN_WEEKLY; sub.cannabisPrescribed=NO      | SUB-5=INFO
            Cannabis below DAILY_OR_ALMOST: LESS_THAN_WEEKLY, prescribed | sub.cannabis=LESS_THAN_WEEKLY; sub.cannabisPrescribed=YES | SUB-5=INFO
            Cannabis below DAILY_OR_ALMOST: WEEKLY                   | sub.cannabis=WEEKLY; sub.cannabisPrescribed=NO                | SUB-5=INFO
            Cannabis WEEKLY, prescription UNKNOWN changes nothing    | sub.cannabis=WEEKLY; sub.cannabisPrescribed=UNKNOWN           | SUB-5=INFO
            Cannabis at DAILY_OR_ALMOST                              | sub.cannabis=DAILY_OR_ALMOST; sub.cannabisPrescribed=NO       | SUB-5=NR
            Cannabis at DAILY_OR_ALMOST, prescribed                  | sub.cannabis=DAILY_OR_ALMOST; sub.cannabisPrescribed=YES      | SUB-5=NR
            Cannabis at DAILY_OR_ALMOST, prescription UNKNOWN        | sub.cannabis=DAILY_OR_ALMOST; sub.cannabisPrescribed=UNKNOWN  | SUB-5=NR
            Cannabis UNKNOWN (prescription not asked)                | sub.cannabis=UNKNOWN                                          | SUB-5=NR
            """)
    void sub5(String name, String changes, String expected) {
        check("SUB-5", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nicotine NO                | none                                | none
            Nicotine OCCASIONALLY      | sub.tobaccoOrNicotine=OCCASIONALLY  | none
            Nicotine DAILY             | sub.tobaccoOrNicotine=DAILY         | SUB-6=INFO
            Nicotine UNKNOWN           | sub.tobaccoOrNicotine=UNKNOWN       | SUB-6=INFO
            """)
    void sub6(String name, String changes, String expected) {
        check("SUB-6", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Can abstain YES                              | none                                                | none
            Can abstain NO                               | sub.canAbstainAroundDoses=NO                        | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            Can abstain UNKNOWN (as NO)                  | sub.canAbstainAroundDoses=UNKNOWN                   | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            Can abstain NO, only IV requested            | mods=IV; sub.canAbstainAroundDoses=NO               | SUB-7=NR@IV
            Can abstain UNKNOWN, only ORAL requested     | mods=ORAL; sub.canAbstainAroundDoses=UNKNOWN        | SUB-7=INEL@ORAL
            Can abstain NO, IN and ORAL requested        | mods=IN+ORAL; sub.canAbstainAroundDoses=NO          | SUB-7=NR@IN SUB-7=INEL@ORAL
            """)
    void sub7(String name, String changes, String expected) {
        check("SUB-7", changes, expected);
    }

    // ---------------------------------------------------------------- HOME, REF, LOG-2

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Every home safeguard YES                           | none                                                       | none
            Peer monitor NO                                    | home.peerMonitor=NO                                        | HOME-1=INEL@ORAL
            Peer monitor UNKNOWN                               | home.peerMonitor=UNKNOWN                                   | HOME-1=NR@ORAL
            BP monitor NO                                      | home.bloodPressureMonitor=NO                               | HOME-2=NR@ORAL
            BP monitor UNKNOWN                                 | home.bloodPressureMonitor=UNKNOWN                          | HOME-2=NR@ORAL
            Pre-dose check NO                                  | home.agreesPreDoseCheck=NO                                 | HOME-2=NR@ORAL
            Pre-dose check UNKNOWN                             | home.agreesPreDoseCheck=UNKNOWN                            | HOME-2=NR@ORAL
            BP monitor and pre-dose check NO: one finding      | home.bloodPressureMonitor=NO; home.agreesPreDoseCheck=NO   | HOME-2=NR@ORAL
            Raised reading and pulse give no HOME-2 finding    | bp=150/95; bp.heartRate=104                                | none
            Secure storage NO                                  | home.secureStorage=NO                                      | HOME-3=NR@ORAL
            Secure storage UNKNOWN                             | home.secureStorage=UNKNOWN                                 | HOME-3=NR@ORAL
            Cannot avoid driving                               | log.canAvoidDrivingUntilNextDay=NO                         | HOME-4=NR@ORAL
            Driving UNKNOWN                                    | log.canAvoidDrivingUntilNextDay=UNKNOWN                    | HOME-4=NR@ORAL
            Cannot avoid driving, ORAL not screened            | mods=IV+IN; log.canAvoidDrivingUntilNextDay=NO             | none
            Peer monitor NO, only ORAL requested               | mods=ORAL; home.peerMonitor=NO                             | HOME-1=INEL@ORAL
            Every safeguard NO, only ORAL requested            | mods=ORAL; home={"peerMonitor":"NO","bloodPressureMonitor":"NO","agreesPreDoseCheck":"UNKNOWN","secureStorage":"NO"}; log.canAvoidDrivingUntilNextDay=UNKNOWN | HOME-1=INEL@ORAL HOME-2=NR@ORAL HOME-3=NR@ORAL HOME-4=NR@ORAL
            """)
    void home(String name, String changes, String expected) {
        check("HOME-1..4", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Diagnosed by a neurologist                         | none                                                        | none
            Diagnosed by OTHER_DOCTOR                          | ref.diagnosedBy=OTHER_DOCTOR                                | REF-1=INFO
            NOT_BY_A_CLINICIAN                                 | ref.diagnosedBy=NOT_BY_A_CLINICIAN                          | REF-1=NR
            Diagnosed by UNKNOWN                               | ref.diagnosedBy=UNKNOWN                                     | REF-1=NR
            No ongoing clinician                               | ref.ongoingClinician=NO; ref.recordsConsent=-               | REF-2=INFO@IV+IN REF-2=NR@ORAL
            Ongoing clinician UNKNOWN (as NO)                  | ref.ongoingClinician=UNKNOWN; ref.recordsConsent=-          | REF-2=INFO@IV+IN REF-2=NR@ORAL
            No ongoing clinician, only ORAL requested          | mods=ORAL; ref.ongoingClinician=NO; ref.recordsConsent=-    | REF-2=NR@ORAL
            No ongoing clinician, IV and IN requested          | mods=IV+IN; ref.ongoingClinician=NO; ref.recordsConsent=-   | REF-2=INFO@IV+IN
            No ongoing clinician, only IV requested            | mods=IV; ref.ongoingClinician=NO; ref.recordsConsent=-      | REF-2=INFO@IV
            Records consent NO: read by no rule                | ref.recordsConsent=NO                                       | none
            """)
    void ref(String name, String changes, String expected) {
        check("REF-1 REF-2", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nose clear                                         | none                                           | none
            Nasal blockage YES                                 | log.nasalBlockage=YES                          | LOG-2=NR@IN
            Nasal blockage UNKNOWN                             | log.nasalBlockage=UNKNOWN                      | LOG-2=NR@IN
            Nasal blockage YES, only IN requested              | mods=IN; log.nasalBlockage=YES                 | LOG-2=NR@IN
            Nasal blockage UNKNOWN, IN and ORAL requested      | mods=IN+ORAL; log.nasalBlockage=UNKNOWN        | LOG-2=NR@IN
            IN not screened: not asked, no finding             | mods=IV+ORAL                                   | none
            """)
    void log2(String name, String changes, String expected) {
        check("LOG-2", changes, expected);
    }

    // ---------------------------------------------------------------- KET, HS

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Never treated with ketamine                                | none                                                      | none
            Treated, not current, helped, no reaction                  | ket=YES                                                   | KET-3=INFO
            Treated, with sessions and months since last (context)     | ket=YES; pk.sessions=3; pk.monthsSinceLast=6              | KET-3=INFO
            Currently prescribed elsewhere YES                         | ket=YES; pk.currentlyPrescribed=YES                       | KET-1=NR KET-3=INFO
            Currently prescribed UNKNOWN                               | ket=YES; pk.currentlyPrescribed=UNKNOWN                   | KET-1=NR KET-3=INFO
            Reaction BREATHING_PROBLEM                                 | ket=YES; pk.seriousReaction=["BREATHING_PROBLEM"]         | KET-2=NR KET-3=INFO
            Reaction DANGEROUS_BP_OR_CHEST_PAIN                        | ket=YES; pk.seriousReaction=["DANGEROUS_BP_OR_CHEST_PAIN"] | KET-2=NR KET-3=INFO
            Reaction PSYCHOSIS_OR_DISTRESS_OVER_24H                    | ket=YES; pk.seriousReaction=["PSYCHOSIS_OR_DISTRESS_OVER_24H"] | KET-2=NR KET-3=INFO
            Reaction BLADDER_OR_URINARY                                | ket=YES; pk.seriousReaction=["BLADDER_OR_URINARY"]        | KET-2=NR KET-3=INFO
            Reaction LIVER                                             | ket=YES; pk.seriousReaction=["LIVER"]                     | KET-2=NR KET-3=INFO
            Reaction OTHER_SERIOUS                                     | ket=YES; pk.seriousReaction=["OTHER_SERIOUS"]             | KET-2=NR KET-3=INFO
            Reaction UNKNOWN                                           | ket=YES; pk.seriousReaction=["UNKNOWN"]                   | KET-2=NR KET-3=INFO
            Reaction ALLERGIC only: HS-1s, not KET-2s                  | ket=YES; pk.seriousReaction=["ALLERGIC"]                  | KET-3=INFO
            Reactions ALLERGIC and LIVER                               | ket=YES; pk.seriousReaction=["ALLERGIC","LIVER"]          | KET-2=NR KET-3=INFO
            Did not help, for HEADACHE                                 | ket=YES; pk.helped=NO                                     | KET-3=NR
            Did not help, for MENTAL_HEALTH: no finding                | ket=YES; pk.helped=NO; pk.condition=MENTAL_HEALTH         | none
            Helped UNKNOWN                                             | ket=YES; pk.helped=UNKNOWN                                | KET-3=INFO
            Helped, for OTHER_PAIN                                     | ket=YES; pk.condition=OTHER_PAIN                          | KET-3=INFO
            Treated UNKNOWN (follow-ups not asked)                     | ket=UNKNOWN                                               | KET-1=NR KET-2=NR KET-3=INFO
            Treated UNKNOWN, only ORAL requested (patient level)       | mods=ORAL; ket=UNKNOWN                                    | KET-1=NR KET-2=NR KET-3=INFO
            """)
    void ket(String name, String changes, String expected) {
        check("KET-1..3", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No ketamine allergy                                        | none                                                      | none
            Ketamine allergy YES                                       | cond.ketamineAllergy=YES                                  | HS-1=INEL
            Ketamine allergy UNKNOWN                                   | cond.ketamineAllergy=UNKNOWN                              | HS-1=NR
            Past ALLERGIC reaction to ketamine                         | ket=YES; pk.seriousReaction=["ALLERGIC"]                  | HS-1=INEL
            Past ALLERGIC and BREATHING_PROBLEM reactions              | ket=YES; pk.seriousReaction=["ALLERGIC","BREATHING_PROBLEM"] | HS-1=INEL
            Past reaction UNKNOWN: KET-2s                              | ket=YES; pk.seriousReaction=["UNKNOWN"]                   | none
            Past reaction LIVER                                        | ket=YES; pk.seriousReaction=["LIVER"]                     | none
            Allergy UNKNOWN but past ALLERGIC reaction: decided        | cond.ketamineAllergy=UNKNOWN; ket=YES; pk.seriousReaction=["ALLERGIC"] | HS-1=INEL
            Allergy YES and past ALLERGIC reaction: one finding        | cond.ketamineAllergy=YES; ket=YES; pk.seriousReaction=["ALLERGIC"] | HS-1=INEL
            Treated UNKNOWN leaves HS-1 unaffected                     | ket=UNKNOWN                                               | none
            """)
    void hs1(String name, String changes, String expected) {
        check("HS-1", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Other drug allergy NO          | none                           | none
            Other drug allergy YES         | cond.otherDrugAllergy=YES      | HS-2=INFO
            Other drug allergy UNKNOWN     | cond.otherDrugAllergy=UNKNOWN  | HS-2=INFO
            Anaesthesia problem NO         | none                           | none
            Anaesthesia problem YES        | cond.anaesthesiaProblem=YES    | HS-3=NR
            Anaesthesia problem UNKNOWN    | cond.anaesthesiaProblem=UNKNOWN| HS-3=NR
            """)
    void hs2AndHs3(String name, String changes, String expected) {
        check("HS-2 HS-3", changes, expected);
    }

    // ---------------------------------------------------------------- BMI, ORG-7

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BMI [17.5, 40): 68/170 = 23.5 (reference)          | none               | none
            BMI [17.5, 40): 89/150 = 39.56                     | body=89/150        | none
            BMI [40, 50): 90/150 = 40.0                        | body=90/150        | BMI-1=NR
            BMI [40, 50): 112/150 = 49.8                       | body=112/150       | BMI-1=NR
            BMI [50, ∞): 200/200 = 50.0                        | body=200/200       | BMI-1=NR
            BMI [50, ∞): 350/250 = 56.0                        | body=350/250       | BMI-1=NR
            BMI 35.0 (140/200)                                 | body=140/200       | none
            Body absent                                        | body=-             | BMI-1=NR
            BMI [17.5, ∞): 70/200 = 17.5 exactly               | body=70/200        | none
            BMI [0, 17.5): 69/200 = 17.25                      | body=69/200        | BMI-2=NR
            Weight [25, 45) kg: 44/150                         | body=44/150        | BMI-2=NR
            Weight [45, 350] kg: 45/150                        | body=45/150        | none
            Weight [25, 45) kg: 25/100 (BMI 25.0)              | body=25/100        | BMI-2=NR
            Weight 44 and BMI 17.19 (44/160): one finding      | body=44/160        | BMI-2=NR
            Weight 45 and BMI 17.58 (45/160)                   | body=45/160        | none
            Body absent, only ORAL requested (patient level)   | mods=ORAL; body=-  | BMI-1=NR
            """)
    void bmi(String name, String changes, String expected) {
        check("BMI-1 BMI-2", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kidney disease NONE                    | none                                          | none
            Kidney disease MILD_OR_MODERATE        | cond.kidneyDisease=MILD_OR_MODERATE           | ORG-7=INFO
            Kidney disease SEVERE                  | cond.kidneyDisease=SEVERE                     | ORG-7=NR
            Kidney disease DIALYSIS_OR_TRANSPLANT  | cond.kidneyDisease=DIALYSIS_OR_TRANSPLANT     | ORG-7=NR
            Kidney disease UNKNOWN                 | cond.kidneyDisease=UNKNOWN                    | ORG-7=NR
            """)
    void org7(String name, String changes, String expected) {
        check("ORG-7", changes, expected);
    }

    // ---------------------------------------------------------------- PSY, DDI-9

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No suicidal behaviour                                  | none                                                                  | none
            Suicidal behaviour [0, 3] months ago: 0                | psy.suicidalBehaviour={"answer":"YES","monthsAgo":0}                  | PSY-7=URGENT@IV+IN+ORAL
            Suicidal behaviour [0, 3] months ago: 3                | psy.suicidalBehaviour={"answer":"YES","monthsAgo":3}                  | PSY-7=URGENT@IV+IN+ORAL
            Suicidal behaviour (3, 12] months ago: 4               | psy.suicidalBehaviour={"answer":"YES","monthsAgo":4}                  | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            Suicidal behaviour (3, 12] months ago: 12              | psy.suicidalBehaviour={"answer":"YES","monthsAgo":12}                 | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            Suicidal behaviour (12, ∞) months ago: 13              | psy.suicidalBehaviour={"answer":"YES","monthsAgo":13}                 | PSY-7=NR@IV+IN+ORAL
            Suicidal behaviour (12, ∞) months ago: 1200            | psy.suicidalBehaviour={"answer":"YES","monthsAgo":1200}               | PSY-7=NR@IV+IN+ORAL
            Suicidal behaviour UNKNOWN                             | psy.suicidalBehaviour={"answer":"UNKNOWN"}                            | PSY-7=NR@IV+IN+ORAL
            6 months ago, only ORAL requested                      | mods=ORAL; psy.suicidalBehaviour={"answer":"YES","monthsAgo":6}       | PSY-7=INEL@ORAL
            6 months ago, IV and IN requested                      | mods=IV+IN; psy.suicidalBehaviour={"answer":"YES","monthsAgo":6}      | PSY-7=NR@IV+IN
            13 months ago, only ORAL requested                     | mods=ORAL; psy.suicidalBehaviour={"answer":"YES","monthsAgo":13}      | PSY-7=NR@ORAL
            2 months ago, only IV requested                        | mods=IV; psy.suicidalBehaviour={"answer":"YES","monthsAgo":2}         | PSY-7=URGENT@IV
            UNKNOWN, IN and ORAL requested                         | mods=IN+ORAL; psy.suicidalBehaviour={"answer":"UNKNOWN"}              | PSY-7=NR@IN+ORAL
            """)
    void psy7(String name, String changes, String expected) {
        check("PSY-7", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No PTSD, no dissociative disorder                  | none                                                   | none
            PTSD YES                                           | psy.ptsd=YES                                           | PSY-8=INFO
            PTSD UNKNOWN                                       | psy.ptsd=UNKNOWN                                       | PSY-8=INFO
            Dissociative disorder YES                          | psy.dissociativeDisorder=YES                           | PSY-8=NR
            Dissociative disorder UNKNOWN                      | psy.dissociativeDisorder=UNKNOWN                       | PSY-8=NR
            Both YES: one finding per outcome                  | psy.ptsd=YES; psy.dissociativeDisorder=YES             | PSY-8=NR PSY-8=INFO
            Dissociative UNKNOWN and PTSD YES                  | psy.ptsd=YES; psy.dissociativeDisorder=UNKNOWN         | PSY-8=NR PSY-8=INFO
            Personality disorder NO                            | none                                                   | none
            Severe personality disorder YES                    | psy.severePersonalityDisorder=YES                      | PSY-9=NR
            Severe personality disorder UNKNOWN                | psy.severePersonalityDisorder=UNKNOWN                  | PSY-9=NR
            """)
    void psy8AndPsy9(String name, String changes, String expected) {
        check("PSY-8 PSY-9", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No antipsychotic                       | none                                                  | none
            No medication at all                   | currentMedications=[]                                 | none
            ANTIPSYCHOTIC                          | currentMedications=["ANTIPSYCHOTIC"]                  | DDI-9=NR
            ANTIPSYCHOTIC with an SSRI             | currentMedications=["SSRI_OR_SNRI","ANTIPSYCHOTIC"]   | DDI-9=NR
            """)
    void ddi9(String name, String changes, String expected) {
        check("DDI-9", changes, expected);
    }

    // ---------------------------------------------------------------- RF-11 onset clause, IND-6

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Onset 16 at 38 (reference)                                 | none                                                              | none
            Onset [50, age] within 1 year: onset 54 at 55              | pat.ageYears=55; headache.ageAtOnsetYears=54                      | RF-11=NR
            Onset [50, age] within 1 year: onset 55 at 55              | pat.ageYears=55; headache.ageAtOnsetYears=55                      | RF-11=NR
            Onset 2 years before: onset 53 at 55                       | pat.ageYears=55; headache.ageAtOnsetYears=53                      | none
            Onset at 50 exactly, age 50                                | pat.ageYears=50; headache.ageAtOnsetYears=50                      | RF-11=NR
            Onset at 50, age 51                                        | pat.ageYears=51; headache.ageAtOnsetYears=50                      | RF-11=NR
            Onset 50, age 52                                           | pat.ageYears=52; headache.ageAtOnsetYears=50                      | none
            Onset [0, 50): 49 at 50                                    | pat.ageYears=50; headache.ageAtOnsetYears=49                      | none
            Pattern changed YES (v1 clause)                            | rf.newOrChangedPatternLast3Months=YES                             | RF-11=NR
            Pattern YES and onset 54 at 55: one finding                | rf.newOrChangedPatternLast3Months=YES; pat.ageYears=55; headache.ageAtOnsetYears=54 | RF-11=NR
            Pattern UNKNOWN at 38                                      | rf.newOrChangedPatternLast3Months=UNKNOWN                         | RF-11=NR
            Pattern UNKNOWN with onset 54 at 55                        | rf.newOrChangedPatternLast3Months=UNKNOWN; pat.ageYears=55; headache.ageAtOnsetYears=54 | RF-11=NR
            """)
    void rf11(String name, String changes, String expected) {
        check("RF-11", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No ongoing biologic                                        | none                                                                                                          | none
            Ongoing CGRP, last dose [0, 3] months: 0                   | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING","monthsSinceLastDose":0}              | IND-6=INFO
            Ongoing CGRP, last dose [0, 3] months: 3                   | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING","monthsSinceLastDose":3}              | IND-6=INFO
            Ongoing CGRP, last dose (3, 1200] months: 4                | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING","monthsSinceLastDose":4}              | none
            Ongoing CGRP, last dose (3, 1200] months: 1200             | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING","monthsSinceLastDose":1200}           | none
            Ongoing CGRP, months since last dose absent                | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING"}                                      | none
            Ongoing botulinum toxin, last dose 3 months                | treatments.preventive+={"drugClass":"ONABOTULINUMTOXIN_A","outcome":"ONGOING","monthsSinceLastDose":3}       | IND-6=INFO
            Ongoing botulinum toxin, last dose 4 months                | treatments.preventive+={"drugClass":"ONABOTULINUMTOXIN_A","outcome":"ONGOING","monthsSinceLastDose":4}       | none
            EFFECTIVE CGRP, last dose 2 months: not ONGOING            | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"EFFECTIVE","monthsSinceLastDose":2}            | none
            Two ongoing biologics, both recent: one finding            | treatments.preventive+={"drugClass":"CGRP_PATHWAY","outcome":"ONGOING","monthsSinceLastDose":1}; treatments.preventive+={"drugClass":"ONABOTULINUMTOXIN_A","outcome":"ONGOING","monthsSinceLastDose":2} | IND-6=INFO
            """)
    void ind6(String name, String changes, String expected) {
        check("IND-6", changes, expected);
    }

    // ---------------------------------------------------------------- moved 1.1 lines (§9.3 first row)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Age [18, 65): 18           | pat.ageYears=18   | none
            Age [18, 65): 64           | pat.ageYears=64   | none
            Age [65, 120]: 65          | pat.ageYears=65   | AGE-2=NR
            Age [65, 120]: 66          | pat.ageYears=66   | AGE-2=NR
            Age [65, 120]: 120         | pat.ageYears=120  | AGE-2=NR
            """)
    void age2(String name, String changes, String expected) {
        check("AGE-2", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reading below 130/80: 122/78 (reference)           | none         | none
            Reading below 130/80: 129/79                       | bp=129/79    | none
            Systolic [130, 140): 130/79                        | bp=130/79    | BP-1=INFO
            Diastolic [80, 90): 129/80                         | bp=129/80    | BP-1=INFO
            Reading 139/89                                     | bp=139/89    | BP-1=INFO
            Systolic [140, 160): 140/89                        | bp=140/89    | BP-2=NR
            Diastolic [90, 100): 139/90                        | bp=139/90    | BP-2=NR
            Reading 159/99                                     | bp=159/99    | BP-2=NR
            Systolic [160, 180]: 160/99                        | bp=160/99    | BP-3=INEL
            Diastolic [100, 120]: 159/100                      | bp=159/100   | BP-3=INEL
            No reading                                         | cv.bloodPressure=-  | none
            """)
    void bp1AndBp2(String name, String changes, String expected) {
        check("BP-1 BP-2 BP-3", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reading [0, 30] days old: 0                | bp.measuredDaysAgo=0      | none
            Reading [0, 30] days old: 3 (reference)    | none                      | none
            Reading [0, 30] days old: 30               | bp.measuredDaysAgo=30     | none
            Reading (30, 3650] days old: 31            | bp.measuredDaysAgo=31     | BP-5=NR
            Reading (30, 3650] days old: 3650          | bp.measuredDaysAgo=3650   | BP-5=NR
            No reading                                 | cv.bloodPressure=-        | BP-5=NR
            """)
    void bp5(String name, String changes, String expected) {
        check("BP-5", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No heart attack                                | none                                                                         | none
            Heart attack [0, 6) months ago: 0              | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":0}             | CV-3=INEL
            Heart attack [0, 6) months ago: 5              | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":5}             | CV-3=INEL
            Heart attack [6, ∞) months ago: 6              | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":6}             | CV-3=NR
            Heart attack [6, ∞) months ago: 120            | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":120}           | CV-3=NR
            Heart attack YES without monthsAgo             | cv.heartAttackOrRevascularization={"answer":"YES"}                           | CV-3=NR
            Heart attack UNKNOWN                           | cv.heartAttackOrRevascularization={"answer":"UNKNOWN"}                       | CV-3=NR
            """)
    void cv3(String name, String changes, String expected) {
        check("CV-3", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No stroke                                      | none                                                       | none
            Stroke [0, 9) months ago: 8                    | cv.strokeOrTia={"answer":"YES","monthsAgo":8}              | CV-1=INEL
            Stroke [9, ∞) months ago: 9 (any-history off)  | cv.strokeOrTia={"answer":"YES","monthsAgo":9}              | CV-1=NR
            Stroke YES without monthsAgo                   | cv.strokeOrTia={"answer":"YES"}                            | CV-1=NR
            Stroke UNKNOWN                                 | cv.strokeOrTia={"answer":"UNKNOWN"}                        | CV-1=NR
            No psychotic episode                           | none                                                       | none
            Psychotic episode [0, 12] months ago: 0        | psy.psychoticEpisode={"answer":"YES","monthsAgo":0}        | PSY-2=INEL
            Psychotic episode [0, 12] months ago: 12       | psy.psychoticEpisode={"answer":"YES","monthsAgo":12}       | PSY-2=INEL
            Psychotic episode (12, ∞) months ago: 13       | psy.psychoticEpisode={"answer":"YES","monthsAgo":13}       | PSY-2=NR
            Psychotic episode UNKNOWN                      | psy.psychoticEpisode={"answer":"UNKNOWN"}                  | PSY-2=NR
            """)
    void cv1AndPsy2(String name, String changes, String expected) {
        check("CV-1 PSY-2", changes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No substance use disorder                      | none                                                                           | none
            Substance use disorder CURRENT                 | sub.substanceUseDisorder={"status":"CURRENT"}                                  | SUB-2=INEL
            In remission [0, 12) months: 0                 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":0}       | SUB-2=INEL
            In remission [0, 12) months: 11                | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":11}      | SUB-2=INEL
            In remission [12, ∞) months: 12                | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":12}      | SUB-3=NR
            In remission [12, ∞) months: 1200              | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":1200}    | SUB-3=NR
            In remission without months                    | sub.substanceUseDisorder={"status":"IN_REMISSION"}                             | SUB-2=NR
            Status UNKNOWN                                 | sub.substanceUseDisorder={"status":"UNKNOWN"}                                  | SUB-2=NR
            """)
    void sub2AndSub3(String name, String changes, String expected) {
        check("SUB-2 SUB-3", changes, expected);
    }

    // ---------------------------------------------------------------- conditions (§9.4), §10.4 item 4

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reference: every modality's fixed conditions       | none                  | IV:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE IN:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE ORAL:NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE+AT_HOME_VISIT_BEFORE_START+FIRST_DOSE_SUPERVISED+PEER_MONITOR_PRESENT+PRE_DOSE_VITALS_CHECK+SECURE_STORAGE
            Treated sleep apnoea adds CPAP on ORAL             | osa=YES               | IV:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE IN:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE ORAL:NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE+AT_HOME_VISIT_BEFORE_START+FIRST_DOSE_SUPERVISED+PEER_MONITOR_PRESENT+PRE_DOSE_VITALS_CHECK+SECURE_STORAGE+CPAP_FOR_ANY_SLEEP_AFTER_DOSE
            Untreated sleep apnoea: no CPAP condition          | osa=YES-NO            | IV:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE IN:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE ORAL:NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE+AT_HOME_VISIT_BEFORE_START+FIRST_DOSE_SUPERVISED+PEER_MONITOR_PRESENT+PRE_DOSE_VITALS_CHECK+SECURE_STORAGE
            Peer monitor NO: ORAL keeps its conditions         | home.peerMonitor=NO   | IV:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE IN:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE ORAL:NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE+AT_HOME_VISIT_BEFORE_START+FIRST_DOSE_SUPERVISED+PEER_MONITOR_PRESENT+PRE_DOSE_VITALS_CHECK+SECURE_STORAGE
            Treated sleep apnoea, in-clinic only: no CPAP      | mods=IV+IN; osa=YES   | IV:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE IN:IN_CLINIC_MONITORING+RESPONSIBLE_ADULT_ESCORT+NO_DRIVING_UNTIL_NEXT_DAY+NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE
            """)
    void conditions(String name, String changes, String expected) {
        Screening screening = V2Cases.screen(changes, ParameterValues.defaults());
        String actual = String.join(" ", screening.modalities().stream().map(m -> V2Cases.shortName(m.modality()) + ":"
                + String.join("+", m.conditions().stream().map(Enum::name).toList())).toList());
        assertEquals(expected.trim(), actual);
    }

    /** The modality list of the answer follows the screened modalities, in Modality order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Absent: all offered                 | log.requestedModalities=-          | IV_INFUSION INTRANASAL ORAL_MICRODOSE
            Empty: all offered                  | log.requestedModalities=[]         | IV_INFUSION INTRANASAL ORAL_MICRODOSE
            ORAL and IV given out of order      | mods=ORAL+IV                       | IV_INFUSION ORAL_MICRODOSE
            """)
    void screenedModalities(String name, String changes, String expected) {
        Screening screening = V2Cases.screen(changes, ParameterValues.defaults());
        assertEquals(List.of(expected.trim().split(" ")),
                screening.modalities().stream().map(ModalityVerdict::modality).map(Modality::name).toList());
    }
}
