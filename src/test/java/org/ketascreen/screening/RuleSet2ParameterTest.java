package org.ketascreen.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;

/**
 * Every parameter of api-contract §10.2 (34), moved to each end of its allowed range (and, for the choice kinds,
 * to every allowed value): the boundary moves exactly there. Ranges and defaults are written here by hand from
 * §10.2 and checked against the registry, and the registry is iterated to prove every parameter has its rows.
 */
class RuleSet2ParameterTest {

    /** §10.2 by hand: name, kind, unit, default, allowed, rules. */
    record Spec(String name, String kind, String unit, Object def, Integer min, Integer max, List<String> values,
                List<String> rules) {
    }

    private static final List<String> OUTCOMES = List.of("NEEDS_REVIEW", "INELIGIBLE");
    private static final List<String> BOOLEANS = List.of("true", "false");

    static final List<Spec> SPECS = List.of(
            integer("abstain.beforeHours", "h", 24, 12, 72, "SUB-7"),
            integer("abstain.afterHours", "h", 24, 12, 48, "SUB-7"),
            integer("age.reviewFrom", "years", 65, 60, 75, "AGE-2"),
            integer("auditC.cutMen", "points", 4, 3, 5, "ALC-1"),
            integer("auditC.cutWomen", "points", 3, 2, 4, "ALC-1"),
            integer("auditC.highCut", "points", 8, 7, 10, "ALC-2"),
            integer("bmi.reviewFrom", "kg/m²", 40, 35, 45, "BMI-1"),
            integer("bp2.systolic", "mmHg", 140, 140, 160, "BP-1", "BP-2"),
            integer("bp5.maxAgeDays", "days", 30, 0, 365, "BP-5"),
            new Spec("cannabis.reviewFrom", "CANNABIS_USE", null, "DAILY_OR_ALMOST", null, null,
                    List.of("WEEKLY", "DAILY_OR_ALMOST"), List.of("SUB-5")),
            flag("cv1.anyHistoryIneligible", "CV-1"),
            integer("cv3.windowMonths", "months", 6, 3, 6, "CV-3"),
            outcome("home1.outcome", "INELIGIBLE", "HOME-1"),
            integer("home2.maxSystolic", "mmHg", 140, 140, 160, "HOME-2"),
            integer("home2.maxDiastolic", "mmHg", 90, 90, 100, "HOME-2"),
            integer("home2.maxHeartRate", "/min", 100, 100, 110, "HOME-2"),
            integer("home2.minHeartRate", "/min", 50, 45, 50, "HOME-2"),
            integer("hr.bradyBelow", "/min", 50, 40, 50, "HR-1"),
            integer("hr.reviewAbove", "/min", 100, 100, 110, "HR-2"),
            integer("hr.ineligibleAbove", "/min", 120, 110, 120, "HR-2", "HR-3"),
            outcome("ket2.outcome", "NEEDS_REVIEW", "KET-2"),
            outcome("org7.outcome", "NEEDS_REVIEW", "ORG-7"),
            outcome("psy8.dissociativeOutcome", "NEEDS_REVIEW", "PSY-8"),
            outcome("psy9.outcome", "NEEDS_REVIEW", "PSY-9"),
            outcome("untreatedOsa.oralOutcome", "NEEDS_REVIEW", "RESP-3"),
            flag("psy2.anyHistoryIneligible", "PSY-2"),
            integer("psy7.oralWindowMonths", "months", 12, 6, 24, "PSY-7"),
            integer("recentFlare.windowMonths", "months", 12, 6, 12, "RESP-2"),
            flag("ref2.allModalities", "REF-2"),
            integer("spo2.reviewBelow", "%", 94, 92, 95, "RESP-5"),
            integer("stopBang.highCut", "points", 5, 3, 5, "RESP-4"),
            integer("sub1.windowMonths", "months", 12, 12, 36, "SUB-1"),
            integer("sub2.remissionMonths", "months", 12, 3, 12, "SUB-2", "SUB-3"),
            integer("weight.minKg", "kg", 45, 40, 50, "BMI-2"));

    private static Spec integer(String name, String unit, int def, int min, int max, String... rules) {
        return new Spec(name, "INTEGER", unit, def, min, max, List.of(), List.of(rules));
    }

    private static Spec flag(String name, String rule) {
        return new Spec(name, "BOOLEAN", null, Boolean.FALSE, null, null, BOOLEANS, List.of(rule));
    }

    private static Spec outcome(String name, String def, String rule) {
        return new Spec(name, "OUTCOME", null, def, null, null, OUTCOMES, List.of(rule));
    }

