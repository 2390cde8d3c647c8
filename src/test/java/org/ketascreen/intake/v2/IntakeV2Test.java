package org.ketascreen.intake.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The v2 request (api-contract §9.2) read by the one JSON reader into {@link IntakeV2} and held to its declared
 * validity: the independent reference request and every 200 scenario of {@code scenarios-v2} read valid, every row of
 * {@code errors.csv} is refused at exactly its fields, and every "asked when" holds both ways (present when not asked,
 * missing when asked, not asked under an UNKNOWN gate unless §9.2 lists UNKNOWN).
 */
class IntakeV2Test {

    static final Path DIR = Path.of("src/test/resources/scenarios-v2");
    static final JsonIntakeReader READER = new JsonIntakeReader();
    static final JsonNode REFERENCE = json(read(DIR.resolve("reference.request.json")));

    @Test
    void shouldReadTheReferenceRequestAsValid() {
        IntakeV2 intake = READER.read(Intakes.bytes(REFERENCE), IntakeV2.class);
        assertEquals(SexAssignedAtBirth.FEMALE, intake.patient().sexAssignedAtBirth());
        assertEquals(3, intake.logistics().modalities().size());
        assertEquals(AuditFrequency.MONTHLY_OR_LESS, intake.alcohol().frequency());
    }

    static Stream<String> validScenarios() {
        Set<String> errors = errorRows().map(row -> row.get()[0].toString()).collect(Collectors.toSet());
        return patches().filter(name -> !errors.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validScenarios")
    void shouldReadEveryScenarioAsValid(String scenario) {
        assertEquals(Set.of(), fields(patched(scenario)), scenario);
    }

    @Test
    void shouldHaveTheScenariosTheReadmeCounts() {
        assertEquals(119, validScenarios().count());
        assertEquals(30, errorRows().count());
    }

    static Stream<Arguments> errorRows() {
        return lines(DIR.resolve("errors.csv")).skip(1).map(line -> line.split(",", -1))
                .map(cells -> Arguments.of(cells[0], cells[1], new TreeSet<>(Arrays.asList(cells[2].split(" ")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorRows")
    void shouldRejectEachErrorRowAtExactlyItsFields(String scenario, String status, Set<String> expected) {
        assertEquals("400", status);
        assertEquals(expected, fields(patched(scenario)), scenario);
    }

    /** "Asked when" both ways, gate by gate: {@code patch} over the reference, then the fields refused (none = valid). */
    @Nested
    class AskedWhen {

        static final String TREATED = "'priorKetamine':{'treated':'YES','condition':'HEADACHE','currentlyPrescribed':'NO','helped':'YES','seriousReaction':['NONE']}";

        static Stream<Arguments> gates() {
            return Stream.of(
                    // referral.recordsConsent: ongoingClinician YES
                    gate("records consent without a treating clinician", "{'referral':{'ongoingClinician':'NO'}}", "referral.recordsConsent"),
                    gate("records consent missing with a treating clinician", "{'referral':{'recordsConsent':null}}", "referral.recordsConsent"),
                    gate("records consent under an UNKNOWN clinician", "{'referral':{'ongoingClinician':'UNKNOWN'}}", "referral.recordsConsent"),
                    gate("no records consent under an UNKNOWN clinician", "{'referral':{'ongoingClinician':'UNKNOWN','recordsConsent':null}}"),
                    // treatments.preventive[].monthsSinceLastDose: that entry's drugClass
                    gate("months since last dose on an oral preventive", "{'treatments':{'preventive':[{'drugClass':'BETA_BLOCKER','outcome':'INEFFECTIVE','monthsSinceLastDose':2}]}}",
                            "treatments.preventive[0].monthsSinceLastDose"),
                    gate("months since last dose on a CGRP entry", "{'treatments':{'preventive':[{'drugClass':'CGRP_PATHWAY','outcome':'INEFFECTIVE','monthsSinceLastDose':2}]}}"),
                    gate("months since last dose on botulinum toxin", "{'treatments':{'preventive':[{'drugClass':'ONABOTULINUMTOXIN_A','outcome':'INEFFECTIVE','monthsSinceLastDose':0}]}}"),
                    gate("no months since last dose on a CGRP entry (optional)", "{'treatments':{'preventive':[{'drugClass':'CGRP_PATHWAY','outcome':'INEFFECTIVE'}]}}"),
                    // priorKetamine: treated YES
                    gate("prior ketamine details with treated YES", "{" + TREATED + "}"),
                    gate("prior ketamine details with sessions and months", "{" + TREATED.replace("}", ",'sessions':6,'monthsSinceLast':3}") + "}"),
                    gate("prior ketamine details missing with treated YES", "{'priorKetamine':{'treated':'YES'}}",
                            "priorKetamine.condition", "priorKetamine.currentlyPrescribed", "priorKetamine.helped", "priorKetamine.seriousReaction"),
                    gate("prior ketamine details under treated UNKNOWN", "{" + TREATED.replace("'treated':'YES'", "'treated':'UNKNOWN'") + "}",
                            "priorKetamine.condition", "priorKetamine.currentlyPrescribed", "priorKetamine.helped", "priorKetamine.seriousReaction"),
                    gate("no prior ketamine details under treated UNKNOWN", "{'priorKetamine':{'treated':'UNKNOWN'}}"),
                    gate("sessions with treated NO", "{'priorKetamine':{'sessions':3,'monthsSinceLast':1}}", "priorKetamine.sessions", "priorKetamine.monthsSinceLast"),
                    // psychiatric.suicidalBehaviour.monthsAgo: answer YES, required
                    gate("suicidal behaviour YES with months", "{'psychiatric':{'suicidalBehaviour':{'answer':'YES','monthsAgo':30}}}"),
                    gate("suicidal behaviour YES without months", "{'psychiatric':{'suicidalBehaviour':{'answer':'YES'}}}", "psychiatric.suicidalBehaviour.monthsAgo"),
                    gate("suicidal behaviour UNKNOWN with months", "{'psychiatric':{'suicidalBehaviour':{'answer':'UNKNOWN','monthsAgo':30}}}",
                            "psychiatric.suicidalBehaviour.monthsAgo"),
                    gate("suicidal behaviour UNKNOWN without months", "{'psychiatric':{'suicidalBehaviour':{'answer':'UNKNOWN'}}}"),
                    // substanceUse.ketamineUseDisorder: misuse answer YES
                    gate("use disorder after misuse", "{'substanceUse':{'ketamineOrDissociativeMisuse':{'answer':'YES','monthsAgo':40},'ketamineUseDisorder':'NO'}}"),
                    gate("use disorder missing after misuse", "{'substanceUse':{'ketamineOrDissociativeMisuse':{'answer':'YES'}}}", "substanceUse.ketamineUseDisorder"),
                    gate("use disorder without misuse", "{'substanceUse':{'ketamineUseDisorder':'NO'}}", "substanceUse.ketamineUseDisorder"),
                    gate("use disorder under UNKNOWN misuse", "{'substanceUse':{'ketamineOrDissociativeMisuse':{'answer':'UNKNOWN'},'ketamineUseDisorder':'NO'}}",
                            "substanceUse.ketamineUseDisorder"),
                    gate("no use disorder under UNKNOWN misuse", "{'substanceUse':{'ketamineOrDissociativeMisuse':{'answer':'UNKNOWN'}}}"),
                    // substanceUse.cannabisPrescribed: cannabis LESS_THAN_WEEKLY, WEEKLY or DAILY_OR_ALMOST
                    gate("prescription for less-than-weekly use", "{'substanceUse':{'cannabis':'LESS_THAN_WEEKLY','cannabisPrescribed':'NO'}}"),
                    gate("prescription missing for daily use", "{'substanceUse':{'cannabis':'DAILY_OR_ALMOST'}}", "substanceUse.cannabisPrescribed"),
                    gate("prescription for no use", "{'substanceUse':{'cannabisPrescribed':'NO'}}", "substanceUse.cannabisPrescribed"),
                    gate("no prescription under UNKNOWN use", "{'substanceUse':{'cannabis':'UNKNOWN'}}"),
                    // alcohol.*: frequency not NEVER, UNKNOWN included
                    gate("alcohol follow-ups under UNKNOWN frequency", "{'alcohol':{'frequency':'UNKNOWN'}}"),
                    gate("alcohol follow-ups missing for weekly drinking", "{'alcohol':{'frequency':'TWO_TO_THREE_PER_WEEK','typicalDrinks':null,'sixOrMore':null,'withdrawalEver':null}}",
                            "alcohol.typicalDrinks", "alcohol.sixOrMore", "alcohol.withdrawalEver"),
                    gate("no alcohol follow-ups for a non-drinker", "{'alcohol':{'frequency':'NEVER','typicalDrinks':null,'sixOrMore':null,'withdrawalEver':null}}"),
                    gate("withdrawal answer for a non-drinker", "{'alcohol':{'frequency':'NEVER','typicalDrinks':null,'sixOrMore':null}}", "alcohol.withdrawalEver"),
                    // respiratory: lung follow-ups on lungCondition YES
                    gate("lung follow-ups with a lung condition", "{'respiratory':{'lungCondition':'YES','homeOxygenOrVentilator':'NO','recentFlareUp':'NO'}}"),
                    gate("lung follow-ups missing with a lung condition", "{'respiratory':{'lungCondition':'YES'}}",
                            "respiratory.homeOxygenOrVentilator", "respiratory.recentFlareUp"),
                    gate("lung follow-ups without a lung condition", "{'respiratory':{'homeOxygenOrVentilator':'NO','recentFlareUp':'NO'}}",
                            "respiratory.homeOxygenOrVentilator", "respiratory.recentFlareUp"),
                    gate("no lung follow-ups under an UNKNOWN lung condition", "{'respiratory':{'lungCondition':'UNKNOWN'}}"),
                    // sleepApnoeaTreated on YES; stopBang on NO or UNKNOWN
                    gate("treatment and no STOP-Bang with sleep apnoea", "{'respiratory':{'sleepApnoea':'YES','sleepApnoeaTreated':'YES','stopBang':null}}"),
                    gate("treatment missing and STOP-Bang given with sleep apnoea", "{'respiratory':{'sleepApnoea':'YES'}}",
                            "respiratory.sleepApnoeaTreated", "respiratory.stopBang"),
                    gate("treatment without sleep apnoea", "{'respiratory':{'sleepApnoeaTreated':'YES'}}", "respiratory.sleepApnoeaTreated"),
                    gate("treatment under UNKNOWN sleep apnoea", "{'respiratory':{'sleepApnoea':'UNKNOWN','sleepApnoeaTreated':'YES'}}", "respiratory.sleepApnoeaTreated"),
                    gate("STOP-Bang under UNKNOWN sleep apnoea", "{'respiratory':{'sleepApnoea':'UNKNOWN'}}"),
                    gate("STOP-Bang missing under UNKNOWN sleep apnoea", "{'respiratory':{'sleepApnoea':'UNKNOWN','stopBang':null}}", "respiratory.stopBang"),
                    gate("STOP-Bang missing without sleep apnoea", "{'respiratory':{'stopBang':null}}", "respiratory.stopBang"),
                    // restingSpo2Percent: lungCondition YES or sleepApnoea YES (either gate), optional
                    gate("SpO2 with a lung condition", "{'respiratory':{'lungCondition':'YES','homeOxygenOrVentilator':'NO','recentFlareUp':'NO','restingSpo2Percent':96}}"),
                    gate("SpO2 with sleep apnoea", "{'respiratory':{'sleepApnoea':'YES','sleepApnoeaTreated':'NO','stopBang':null,'restingSpo2Percent':96}}"),
                    gate("no SpO2 with sleep apnoea (optional)", "{'respiratory':{'sleepApnoea':'YES','sleepApnoeaTreated':'NO','stopBang':null}}"),
                    gate("SpO2 with neither", "{'respiratory':{'restingSpo2Percent':96}}", "respiratory.restingSpo2Percent"),
                    gate("SpO2 under UNKNOWN gates", "{'respiratory':{'lungCondition':'UNKNOWN','sleepApnoea':'UNKNOWN','restingSpo2Percent':96}}",
                            "respiratory.restingSpo2Percent"),
                    // modality gates: home on ORAL, nasalBlockage on IN, responsibleAdultAvailable on IV or IN
                    gate("oral only: home, no escort, no nose", "{'logistics':{'requestedModalities':['ORAL_MICRODOSE'],'responsibleAdultAvailable':null,'nasalBlockage':null}}"),
                    gate("oral only with escort and nose answers", "{'logistics':{'requestedModalities':['ORAL_MICRODOSE']}}",
                            "logistics.responsibleAdultAvailable", "logistics.nasalBlockage"),
                    gate("IV only: escort, no nose, no home", "{'logistics':{'requestedModalities':['IV_INFUSION'],'nasalBlockage':null},'home':null}"),
                    gate("IV only with home answers", "{'logistics':{'requestedModalities':['IV_INFUSION'],'nasalBlockage':null}}", "home"),
                    gate("IV only without escort", "{'logistics':{'requestedModalities':['IV_INFUSION'],'nasalBlockage':null,'responsibleAdultAvailable':null},'home':null}",
                            "logistics.responsibleAdultAvailable"),
                    gate("intranasal only without the nose answer", "{'logistics':{'requestedModalities':['INTRANASAL'],'nasalBlockage':null},'home':null}",
                            "logistics.nasalBlockage"),
                    gate("no requested modality asks every question", "{'logistics':{'requestedModalities':null,'nasalBlockage':null,'responsibleAdultAvailable':null},'home':null}",
                            "logistics.responsibleAdultAvailable", "logistics.nasalBlockage", "home"),
                    gate("an empty request list asks every question", "{'logistics':{'requestedModalities':[]}}"),
                    gate("an unreadable modality leaves the modality gates undecided", "{'logistics':{'requestedModalities':['IV_INFUSION','TELEPATHY']}}",
                            "logistics.requestedModalities[1]"));
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @MethodSource("gates")
        void shouldAskEachQuestionOnlyWhenItsGateHolds(String name, String patch, Set<String> expected) {
            assertEquals(expected, fields(MergePatch.apply(REFERENCE, json(patch.replace('\'', '"')))), name);
        }
    }

    /** The other v2 validity of §9.2, rows at and beyond each bound. */
    @Nested
    class Ranges {

        static Stream<Arguments> bounds() {
            String treated = "'priorKetamine':{'treated':'YES','condition':'OTHER','currentlyPrescribed':'NO','helped':'NO','seriousReaction':";
            return Stream.of(
                    gate("weight 25 kg, height 100 cm", "{'patient':{'body':{'weightKg':25,'heightCm':100}}}"),
                    gate("weight 350 kg, height 250 cm", "{'patient':{'body':{'weightKg':350,'heightCm':250}}}"),
                    gate("weight 351 kg, height 99 cm", "{'patient':{'body':{'weightKg':351,'heightCm':99}}}", "patient.body.weightKg", "patient.body.heightCm"),
                    gate("height 251 cm", "{'patient':{'body':{'heightCm':251}}}", "patient.body.heightCm"),
                    gate("height without weight", "{'patient':{'body':{'weightKg':null}}}", "patient.body.weightKg"),
                    gate("no body (not known)", "{'patient':{'body':null}}"),
                    gate("sex missing", "{'patient':{'sexAssignedAtBirth':null}}", "patient.sexAssignedAtBirth"),
                    gate("heart rate 20 and 250 bounds", "{'cardiovascular':{'bloodPressure':{'heartRate':20,'irregularSymbol':'YES'}}}"),
                    gate("heart rate 19", "{'cardiovascular':{'bloodPressure':{'heartRate':19}}}", "cardiovascular.bloodPressure.heartRate"),
                    gate("a reading without a pulse", "{'cardiovascular':{'bloodPressure':{'heartRate':null}}}"),
                    gate("a pulse without systolic", "{'cardiovascular':{'bloodPressure':{'systolic':null}}}", "cardiovascular.bloodPressure.systolic"),
                    gate("diastolic not below systolic", "{'cardiovascular':{'bloodPressure':{'systolic':100,'diastolic':100}}}", "cardiovascular.bloodPressure.diastolic"),
                    gate("SpO2 50", "{'respiratory':{'lungCondition':'YES','homeOxygenOrVentilator':'NO','recentFlareUp':'NO','restingSpo2Percent':50}}"),
                    gate("SpO2 49", "{'respiratory':{'lungCondition':'YES','homeOxygenOrVentilator':'NO','recentFlareUp':'NO','restingSpo2Percent':49}}",
                            "respiratory.restingSpo2Percent"),
                    gate("SpO2 101", "{'respiratory':{'lungCondition':'YES','homeOxygenOrVentilator':'NO','recentFlareUp':'NO','restingSpo2Percent':101}}",
                            "respiratory.restingSpo2Percent"),
                    gate("sessions 1 and 1000, months 0 and 1200", "{" + treated + "['NONE'],'sessions':1,'monthsSinceLast':0}}"),
                    gate("sessions 1000, months 1200", "{" + treated + "['UNKNOWN'],'sessions':1000,'monthsSinceLast':1200}}"),
                    gate("sessions 0, months 1201", "{" + treated + "['NONE'],'sessions':0,'monthsSinceLast':1201}}",
                            "priorKetamine.sessions", "priorKetamine.monthsSinceLast"),
                    gate("sessions 1001", "{" + treated + "['NONE'],'sessions':1001}}", "priorKetamine.sessions"),
                    gate("several reactions", "{" + treated + "['ALLERGIC','LIVER','OTHER_SERIOUS']}}"),
                    gate("a reaction twice", "{" + treated + "['ALLERGIC','ALLERGIC']}}", "priorKetamine.seriousReaction"),
                    gate("UNKNOWN with a reaction", "{" + treated + "['LIVER','UNKNOWN']}}", "priorKetamine.seriousReaction"),
                    gate("NONE with UNKNOWN", "{" + treated + "['NONE','UNKNOWN']}}", "priorKetamine.seriousReaction"),
                    gate("no reaction list entry null", "{" + treated + "['NONE',null]}}", "priorKetamine.seriousReaction[1]"),
                    gate("months since last dose 1201", "{'treatments':{'preventive':[{'drugClass':'CGRP_PATHWAY','outcome':'ONGOING','monthsSinceLastDose':1201}]}}",
                            "treatments.preventive[0].monthsSinceLastDose"),
                    gate("suicidal behaviour months 1201", "{'psychiatric':{'suicidalBehaviour':{'answer':'YES','monthsAgo':1201}}}",
                            "psychiatric.suicidalBehaviour.monthsAgo"),
                    gate("a duplicate requested modality", "{'logistics':{'requestedModalities':['INTRANASAL','INTRANASAL','ORAL_MICRODOSE']}}",
                            "logistics.requestedModalities"),
                    gate("a v1 misuse answer", "{'substanceUse':{'ketamineOrDissociativeMisuse':'NO'}}", "substanceUse.ketamineOrDissociativeMisuse"),
                    gate("a null gated answer", "{'alcohol':{'withdrawalEver':null,'sixOrMore':null}}", "alcohol.withdrawalEver", "alcohol.sixOrMore"),
                    gate("an unknown v2 member", "{'respiratory':{'cpap':'YES'}}", "respiratory.cpap"),
                    gate("age at onset above age", "{'headache':{'ageAtOnsetYears':39}}", "headache.ageAtOnsetYears"));
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @MethodSource("bounds")
        void shouldHoldEachValueToItsRange(String name, String patch, Set<String> expected) {
            assertEquals(expected, fields(MergePatch.apply(REFERENCE, json(patch.replace('\'', '"')))), name);
        }
    }

    @Test
    void shouldSayWhyAQuestionIsNotAsked() {
        List<Violation> violations = violations(MergePatch.apply(REFERENCE, json("""
                {"alcohol": {"frequency": "NEVER"}, "respiratory": {"restingSpo2Percent": 95},
                 "logistics": {"requestedModalities": ["IV_INFUSION"]}, "referral": {"recordsConsent": null}}""")));
        assertEquals(List.of(
                new Violation("referral.recordsConsent", "is required"),
                new Violation("alcohol.typicalDrinks", "is only allowed when frequency is MONTHLY_OR_LESS or TWO_TO_FOUR_PER_MONTH"
                        + " or TWO_TO_THREE_PER_WEEK or FOUR_OR_MORE_PER_WEEK or UNKNOWN"),
                new Violation("alcohol.sixOrMore", "is only allowed when frequency is MONTHLY_OR_LESS or TWO_TO_FOUR_PER_MONTH"
                        + " or TWO_TO_THREE_PER_WEEK or FOUR_OR_MORE_PER_WEEK or UNKNOWN"),
                new Violation("alcohol.withdrawalEver", "is only allowed when frequency is MONTHLY_OR_LESS or TWO_TO_FOUR_PER_MONTH"
                        + " or TWO_TO_THREE_PER_WEEK or FOUR_OR_MORE_PER_WEEK or UNKNOWN"),
                new Violation("respiratory.restingSpo2Percent", "is only allowed when lungCondition is YES or sleepApnoea is YES"),
                new Violation("logistics.nasalBlockage", "is only allowed when INTRANASAL is screened"),
                new Violation("home", "is only allowed when ORAL_MICRODOSE is screened")), violations);
    }

    /**
     * Hibernate Validator, the oracle of the annotations, decides every request Jackson can bind as
     * {@link org.ketascreen.intake.IntakeValidity} does, the modality gate aside: {@link org.ketascreen.intake.AskedWhenScreened}
     * is no Bean Validation constraint (a field constraint cannot see the screened modalities at the root).
     */
    static Stream<Arguments> everyRequest() {
        Stream<Arguments> scenarios = patches().map(name -> Arguments.of(name, patched(name)));
        Stream<Arguments> rows = Stream.concat(AskedWhen.gates(), Ranges.bounds())
                .map(row -> Arguments.of(row.get()[0], MergePatch.apply(REFERENCE, json(row.get()[1].toString().replace('\'', '"')))));
        // a request plain Jackson cannot bind (UNSURE, a v1-style answer, an unknown property or modality) is a
        // syntax error, the reader's alone: it is judged by the reader tests above, not here
        return Stream.concat(scenarios, rows).filter(arguments -> bindable((JsonNode) arguments.get()[1]));
    }

    private static boolean bindable(JsonNode request) {
        try {
            Intakes.JSON.convertValue(request, IntakeV2.class);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static final Set<String> MODALITY_GATED = Set.of("home", "logistics.responsibleAdultAvailable", "logistics.nasalBlockage");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequest")
    void shouldDecideAsHibernateValidatorDoes(String name, JsonNode request) {
        IntakeV2 intake = Intakes.JSON.convertValue(request, IntakeV2.class);
        Set<String> byHibernate = Intakes.VALIDATOR.validate(intake).stream().map(IntakeV2Test::path)
                .filter(p -> !MODALITY_GATED.contains(p)).collect(Collectors.toCollection(TreeSet::new));
        var found = org.ketascreen.intake.IntakeValidity.check(intake);
        Set<String> byIntakeValidity = found.isEmpty() ? new TreeSet<>() : found.exception().violations().stream()
                .map(Violation::field).filter(p -> !MODALITY_GATED.contains(p)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(byHibernate, byIntakeValidity, name);
    }

    /** A violation's path in the request's notation (as IntakeValidityTest writes it). */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN || node.getName() == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.toString();
    }

    @Test
    void shouldReportAnUnreadableModalityGatedAnswerOnce() {
        List<Violation> violations = violations(MergePatch.apply(REFERENCE, json("""
                {"logistics": {"nasalBlockage": "MAYBE", "responsibleAdultAvailable": null}}""")));
        assertEquals(List.of("logistics.responsibleAdultAvailable is required",
                "logistics.nasalBlockage must be one of: YES, NO, UNKNOWN"),
                violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    static Arguments gate(String name, String patch, String... fields) {
        return Arguments.of(name, patch, new TreeSet<>(Arrays.asList(fields)));
    }

    static JsonNode patched(String scenario) {
        return MergePatch.apply(REFERENCE, json(read(DIR.resolve(scenario + ".patch.json"))));
    }

    /** The fields the reader refuses, none when it reads the request (and {@link org.ketascreen.intake.IntakeValidity#check} agrees). */
    static Set<String> fields(JsonNode request) {
        return violations(request).stream().map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Violation> violations(JsonNode request) {
        try {
            IntakeV2 intake = READER.read(Intakes.bytes(request), IntakeV2.class);
            assertTrue(org.ketascreen.intake.IntakeValidity.check(intake).isEmpty(), "a record the reader accepts is valid");
            return List.of();
        } catch (InvalidIntakeException e) {
            return e.violations();
        }
    }

    static Stream<String> patches() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".patch.json"))
                    .map(f -> f.substring(0, f.length() - ".patch.json".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> lines(Path file) {
        return Arrays.stream(read(file).split("\n")).map(String::strip).filter(l -> !l.isEmpty());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return Intakes.JSON.readTree(text);
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }
}