    @Test
    void theHandTableHas34ParametersAndTheRegistryHoldsExactlyThem() {
        assertEquals(34, SPECS.size());
        Set<String> hand = SPECS.stream().map(Spec::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registry = Parameters.ALL.stream().map(Parameter::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(hand, registry);
        assertEquals(34, Parameters.ALL.size());
    }

    @Test
    void everyRegistryEntryMatchesParagraph10_2() {
        List<String> problems = new ArrayList<>();
        for (Spec spec : SPECS) {
            Parameter p = Parameters.named(spec.name());
            if (p == null) {
                problems.add(spec.name() + " missing");
                continue;
            }
            check(problems, spec.name() + " kind", spec.kind(), p.kind().name());
            check(problems, spec.name() + " unit", spec.unit(), p.unit());
            check(problems, spec.name() + " default", spec.def(), p.defaultValue());
            check(problems, spec.name() + " min", spec.min(), p.min());
            check(problems, spec.name() + " max", spec.max(), p.max());
            check(problems, spec.name() + " values", spec.values(), p.values());
            check(problems, spec.name() + " rules", spec.rules(), p.rules());
        }
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> problems, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            problems.add(what + ": §10.2 " + expected + ", registry " + actual);
        }
    }

    @Test
    void valuesOutsideTheRangeAreRefusedAndBothEndsAccepted() {
        for (Spec spec : SPECS) {
            Parameter p = Parameters.named(spec.name());
            if (spec.kind().equals("INTEGER")) {
                assertNotNull(ParameterValues.of(Map.of(p, spec.min())));
                assertNotNull(ParameterValues.of(Map.of(p, spec.max())));
                assertThrows(IllegalArgumentException.class, () -> ParameterValues.of(Map.of(p, spec.min() - 1)), spec.name());
                assertThrows(IllegalArgumentException.class, () -> ParameterValues.of(Map.of(p, spec.max() + 1)), spec.name());
            } else {
                for (String value : spec.values()) {
                    assertNotNull(ParameterValues.of(Map.of(p, V2Cases.parse(value))));
                }
                if (!spec.kind().equals("BOOLEAN")) {
                    assertThrows(IllegalArgumentException.class, () -> ParameterValues.of(Map.of(p, "INFO")), spec.name());
                }
            }
        }
    }

    // -------------------------------------------------------------------------------- the boundary rows

    /** name | profile | changes | rules | expected findings of those rules. */
    static final String ROWS = """
            age.reviewFrom 60: age 59 below                  | age.reviewFrom=60 | pat.ageYears=59 | AGE-2 | none
            age.reviewFrom 60: age 60 at                     | age.reviewFrom=60 | pat.ageYears=60 | AGE-2 | AGE-2=NR
            age.reviewFrom 60: age 61 above                  | age.reviewFrom=60 | pat.ageYears=61 | AGE-2 | AGE-2=NR
            age.reviewFrom 75: age 74 below                  | age.reviewFrom=75 | pat.ageYears=74 | AGE-2 | none
            age.reviewFrom 75: age 75 at                     | age.reviewFrom=75 | pat.ageYears=75 | AGE-2 | AGE-2=NR
            age.reviewFrom 75: age 76 above                  | age.reviewFrom=75 | pat.ageYears=76 | AGE-2 | AGE-2=NR
            auditC.cutMen 3: man AUDIT-C 2 below             | auditC.cutMen=3 | pat.sexAssignedAtBirth=MALE; alc=1/1/0 | ALC-1 | none
            auditC.cutMen 3: man AUDIT-C 3 at                | auditC.cutMen=3 | pat.sexAssignedAtBirth=MALE; alc=1/1/1 | ALC-1 | ALC-1=NR
            auditC.cutMen 3: man AUDIT-C 4 above             | auditC.cutMen=3 | pat.sexAssignedAtBirth=MALE; alc=2/1/1 | ALC-1 | ALC-1=NR
            auditC.cutMen 5: man AUDIT-C 4 below             | auditC.cutMen=5 | pat.sexAssignedAtBirth=MALE; alc=2/1/1 | ALC-1 | none
            auditC.cutMen 5: man AUDIT-C 5 at                | auditC.cutMen=5 | pat.sexAssignedAtBirth=MALE; alc=2/2/1 | ALC-1 | ALC-1=NR
            auditC.cutMen 5: man AUDIT-C 6 above             | auditC.cutMen=5 | pat.sexAssignedAtBirth=MALE; alc=2/2/2 | ALC-1 | ALC-1=NR
            auditC.cutMen 5: man 1 + UNKNOWN + 0 reaches 5   | auditC.cutMen=5 | pat.sexAssignedAtBirth=MALE; alc=1/U/0 | ALC-1 | ALC-1=NR
            auditC.cutMen 5: woman AUDIT-C 3 still at her cut| auditC.cutMen=5 | alc=1/1/1 | ALC-1 | ALC-1=NR
            auditC.cutWomen 2: woman AUDIT-C 1 below         | auditC.cutWomen=2 | none | ALC-1 | none
            auditC.cutWomen 2: woman AUDIT-C 2 at            | auditC.cutWomen=2 | alc=1/1/0 | ALC-1 | ALC-1=NR
            auditC.cutWomen 2: woman AUDIT-C 3 above         | auditC.cutWomen=2 | alc=1/1/1 | ALC-1 | ALC-1=NR
            auditC.cutWomen 4: woman AUDIT-C 3 below         | auditC.cutWomen=4 | alc=1/1/1 | ALC-1 | none
            auditC.cutWomen 4: woman AUDIT-C 4 at            | auditC.cutWomen=4 | alc=2/1/1 | ALC-1 | ALC-1=NR
            auditC.cutWomen 4: woman AUDIT-C 5 above         | auditC.cutWomen=4 | alc=2/2/1 | ALC-1 | ALC-1=NR
            auditC.cutWomen 4: man AUDIT-C 4 still at his cut| auditC.cutWomen=4 | pat.sexAssignedAtBirth=MALE; alc=2/1/1 | ALC-1 | ALC-1=NR
            NOT_SAID takes the lower cut (men 3, women 4): 2 | auditC.cutMen=3; auditC.cutWomen=4 | pat.sexAssignedAtBirth=NOT_SAID; alc=1/1/0 | ALC-1 | none
            NOT_SAID takes the lower cut (men 3, women 4): 3 | auditC.cutMen=3; auditC.cutWomen=4 | pat.sexAssignedAtBirth=NOT_SAID; alc=1/1/1 | ALC-1 | ALC-1=NR
            NOT_SAID takes the lower cut (men 5, women 2): 1 | auditC.cutMen=5; auditC.cutWomen=2 | pat.sexAssignedAtBirth=NOT_SAID | ALC-1 | none
            NOT_SAID takes the lower cut (men 5, women 2): 2 | auditC.cutMen=5; auditC.cutWomen=2 | pat.sexAssignedAtBirth=NOT_SAID; alc=1/1/0 | ALC-1 | ALC-1=NR
            auditC.highCut 7: AUDIT-C 6 below                | auditC.highCut=7 | alc=4/2/0 | ALC-2 | none
            auditC.highCut 7: AUDIT-C 7 at                   | auditC.highCut=7 | alc=4/3/0 | ALC-2 | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            auditC.highCut 7: AUDIT-C 8 above                | auditC.highCut=7 | alc=4/4/0 | ALC-2 | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            auditC.highCut 7: 1 + UNKNOWN + 2 reaches 7      | auditC.highCut=7 | alc=1/U/2 | ALC-2 | ALC-2=NR@IV+IN+ORAL
            auditC.highCut 10: AUDIT-C 9 below               | auditC.highCut=10 | alc=4/4/1 | ALC-2 | none
            auditC.highCut 10: AUDIT-C 10 at                 | auditC.highCut=10 | alc=4/4/2 | ALC-2 | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            auditC.highCut 10: AUDIT-C 11 above              | auditC.highCut=10 | alc=4/4/3 | ALC-2 | ALC-2=NR@IV+IN ALC-2=INEL@ORAL
            auditC.highCut 10: 4 + UNKNOWN + 1 cannot reach  | auditC.highCut=10 | alc=4/U/1 | ALC-2 | none
            auditC.highCut 10: 4 + UNKNOWN + 2 could reach   | auditC.highCut=10 | alc=4/U/2 | ALC-2 | ALC-2=NR@IV+IN+ORAL
            bmi.reviewFrom 35: 139/200 = 34.75 below         | bmi.reviewFrom=35 | body=139/200 | BMI-1 | none
            bmi.reviewFrom 35: 140/200 = 35.0 at             | bmi.reviewFrom=35 | body=140/200 | BMI-1 | BMI-1=NR
            bmi.reviewFrom 35: 141/200 = 35.25 above         | bmi.reviewFrom=35 | body=141/200 | BMI-1 | BMI-1=NR
            bmi.reviewFrom 45: 179/200 = 44.75 below         | bmi.reviewFrom=45 | body=179/200 | BMI-1 | none
            bmi.reviewFrom 45: 180/200 = 45.0 at             | bmi.reviewFrom=45 | body=180/200 | BMI-1 | BMI-1=NR
            bmi.reviewFrom 45: 181/200 = 45.25 above         | bmi.reviewFrom=45 | body=181/200 | BMI-1 | BMI-1=NR
            bmi.reviewFrom 45: body absent                   | bmi.reviewFrom=45 | body=- | BMI-1 | BMI-1=NR
            bp2.systolic 140: 139/80 below                   | bp2.systolic=140 | bp=139/80 | BP-1 BP-2 BP-3 | BP-1=INFO
            bp2.systolic 140: 140/80 at                      | bp2.systolic=140 | bp=140/80 | BP-1 BP-2 BP-3 | BP-2=NR
            bp2.systolic 140: 141/80 above                   | bp2.systolic=140 | bp=141/80 | BP-1 BP-2 BP-3 | BP-2=NR
            bp2.systolic 150: 149/80 below                   | bp2.systolic=150 | bp=149/80 | BP-1 BP-2 BP-3 | BP-1=INFO
            bp2.systolic 150: 150/80 at                      | bp2.systolic=150 | bp=150/80 | BP-1 BP-2 BP-3 | BP-2=NR
            bp2.systolic 150: 151/80 above                   | bp2.systolic=150 | bp=151/80 | BP-1 BP-2 BP-3 | BP-2=NR
            bp2.systolic 160: 159/80 below                   | bp2.systolic=160 | bp=159/80 | BP-1 BP-2 BP-3 | BP-1=INFO
            bp2.systolic 160: 160/80 at (BP-3 from 160)      | bp2.systolic=160 | bp=160/80 | BP-1 BP-2 BP-3 | BP-3=INEL
            bp2.systolic 160: 161/80 above                   | bp2.systolic=160 | bp=161/80 | BP-1 BP-2 BP-3 | BP-3=INEL
            bp2.systolic 160: diastolic 90 stays BP-2        | bp2.systolic=160 | bp=139/90 | BP-1 BP-2 BP-3 | BP-2=NR
            bp2.systolic 160: 129/79 no finding              | bp2.systolic=160 | bp=129/79 | BP-1 BP-2 BP-3 | none
            bp5.maxAgeDays 0: 0 days at                      | bp5.maxAgeDays=0 | bp.measuredDaysAgo=0 | BP-5 | none
            bp5.maxAgeDays 0: 1 day above                    | bp5.maxAgeDays=0 | bp.measuredDaysAgo=1 | BP-5 | BP-5=NR
            bp5.maxAgeDays 365: 364 days below               | bp5.maxAgeDays=365 | bp.measuredDaysAgo=364 | BP-5 | none
            bp5.maxAgeDays 365: 365 days at                  | bp5.maxAgeDays=365 | bp.measuredDaysAgo=365 | BP-5 | none
            bp5.maxAgeDays 365: 366 days above               | bp5.maxAgeDays=365 | bp.measuredDaysAgo=366 | BP-5 | BP-5=NR
            bp5.maxAgeDays 365: no reading                   | bp5.maxAgeDays=365 | cv.bloodPressure=- | BP-5 | BP-5=NR
            cannabis.reviewFrom WEEKLY: LESS_THAN_WEEKLY     | cannabis.reviewFrom=WEEKLY | sub.cannabis=LESS_THAN_WEEKLY; sub.cannabisPrescribed=NO | SUB-5 | SUB-5=INFO
            cannabis.reviewFrom WEEKLY: WEEKLY               | cannabis.reviewFrom=WEEKLY | sub.cannabis=WEEKLY; sub.cannabisPrescribed=NO | SUB-5 | SUB-5=NR
            cannabis.reviewFrom WEEKLY: DAILY_OR_ALMOST      | cannabis.reviewFrom=WEEKLY | sub.cannabis=DAILY_OR_ALMOST; sub.cannabisPrescribed=YES | SUB-5 | SUB-5=NR
            cannabis.reviewFrom WEEKLY: UNKNOWN              | cannabis.reviewFrom=WEEKLY | sub.cannabis=UNKNOWN | SUB-5 | SUB-5=NR
            cannabis.reviewFrom DAILY_OR_ALMOST: WEEKLY      | cannabis.reviewFrom=DAILY_OR_ALMOST | sub.cannabis=WEEKLY; sub.cannabisPrescribed=NO | SUB-5 | SUB-5=INFO
            cannabis.reviewFrom DAILY_OR_ALMOST: DAILY       | cannabis.reviewFrom=DAILY_OR_ALMOST | sub.cannabis=DAILY_OR_ALMOST; sub.cannabisPrescribed=NO | SUB-5 | SUB-5=NR
            cv1.anyHistoryIneligible true: stroke 8 months   | cv1.anyHistoryIneligible=true | cv.strokeOrTia={"answer":"YES","monthsAgo":8} | CV-1 | CV-1=INEL
            cv1.anyHistoryIneligible true: stroke 9 months   | cv1.anyHistoryIneligible=true | cv.strokeOrTia={"answer":"YES","monthsAgo":9} | CV-1 | CV-1=INEL
            cv1.anyHistoryIneligible true: stroke 120 months | cv1.anyHistoryIneligible=true | cv.strokeOrTia={"answer":"YES","monthsAgo":120} | CV-1 | CV-1=INEL
            cv1.anyHistoryIneligible true: YES, no months    | cv1.anyHistoryIneligible=true | cv.strokeOrTia={"answer":"YES"} | CV-1 | CV-1=INEL
            cv1.anyHistoryIneligible true: UNKNOWN           | cv1.anyHistoryIneligible=true | cv.strokeOrTia={"answer":"UNKNOWN"} | CV-1 | CV-1=NR
            cv1.anyHistoryIneligible true: NO                | cv1.anyHistoryIneligible=true | none | CV-1 | none
            cv1.anyHistoryIneligible false: stroke 9 months  | cv1.anyHistoryIneligible=false | cv.strokeOrTia={"answer":"YES","monthsAgo":9} | CV-1 | CV-1=NR
            cv1.anyHistoryIneligible false: stroke 8 months  | cv1.anyHistoryIneligible=false | cv.strokeOrTia={"answer":"YES","monthsAgo":8} | CV-1 | CV-1=INEL
            cv3.windowMonths 3: 2 months below               | cv3.windowMonths=3 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":2} | CV-3 | CV-3=INEL
            cv3.windowMonths 3: 3 months at                  | cv3.windowMonths=3 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":3} | CV-3 | CV-3=NR
            cv3.windowMonths 3: 4 months above               | cv3.windowMonths=3 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":4} | CV-3 | CV-3=NR
            cv3.windowMonths 6: 5 months below               | cv3.windowMonths=6 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":5} | CV-3 | CV-3=INEL
            cv3.windowMonths 6: 6 months at                  | cv3.windowMonths=6 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":6} | CV-3 | CV-3=NR
            cv3.windowMonths 6: 7 months above               | cv3.windowMonths=6 | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":7} | CV-3 | CV-3=NR
            home1.outcome NEEDS_REVIEW: peer monitor NO      | home1.outcome=NEEDS_REVIEW | home.peerMonitor=NO | HOME-1 | HOME-1=NR@ORAL
            home1.outcome NEEDS_REVIEW: peer monitor UNKNOWN | home1.outcome=NEEDS_REVIEW | home.peerMonitor=UNKNOWN | HOME-1 | HOME-1=NR@ORAL
            home1.outcome INELIGIBLE: peer monitor NO        | home1.outcome=INELIGIBLE | home.peerMonitor=NO | HOME-1 | HOME-1=INEL@ORAL
            home1.outcome INELIGIBLE: peer monitor UNKNOWN   | home1.outcome=INELIGIBLE | home.peerMonitor=UNKNOWN | HOME-1 | HOME-1=NR@ORAL
            home2.maxSystolic 140: BP monitor NO             | home2.maxSystolic=140 | home.bloodPressureMonitor=NO | HOME-2 | HOME-2=NR@ORAL
            home2.maxSystolic 160: BP monitor NO             | home2.maxSystolic=160 | home.bloodPressureMonitor=NO | HOME-2 | HOME-2=NR@ORAL
            home2.maxSystolic 140: reading 150/95 no finding | home2.maxSystolic=140 | bp=150/95 | HOME-2 | none
            home2.maxDiastolic 90: check UNKNOWN             | home2.maxDiastolic=90 | home.agreesPreDoseCheck=UNKNOWN | HOME-2 | HOME-2=NR@ORAL
            home2.maxDiastolic 100: check NO                 | home2.maxDiastolic=100 | home.agreesPreDoseCheck=NO | HOME-2 | HOME-2=NR@ORAL
            home2.maxHeartRate 100: pulse 105 no finding     | home2.maxHeartRate=100 | bp.heartRate=105 | HOME-2 | none
            home2.maxHeartRate 110: BP monitor UNKNOWN       | home2.maxHeartRate=110 | home.bloodPressureMonitor=UNKNOWN | HOME-2 | HOME-2=NR@ORAL
            home2.minHeartRate 45: pulse 48 no finding       | home2.minHeartRate=45 | bp.heartRate=48 | HOME-2 | none
            home2.minHeartRate 50: BP monitor NO             | home2.minHeartRate=50 | home.bloodPressureMonitor=NO | HOME-2 | HOME-2=NR@ORAL
            hr.bradyBelow 40: pulse 39 below                 | hr.bradyBelow=40 | bp.heartRate=39 | HR-1..5 | HR-1=NR
            hr.bradyBelow 40: pulse 40 at                    | hr.bradyBelow=40 | bp.heartRate=40 | HR-1..5 | none
            hr.bradyBelow 40: pulse 41 above                 | hr.bradyBelow=40 | bp.heartRate=41 | HR-1..5 | none
            hr.bradyBelow 50: pulse 49 below                 | hr.bradyBelow=50 | bp.heartRate=49 | HR-1..5 | HR-1=NR
            hr.bradyBelow 50: pulse 50 at                    | hr.bradyBelow=50 | bp.heartRate=50 | HR-1..5 | none
            hr.reviewAbove 100: pulse 100 at                 | hr.reviewAbove=100 | bp.heartRate=100 | HR-1..5 | none
            hr.reviewAbove 100: pulse 101 above              | hr.reviewAbove=100 | bp.heartRate=101 | HR-1..5 | HR-2=NR
            hr.reviewAbove 110: pulse 109 below              | hr.reviewAbove=110 | bp.heartRate=109 | HR-1..5 | none
            hr.reviewAbove 110: pulse 110 at                 | hr.reviewAbove=110 | bp.heartRate=110 | HR-1..5 | none
            hr.reviewAbove 110: pulse 111 above              | hr.reviewAbove=110 | bp.heartRate=111 | HR-1..5 | HR-2=NR
            hr.reviewAbove 110: pulse 120                    | hr.reviewAbove=110 | bp.heartRate=120 | HR-1..5 | HR-2=NR
            hr.reviewAbove 110: pulse 121 (HR-3)             | hr.reviewAbove=110 | bp.heartRate=121 | HR-1..5 | HR-3=INEL
            hr.ineligibleAbove 110: pulse 109 below          | hr.ineligibleAbove=110 | bp.heartRate=109 | HR-1..5 | HR-2=NR
            hr.ineligibleAbove 110: pulse 110 at             | hr.ineligibleAbove=110 | bp.heartRate=110 | HR-1..5 | HR-2=NR
            hr.ineligibleAbove 110: pulse 111 above          | hr.ineligibleAbove=110 | bp.heartRate=111 | HR-1..5 | HR-3=INEL
            hr.ineligibleAbove 110: pulse 150 stays HR-4     | hr.ineligibleAbove=110 | bp.heartRate=150 | HR-1..5 | HR-4=URGENT
            hr.ineligibleAbove 120: pulse 120 at             | hr.ineligibleAbove=120 | bp.heartRate=120 | HR-1..5 | HR-2=NR
            hr.ineligibleAbove 120: pulse 121 above          | hr.ineligibleAbove=120 | bp.heartRate=121 | HR-1..5 | HR-3=INEL
            HR-2 range empty (110, 110): pulse 110           | hr.reviewAbove=110; hr.ineligibleAbove=110 | bp.heartRate=110 | HR-1..5 | none
            HR-2 range empty (110, 110): pulse 111           | hr.reviewAbove=110; hr.ineligibleAbove=110 | bp.heartRate=111 | HR-1..5 | HR-3=INEL
            ket2.outcome INELIGIBLE: reaction LIVER          | ket2.outcome=INELIGIBLE | ket=YES; pk.seriousReaction=["LIVER"] | KET-2 | KET-2=INEL
            ket2.outcome INELIGIBLE: reaction UNKNOWN        | ket2.outcome=INELIGIBLE | ket=YES; pk.seriousReaction=["UNKNOWN"] | KET-2 | KET-2=NR
            ket2.outcome INELIGIBLE: treated UNKNOWN         | ket2.outcome=INELIGIBLE | ket=UNKNOWN | KET-2 | KET-2=NR
            ket2.outcome INELIGIBLE: ALLERGIC only (HS-1s)   | ket2.outcome=INELIGIBLE | ket=YES; pk.seriousReaction=["ALLERGIC"] | KET-2 | none
            ket2.outcome NEEDS_REVIEW: reaction LIVER        | ket2.outcome=NEEDS_REVIEW | ket=YES; pk.seriousReaction=["LIVER"] | KET-2 | KET-2=NR
            org7.outcome INELIGIBLE: SEVERE                  | org7.outcome=INELIGIBLE | cond.kidneyDisease=SEVERE | ORG-7 | ORG-7=INEL
            org7.outcome INELIGIBLE: DIALYSIS_OR_TRANSPLANT  | org7.outcome=INELIGIBLE | cond.kidneyDisease=DIALYSIS_OR_TRANSPLANT | ORG-7 | ORG-7=INEL
            org7.outcome INELIGIBLE: MILD_OR_MODERATE        | org7.outcome=INELIGIBLE | cond.kidneyDisease=MILD_OR_MODERATE | ORG-7 | ORG-7=INFO
            org7.outcome INELIGIBLE: UNKNOWN                 | org7.outcome=INELIGIBLE | cond.kidneyDisease=UNKNOWN | ORG-7 | ORG-7=NR
            org7.outcome NEEDS_REVIEW: SEVERE                | org7.outcome=NEEDS_REVIEW | cond.kidneyDisease=SEVERE | ORG-7 | ORG-7=NR
            psy2.anyHistoryIneligible true: episode 13 months| psy2.anyHistoryIneligible=true | psy.psychoticEpisode={"answer":"YES","monthsAgo":13} | PSY-2 | PSY-2=INEL
            psy2.anyHistoryIneligible true: episode 1200     | psy2.anyHistoryIneligible=true | psy.psychoticEpisode={"answer":"YES","monthsAgo":1200} | PSY-2 | PSY-2=INEL
            psy2.anyHistoryIneligible true: YES, no months   | psy2.anyHistoryIneligible=true | psy.psychoticEpisode={"answer":"YES"} | PSY-2 | PSY-2=INEL
            psy2.anyHistoryIneligible true: UNKNOWN          | psy2.anyHistoryIneligible=true | psy.psychoticEpisode={"answer":"UNKNOWN"} | PSY-2 | PSY-2=NR
            psy2.anyHistoryIneligible false: episode 13      | psy2.anyHistoryIneligible=false | psy.psychoticEpisode={"answer":"YES","monthsAgo":13} | PSY-2 | PSY-2=NR
            psy7.oralWindowMonths 6: 3 months stays URGENT   | psy7.oralWindowMonths=6 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":3} | PSY-7 | PSY-7=URGENT@IV+IN+ORAL
            psy7.oralWindowMonths 6: 5 months below          | psy7.oralWindowMonths=6 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":5} | PSY-7 | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            psy7.oralWindowMonths 6: 6 months at             | psy7.oralWindowMonths=6 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":6} | PSY-7 | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            psy7.oralWindowMonths 6: 7 months above          | psy7.oralWindowMonths=6 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":7} | PSY-7 | PSY-7=NR@IV+IN+ORAL
            psy7.oralWindowMonths 24: 23 months below        | psy7.oralWindowMonths=24 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":23} | PSY-7 | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            psy7.oralWindowMonths 24: 24 months at           | psy7.oralWindowMonths=24 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":24} | PSY-7 | PSY-7=NR@IV+IN PSY-7=INEL@ORAL
            psy7.oralWindowMonths 24: 25 months above        | psy7.oralWindowMonths=24 | psy.suicidalBehaviour={"answer":"YES","monthsAgo":25} | PSY-7 | PSY-7=NR@IV+IN+ORAL
            psy8.dissociativeOutcome INELIGIBLE: YES         | psy8.dissociativeOutcome=INELIGIBLE | psy.dissociativeDisorder=YES | PSY-8 | PSY-8=INEL
            psy8.dissociativeOutcome INELIGIBLE: UNKNOWN     | psy8.dissociativeOutcome=INELIGIBLE | psy.dissociativeDisorder=UNKNOWN | PSY-8 | PSY-8=NR
            psy8.dissociativeOutcome INELIGIBLE: PTSD stays INFO | psy8.dissociativeOutcome=INELIGIBLE | psy.ptsd=YES | PSY-8 | PSY-8=INFO
            psy8.dissociativeOutcome NEEDS_REVIEW: YES       | psy8.dissociativeOutcome=NEEDS_REVIEW | psy.dissociativeDisorder=YES | PSY-8 | PSY-8=NR
            psy9.outcome INELIGIBLE: YES                     | psy9.outcome=INELIGIBLE | psy.severePersonalityDisorder=YES | PSY-9 | PSY-9=INEL
            psy9.outcome INELIGIBLE: UNKNOWN                 | psy9.outcome=INELIGIBLE | psy.severePersonalityDisorder=UNKNOWN | PSY-9 | PSY-9=NR
            psy9.outcome NEEDS_REVIEW: YES                   | psy9.outcome=NEEDS_REVIEW | psy.severePersonalityDisorder=YES | PSY-9 | PSY-9=NR
            recentFlare.windowMonths 6: flare-up YES         | recentFlare.windowMonths=6 | lung=YES; resp.recentFlareUp=YES | RESP-2 | RESP-2=NR
            recentFlare.windowMonths 6: no flare-up          | recentFlare.windowMonths=6 | lung=YES | RESP-2 | RESP-2=INFO
            recentFlare.windowMonths 12: flare-up YES        | recentFlare.windowMonths=12 | lung=YES; resp.recentFlareUp=YES | RESP-2 | RESP-2=NR
            recentFlare.windowMonths 12: flare-up UNKNOWN    | recentFlare.windowMonths=12 | lung=YES; resp.recentFlareUp=UNKNOWN | RESP-2 | RESP-2=NR
            ref2.allModalities true: no clinician            | ref2.allModalities=true | ref.ongoingClinician=NO; ref.recordsConsent=- | REF-2 | REF-2=NR@IV+IN+ORAL
            ref2.allModalities true: clinician UNKNOWN       | ref2.allModalities=true | ref.ongoingClinician=UNKNOWN; ref.recordsConsent=- | REF-2 | REF-2=NR@IV+IN+ORAL
            ref2.allModalities true: IV and IN only          | ref2.allModalities=true | mods=IV+IN; ref.ongoingClinician=NO; ref.recordsConsent=- | REF-2 | REF-2=NR@IV+IN
            ref2.allModalities true: clinician YES           | ref2.allModalities=true | none | REF-2 | none
            ref2.allModalities false: no clinician           | ref2.allModalities=false | ref.ongoingClinician=NO; ref.recordsConsent=- | REF-2 | REF-2=INFO@IV+IN REF-2=NR@ORAL
            spo2.reviewBelow 92: 89 stays INELIGIBLE         | spo2.reviewBelow=92 | lung=YES; resp.restingSpo2Percent=89 | RESP-5 | RESP-5=INEL
            spo2.reviewBelow 92: 90                          | spo2.reviewBelow=92 | lung=YES; resp.restingSpo2Percent=90 | RESP-5 | RESP-5=NR
            spo2.reviewBelow 92: 91 below                    | spo2.reviewBelow=92 | lung=YES; resp.restingSpo2Percent=91 | RESP-5 | RESP-5=NR
            spo2.reviewBelow 92: 92 at                       | spo2.reviewBelow=92 | lung=YES; resp.restingSpo2Percent=92 | RESP-5 | none
            spo2.reviewBelow 92: 93 above                    | spo2.reviewBelow=92 | lung=YES; resp.restingSpo2Percent=93 | RESP-5 | none
            spo2.reviewBelow 95: 94 below                    | spo2.reviewBelow=95 | lung=YES; resp.restingSpo2Percent=94 | RESP-5 | RESP-5=NR
            spo2.reviewBelow 95: 95 at                       | spo2.reviewBelow=95 | lung=YES; resp.restingSpo2Percent=95 | RESP-5 | none
            spo2.reviewBelow 95: 96 above                    | spo2.reviewBelow=95 | lung=YES; resp.restingSpo2Percent=96 | RESP-5 | none
            stopBang.highCut 3: 2 points below               | stopBang.highCut=3 | sb=1/1/0/0/0 | RESP-4 | none
            stopBang.highCut 3: 3 points at                  | stopBang.highCut=3 | sb=1/1/1/0/0 | RESP-4 | RESP-4=NR@IV+IN+ORAL
            stopBang.highCut 3: 4 points above               | stopBang.highCut=3 | sb=1/1/1/1/0 | RESP-4 | RESP-4=NR@IV+IN+ORAL
            stopBang.highCut 4: 3 points below               | stopBang.highCut=4 | sb=1/1/1/0/0 | RESP-4 | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            stopBang.highCut 4: 4 points at                  | stopBang.highCut=4 | sb=1/1/1/1/0 | RESP-4 | RESP-4=NR@IV+IN+ORAL
            stopBang.highCut 4: 5 points above               | stopBang.highCut=4 | sb=1/1/1/1/1 | RESP-4 | RESP-4=NR@IV+IN+ORAL
            stopBang.highCut 5: 4 points below               | stopBang.highCut=5 | sb=1/1/1/1/0 | RESP-4 | RESP-4=INFO@IV+IN RESP-4=NR@ORAL
            stopBang.highCut 5: 5 points at                  | stopBang.highCut=5 | sb=1/1/1/1/1 | RESP-4 | RESP-4=NR@IV+IN+ORAL
            stopBang.highCut 5: 6 points above               | stopBang.highCut=5 | sb=1/1/1/1/1; pat.sexAssignedAtBirth=MALE | RESP-4 | RESP-4=NR@IV+IN+ORAL
            sub1.windowMonths 12: 12 months at               | sub1.windowMonths=12 | misuse=12 | SUB-1 | SUB-1=INEL@IV+IN+ORAL
            sub1.windowMonths 12: 13 months above            | sub1.windowMonths=12 | misuse=13 | SUB-1 | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            sub1.windowMonths 36: 13 months inside           | sub1.windowMonths=36 | misuse=13 | SUB-1 | SUB-1=INEL@IV+IN+ORAL
            sub1.windowMonths 36: 35 months below            | sub1.windowMonths=36 | misuse=35 | SUB-1 | SUB-1=INEL@IV+IN+ORAL
            sub1.windowMonths 36: 36 months at               | sub1.windowMonths=36 | misuse=36 | SUB-1 | SUB-1=INEL@IV+IN+ORAL
            sub1.windowMonths 36: 37 months above            | sub1.windowMonths=36 | misuse=37 | SUB-1 | SUB-1=NR@IV+IN SUB-1=INEL@ORAL
            sub2.remissionMonths 3: 2 months below           | sub2.remissionMonths=3 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":2} | SUB-2 SUB-3 | SUB-2=INEL
            sub2.remissionMonths 3: 3 months at              | sub2.remissionMonths=3 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":3} | SUB-2 SUB-3 | SUB-3=NR
            sub2.remissionMonths 3: 4 months above           | sub2.remissionMonths=3 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":4} | SUB-2 SUB-3 | SUB-3=NR
            sub2.remissionMonths 12: 11 months below         | sub2.remissionMonths=12 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":11} | SUB-2 SUB-3 | SUB-2=INEL
            sub2.remissionMonths 12: 12 months at            | sub2.remissionMonths=12 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":12} | SUB-2 SUB-3 | SUB-3=NR
            sub2.remissionMonths 12: 13 months above         | sub2.remissionMonths=12 | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":13} | SUB-2 SUB-3 | SUB-3=NR
            untreatedOsa.oralOutcome INELIGIBLE: untreated   | untreatedOsa.oralOutcome=INELIGIBLE | osa=YES-NO | RESP-3 | RESP-3=NR@IV+IN RESP-3=INEL@ORAL
            untreatedOsa.oralOutcome INELIGIBLE: treated UNKNOWN | untreatedOsa.oralOutcome=INELIGIBLE | osa=YES-UNKNOWN | RESP-3 | RESP-3=NR@IV+IN+ORAL
            untreatedOsa.oralOutcome INELIGIBLE: apnoea UNKNOWN  | untreatedOsa.oralOutcome=INELIGIBLE | osa=UNKNOWN | RESP-3 | RESP-3=NR@IV+IN+ORAL
            untreatedOsa.oralOutcome INELIGIBLE: treated     | untreatedOsa.oralOutcome=INELIGIBLE | osa=YES | RESP-3 | RESP-3=INFO@IV+IN+ORAL
            untreatedOsa.oralOutcome INELIGIBLE: ORAL only   | untreatedOsa.oralOutcome=INELIGIBLE | mods=ORAL; osa=YES-NO | RESP-3 | RESP-3=INEL@ORAL
            untreatedOsa.oralOutcome NEEDS_REVIEW: untreated | untreatedOsa.oralOutcome=NEEDS_REVIEW | osa=YES-NO | RESP-3 | RESP-3=NR@IV+IN+ORAL
            weight.minKg 40: 39/140 below                    | weight.minKg=40 | body=39/140 | BMI-2 | BMI-2=NR
            weight.minKg 40: 40/140 at                       | weight.minKg=40 | body=40/140 | BMI-2 | none
            weight.minKg 40: 41/140 above                    | weight.minKg=40 | body=41/140 | BMI-2 | none
            weight.minKg 50: 49/150 below                    | weight.minKg=50 | body=49/150 | BMI-2 | BMI-2=NR
            weight.minKg 50: 50/150 at                       | weight.minKg=50 | body=50/150 | BMI-2 | none
            weight.minKg 50: 51/150 above                    | weight.minKg=50 | body=51/150 | BMI-2 | none
            abstain.beforeHours 12: can abstain NO           | abstain.beforeHours=12 | sub.canAbstainAroundDoses=NO | SUB-7 | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            abstain.beforeHours 72: can abstain YES          | abstain.beforeHours=72 | none | SUB-7 | none
            abstain.beforeHours 72: can abstain UNKNOWN      | abstain.beforeHours=72 | sub.canAbstainAroundDoses=UNKNOWN | SUB-7 | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            abstain.afterHours 12: can abstain NO            | abstain.afterHours=12 | sub.canAbstainAroundDoses=NO | SUB-7 | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            abstain.afterHours 48: can abstain NO            | abstain.afterHours=48 | sub.canAbstainAroundDoses=NO | SUB-7 | SUB-7=NR@IV+IN SUB-7=INEL@ORAL
            abstain.afterHours 48: can abstain YES           | abstain.afterHours=48 | none | SUB-7 | none
            """;

    record Row(String name, String profile, String changes, String rules, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rowList() {
        return ROWS.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1))
                .map(c -> new Row(c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim())).toList();
    }

    static Stream<Row> rows() {
        return rowList().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theBoundaryMovesWithTheParameter(Row row) {
        Screening screening = V2Cases.screen(row.changes(), V2Cases.profile(row.profile()));
        assertEquals(V2Cases.words(row.expected()), V2Cases.findingsOf(screening, V2Cases.rules(row.rules())),
                row.rules() + " findings; all: " + V2Cases.all(screening));
    }

    /** Every parameter of the registry has rows at both ends of its range (every value for the choice kinds). */
    @Test
    void everyParameterHasRowsAtEachEndOfItsRange() {
        Map<String, Set<String>> covered = new LinkedHashMap<>();
        for (Row row : rowList()) {
            for (String entry : row.profile().split(";")) {
                String[] p = entry.trim().split("=");
                covered.computeIfAbsent(p[0].trim(), k -> new TreeSet<>()).add(p[1].trim());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Parameter p : Parameters.ALL) {
            Spec spec = SPECS.stream().filter(s -> s.name().equals(p.name())).findFirst().orElseThrow();
            List<String> needed = spec.kind().equals("INTEGER")
                    ? List.of(String.valueOf(spec.min()), String.valueOf(spec.max())) : spec.values();
            for (String value : needed) {
                if (!covered.getOrDefault(p.name(), Set.of()).contains(value)) {
                    missing.add(p.name() + "=" + value);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    // -------------------------------------------------------------------------------- values stated

    /**
     * §9.3: "A finding whose rule reads a parameter states the value applied in its message." Integer parameters
     * moved off their default, so the number cannot come from the default text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            age.reviewFrom 70 in AGE-2                  | age.reviewFrom=70            | pat.ageYears=72                                          | AGE-2 | 70
            auditC.cutWomen 4 in ALC-1                  | auditC.cutWomen=4            | alc=2/2/1                                                | ALC-1 | 4
            auditC.highCut 9 in ALC-2                   | auditC.highCut=9             | alc=4/4/2                                                | ALC-2 | 9
            bmi.reviewFrom 37 in BMI-1                  | bmi.reviewFrom=37            | body=150/200                                             | BMI-1 | 37
            bp2.systolic 155 in BP-2                    | bp2.systolic=155             | bp=157/80                                                | BP-2  | 155
            bp2.systolic 155 in BP-1                    | bp2.systolic=155             | bp=150/80                                                | BP-1  | 155
            bp5.maxAgeDays 90 in BP-5                   | bp5.maxAgeDays=90            | bp.measuredDaysAgo=100                                   | BP-5  | 90
            cv3.windowMonths 4 in CV-3                  | cv3.windowMonths=4           | cv.heartAttackOrRevascularization={"answer":"YES","monthsAgo":2} | CV-3 | 4
            hr.bradyBelow 45 in HR-1                    | hr.bradyBelow=45             | bp.heartRate=44                                          | HR-1  | 45
            hr.reviewAbove 105 in HR-2                  | hr.reviewAbove=105           | bp.heartRate=107                                         | HR-2  | 105
            hr.ineligibleAbove 115 in HR-3              | hr.ineligibleAbove=115       | bp.heartRate=117                                         | HR-3  | 115
            psy7.oralWindowMonths 18 in PSY-7           | psy7.oralWindowMonths=18     | psy.suicidalBehaviour={"answer":"YES","monthsAgo":10}    | PSY-7 | 18
            recentFlare.windowMonths 9 in RESP-2        | recentFlare.windowMonths=9   | lung=YES; resp.recentFlareUp=YES                         | RESP-2 | 9
            spo2.reviewBelow 95 in RESP-5               | spo2.reviewBelow=95          | lung=YES; resp.restingSpo2Percent=94                     | RESP-5 | 95
            stopBang.highCut 4 in RESP-4                | stopBang.highCut=4           | sb=1/1/1/1/1                                             | RESP-4 | 4
            sub1.windowMonths 24 in SUB-1               | sub1.windowMonths=24         | misuse=18                                                | SUB-1 | 24
            sub2.remissionMonths 6 in SUB-3             | sub2.remissionMonths=6       | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":8} | SUB-3 | 6
            sub2.remissionMonths 6 in SUB-2             | sub2.remissionMonths=6       | sub.substanceUseDisorder={"status":"IN_REMISSION","monthsInRemission":4} | SUB-2 | 6
            weight.minKg 48 in BMI-2                    | weight.minKg=48              | body=47/150                                              | BMI-2 | 48
            abstain.beforeHours 36 in SUB-7             | abstain.beforeHours=36; abstain.afterHours=18 | sub.canAbstainAroundDoses=NO            | SUB-7 | 36
            abstain.afterHours 18 in SUB-7              | abstain.beforeHours=36; abstain.afterHours=18 | sub.canAbstainAroundDoses=NO            | SUB-7 | 18
            """)
    void theMessageStatesTheValueApplied(String name, String profile, String changes, String rule, String value) {
        Screening screening = V2Cases.screen(changes, V2Cases.profile(profile));
        List<Finding> findings = screening.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertFalse(findings.isEmpty(), rule + " gives a finding; all: " + V2Cases.all(screening));
        Pattern number = Pattern.compile("(?<![0-9])" + value + "(?![0-9])");
        for (Finding f : findings) {
            assertTrue(number.matcher(f.message()).find(), rule + " message states " + value + ": " + f.message());
        }
    }

    // -------------------------------------------------------------------------------- condition parameters

    /** §9.4: the two conditions with parameters carry the profile's values, keys in §9.4's order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lower ends    | abstain.beforeHours=12; abstain.afterHours=12; home2.maxSystolic=140; home2.maxDiastolic=90; home2.maxHeartRate=100; home2.minHeartRate=45 | {beforeHours=12, afterHours=12} | {maxSystolic=140, maxDiastolic=90, maxHeartRate=100, minHeartRate=45}
            upper ends    | abstain.beforeHours=72; abstain.afterHours=48; home2.maxSystolic=160; home2.maxDiastolic=100; home2.maxHeartRate=110; home2.minHeartRate=50 | {beforeHours=72, afterHours=48} | {maxSystolic=160, maxDiastolic=100, maxHeartRate=110, minHeartRate=50}
            defaults      | defaults | {beforeHours=24, afterHours=24} | {maxSystolic=140, maxDiastolic=90, maxHeartRate=100, minHeartRate=50}
            """)
    void conditionParametersFollowTheProfile(String name, String profile, String abstain, String vitals) {
        ParameterValues values = V2Cases.profile(profile);
        ActiveProfile active = new ActiveProfile("clinic-test", "1.0.0", "Test", "Test clinic", "2.0.0",
                new ActiveProfile.Approval("Dr Test", "Medical director"), "2026-12-01", List.of(Modality.values()),
                values, "0".repeat(64));
        ScreeningResponseV2 answer = ScreeningResponseV2.of(V2Cases.screen("none", values), active);
        for (ScreeningResponseV2.ModalityResultV2 m : answer.modalities()) {
            for (ScreeningResponseV2.Condition c : m.conditions()) {
                switch (c.code()) {
                    case NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE -> assertEquals(abstain, String.valueOf(c.parameters()), m.modality() + "");
                    case PRE_DOSE_VITALS_CHECK -> assertEquals(vitals, String.valueOf(c.parameters()), m.modality() + "");
                    default -> assertNull(c.parameters(), c.code() + " has no parameters");
                }
            }
            assertTrue(m.conditions().stream().anyMatch(c -> c.code() == ModalityCondition.NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE));
        }
    }
}
