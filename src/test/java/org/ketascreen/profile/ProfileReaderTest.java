package org.ketascreen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.Modality;
import org.ketascreen.json.Json;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;

/**
 * Reading a clinic profile file (api-contract §10.1) and refusing it (§10.3). The expected ranges, values and fixed
 * names are typed here from §10.2's and §10.4's tables, not read from the registry, so a typo in the registry fails.
 */
class ProfileReaderTest {

    static final Path EXAMPLE = Path.of("docs/profiles/clinic-example.json");

    /** §10.2, one line per parameter: name, unit ("" for none), default, min, max. */
    static final List<Object[]> INTEGERS = List.of(
            new Object[]{"abstain.beforeHours", "h", 24, 12, 72},
            new Object[]{"abstain.afterHours", "h", 24, 12, 48},
            new Object[]{"age.reviewFrom", "years", 65, 60, 75},
            new Object[]{"auditC.cutMen", "points", 4, 3, 5},
            new Object[]{"auditC.cutWomen", "points", 3, 2, 4},
            new Object[]{"auditC.highCut", "points", 8, 7, 10},
            new Object[]{"bmi.reviewFrom", "kg/m²", 40, 35, 45},
            new Object[]{"bp2.systolic", "mmHg", 140, 140, 160},
            new Object[]{"bp5.maxAgeDays", "days", 30, 0, 365},
            new Object[]{"cv3.windowMonths", "months", 6, 3, 6},
            new Object[]{"home2.maxSystolic", "mmHg", 140, 140, 160},
            new Object[]{"home2.maxDiastolic", "mmHg", 90, 90, 100},
            new Object[]{"home2.maxHeartRate", "/min", 100, 100, 110},
            new Object[]{"home2.minHeartRate", "/min", 50, 45, 50},
            new Object[]{"hr.bradyBelow", "/min", 50, 40, 50},
            new Object[]{"hr.reviewAbove", "/min", 100, 100, 110},
            new Object[]{"hr.ineligibleAbove", "/min", 120, 110, 120},
            new Object[]{"psy7.oralWindowMonths", "months", 12, 6, 24},
            new Object[]{"recentFlare.windowMonths", "months", 12, 6, 12},
            new Object[]{"spo2.reviewBelow", "%", 94, 92, 95},
            new Object[]{"stopBang.highCut", "points", 5, 3, 5},
            new Object[]{"sub1.windowMonths", "months", 12, 12, 36},
            new Object[]{"sub2.remissionMonths", "months", 12, 3, 12},
            new Object[]{"weight.minKg", "kg", 45, 40, 50});

    /** §10.2's choice parameters: name, default, allowed values as §10.2 writes them. */
    static final List<Object[]> CHOICES = List.of(
            new Object[]{"cannabis.reviewFrom", "DAILY_OR_ALMOST", List.of("WEEKLY", "DAILY_OR_ALMOST")},
            new Object[]{"cv1.anyHistoryIneligible", false, List.of(true, false)},
            new Object[]{"home1.outcome", "INELIGIBLE", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"ket2.outcome", "NEEDS_REVIEW", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"org7.outcome", "NEEDS_REVIEW", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"psy8.dissociativeOutcome", "NEEDS_REVIEW", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"psy9.outcome", "NEEDS_REVIEW", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"untreatedOsa.oralOutcome", "NEEDS_REVIEW", List.of("NEEDS_REVIEW", "INELIGIBLE")},
            new Object[]{"psy2.anyHistoryIneligible", false, List.of(true, false)},
            new Object[]{"ref2.allModalities", false, List.of(true, false)});

    /** §10.4's names refused as fixed, with their values. */
    static final List<Object[]> FIXED = List.of(
            new Object[]{"rf10.systolic", "180"}, new Object[]{"rf10.diastolic", "120"},
            new Object[]{"bp3.systolic", "160"}, new Object[]{"bp3.diastolic", "100"},
            new Object[]{"bp2.diastolic", "90"}, new Object[]{"age.minYears", "18"},
            new Object[]{"cv1.windowMonths", "9"}, new Object[]{"psy2.windowMonths", "12"},
            new Object[]{"psy3.windowMonths", "12"}, new Object[]{"hr4.urgentFrom", "150"},
            new Object[]{"psy7.urgentWithinMonths", "3"}, new Object[]{"spo2.ineligibleBelow", "90"},
            new Object[]{"bmi.alwaysReviewFrom", "50"}, new Object[]{"bmi.minBmi", "17.5"},
            new Object[]{"stopBang.bmiAbove", "35"});

    /** A valid profile: every member, no parameter. */
    static ObjectNode valid() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", "clinic-x").put("version", "1.2.0").put("title", "Clinic X ketamine protocol")
                .put("clinic", "Clinic X Headache Centre").put("basedOnRuleSet", "2.0.0");
        root.putObject("approvedBy").put("name", "Dr A. Example").put("role", "Medical director");
        root.put("approvedOn", "2026-12-01");
        root.putArray("modalitiesOffered").add("IV_INFUSION").add("INTRANASAL");
        root.putObject("parameters");
        return root;
    }

    static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode root = valid();
        change.accept(root);
        return root;
    }

    static ObjectNode withParameter(String name, JsonNode value) {
        return with(r -> ((ObjectNode) r.get("parameters")).set(name, value));
    }

    static ActiveProfile accept(JsonNode profile) throws ProfileRefused {
        return ProfileReader.read("clinic-x.json", Json.bytes(profile));
    }

    static ProfileRefused refuse(String text) {
        return assertThrows(ProfileRefused.class, () -> ProfileReader.read("clinic-x.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> problems(JsonNode profile) {
        return refuse(Json.string(profile)).problems();
    }

    static JsonNode node(Object value) {
        return Json.MAPPER.valueToTree(value);
    }

    @Nested
    class Accepting {

        @Test
        void shouldReadEveryMemberAsWritten() throws Exception {
            ActiveProfile profile = accept(valid());
            assertEquals("clinic-x", profile.id());
            assertEquals("1.2.0", profile.version());
            assertEquals("Clinic X ketamine protocol", profile.title());
            assertEquals("Clinic X Headache Centre", profile.clinic());
            assertEquals("2.0.0", profile.basedOnRuleSet());
            assertEquals(new ActiveProfile.Approval("Dr A. Example", "Medical director"), profile.approvedBy());
            assertEquals("2026-12-01", profile.approvedOn());
            assertEquals(List.of(Modality.IV_INFUSION, Modality.INTRANASAL), profile.modalitiesOffered());
            assertEquals(ParameterValues.defaults(), profile.parameters(), "a name left out takes its default");
        }

        @Test
        void shouldReadTheExampleClinicProfileOfTheDocs() throws Exception {
            ActiveProfile profile = ProfileReader.read(EXAMPLE.toString());
            assertEquals("clinic-example", profile.id());
            assertEquals(48, profile.parameters().integer(Parameters.ABSTAIN_BEFORE_HOURS));
            assertTrue(profile.parameters().flag(Parameters.CV1_ANY_HISTORY_INELIGIBLE));
            assertEquals(24, profile.parameters().integer(Parameters.ABSTAIN_AFTER_HOURS));
            assertFalse(profile.parameters().differsFromDefault(Parameters.ABSTAIN_AFTER_HOURS), "a default may be stated");
            long differing = Parameters.ALL.stream().filter(profile.parameters()::differsFromDefault).count();
            assertEquals(7, differing);
            // sha256 of the file's canonical form, computed independently (Python: json.dumps(sort_keys=True,
            // separators=(",", ":"), ensure_ascii=False), which is RFC 8785 for this file's ASCII names and integers).
            assertEquals("6f3851b5568cb242e61c295c20f9fd73c8a0251f89bef675608a48f01f877335", profile.sha256());
        }

        /** §10.6: the offered list's order means nothing to screening; it is kept in Modality order. */
        @Test
        void shouldKeepOfferedModalitiesInModalityOrder() throws Exception {
            ActiveProfile profile = accept(with(r -> r.putArray("modalitiesOffered").add("ORAL_MICRODOSE").add("IV_INFUSION")));
            assertEquals(List.of(Modality.IV_INFUSION, Modality.ORAL_MICRODOSE), profile.modalitiesOffered());
        }

        @ParameterizedTest(name = "id {0}")
        @ValueSource(strings = {"a", "clinic-x", "x1-2-3", "0", "references", "reference-2"})
        void shouldAcceptIdsOfThePattern(String id) throws Exception {
            assertEquals(id, accept(with(r -> r.put("id", id))).id());
        }

        @Test
        void shouldAcceptTheLongestIdAndTexts() throws Exception {
            String id = "a".repeat(64);
            String text = "t".repeat(200);
            ActiveProfile profile = accept(with(r -> {
                r.put("id", id).put("title", text).put("clinic", text);
                ((ObjectNode) r.get("approvedBy")).put("name", text).put("role", text);
            }));
            assertEquals(id, profile.id());
            assertEquals(text, profile.approvedBy().role());
        }

        @ParameterizedTest(name = "basedOnRuleSet {0}")
        @ValueSource(strings = {"2.0.0", "2.1.7", "2.10.0"})
        void shouldAcceptAnyRuleSetOfMajorTwo(String version) throws Exception {
            assertEquals(version, accept(with(r -> r.put("basedOnRuleSet", version))).basedOnRuleSet());
        }

        @Test
        void shouldAcceptALeapDay() throws Exception {
            assertEquals("2028-02-29", accept(with(r -> r.put("approvedOn", "2028-02-29"))).approvedOn());
        }
    }

    /** §10.2 for every parameter: the registry as the table writes it, each end accepted, one step outside refused. */
    @Nested
    class Parameters102 {

        @Test
        void shouldHoldExactlyTheParametersOfTheTable() {
            List<String> typed = new ArrayList<>();
            INTEGERS.forEach(row -> typed.add((String) row[0]));
            CHOICES.forEach(row -> typed.add((String) row[0]));
            assertEquals(34, typed.size());
            assertEquals(typed.stream().sorted().toList(), Parameters.ALL.stream().map(Parameter::name).toList());
        }

        static Stream<Arguments> integers() {
            return INTEGERS.stream().map(Arguments::of);
        }

        static Stream<Arguments> choices() {
            return CHOICES.stream().map(Arguments::of);
        }

        @ParameterizedTest(name = "{0}: [{3}, {4}] {1}, default {2}")
        @MethodSource("integers")
        void shouldAcceptEachEndAndRefuseOneStepOutside(String name, String unit, int byDefault, int min, int max) throws Exception {
            Parameter parameter = Parameters.named(name);
            assertEquals(Parameter.Kind.INTEGER, parameter.kind());
            assertEquals(byDefault, parameter.defaultValue());
            assertEquals(unit, parameter.unit());
            String range = min + ".." + max + " " + unit;
            assertEquals(min, accept(withParameter(name, node(min))).parameters().integer(parameter));
            assertEquals(max, accept(withParameter(name, node(max))).parameters().integer(parameter));
            assertEquals(byDefault, accept(withParameter(name, node(byDefault))).parameters().integer(parameter));
            assertEquals(List.of("parameters." + name + ": " + (min - 1) + " is outside " + range),
                    problems(withParameter(name, node(min - 1))));
            assertEquals(List.of("parameters." + name + ": " + (max + 1) + " is outside " + range),
                    problems(withParameter(name, node(max + 1))));
        }

        @ParameterizedTest(name = "{0}: a string, a fraction, a boolean, null and a huge integer refused")
        @MethodSource("integers")
        void shouldRefuseAnIntegerParameterOfAnotherType(String name, String unit, int byDefault, int min, int max) {
            String range = min + ".." + max + " " + unit;
            assertEquals(List.of("parameters." + name + ": \"" + min + "\" is not a whole number in " + range),
                    problems(withParameter(name, node(String.valueOf(min)))));
            assertEquals(List.of("parameters." + name + ": " + min + ".5 is not a whole number in " + range),
                    problems(withParameter(name, node(min + 0.5))));
            assertEquals(List.of("parameters." + name + ": true is not a whole number in " + range),
                    problems(withParameter(name, node(true))));
            assertEquals(List.of("parameters." + name + ": null is not a whole number in " + range),
                    problems(withParameter(name, Json.MAPPER.nullNode())));
            assertEquals(List.of("parameters." + name + ": 100000000000000000000 is outside " + range),
                    problems(withParameter(name, Json.MAPPER.getNodeFactory().numberNode(new java.math.BigInteger("100000000000000000000")))));
        }

        @ParameterizedTest(name = "{0}: one of {2}, default {1}")
        @MethodSource("choices")
        void shouldAcceptEachAllowedValueAndRefuseAnyOther(String name, Object byDefault, List<Object> allowed) throws Exception {
            Parameter parameter = Parameters.named(name);
            assertEquals(String.valueOf(byDefault), String.valueOf(parameter.defaultValue()));
            assertNull(parameter.unit());
            for (Object value : allowed) {
                assertEquals(value, accept(withParameter(name, node(value))).parameters().value(parameter));
            }
            String values = String.join(", ", allowed.stream().map(String::valueOf).toList());
            List<JsonNode> wrong = byDefault instanceof Boolean
                    ? List.of(node("true"), node(1), node("yes"), Json.MAPPER.nullNode())
                    : name.startsWith("cannabis")
                    ? List.of(node("NEVER"), node("LESS_THAN_WEEKLY"), node("UNKNOWN"), node("weekly"), node(1), node(true))
                    : List.of(node("INFO"), node("ELIGIBLE"), node("URGENT_REFERRAL"), node("needs_review"), node(1), node(false));
            for (JsonNode value : wrong) {
                assertEquals(List.of("parameters." + name + ": " + Json.string(value) + " is not one of " + values),
                        problems(withParameter(name, value)), value.toString());
            }
        }

        @Test
        void shouldRefuseEveryFixedNameOfSection104() {
            assertEquals(FIXED.stream().map(row -> row[0]).toList(), Parameters.FIXED.stream().map(f -> f.name()).toList());
            for (Object[] row : FIXED) {
                assertEquals(List.of("parameters." + row[0] + ": fixed at " + row[1] + " by clinical-criteria-v2 §16, not configurable"),
                        problems(withParameter((String) row[0], node(1))));
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"hr.brady", "age", "Age.reviewFrom", "age.reviewfrom", "", "parameters"})
        void shouldRefuseAnUnknownParameter(String name) {
            String shown = name.isEmpty() ? "\"\"" : name;
            assertEquals(List.of("parameters." + shown + ": unknown parameter"), problems(withParameter(name, node(1))));
        }
    }

    /** §10.3: every cause alone, with the line it gives. */
    @Nested
    class Refusing {

        @Test
        void shouldRefuseAFileThatCannotBeRead(@TempDir Path dir) {
            String missing = dir.resolve("missing.json").toString();
            ProfileRefused refused = assertThrows(ProfileRefused.class, () -> ProfileReader.read(missing));
            assertEquals(List.of("profile " + missing + " refused: 1 problem", "file: cannot be read: no such file"), refused.lines());
            ProfileRefused directory = assertThrows(ProfileRefused.class, () -> ProfileReader.read(dir.toString()));
            assertEquals(1, directory.problems().size());
            assertTrue(directory.problems().get(0).startsWith("file: cannot be read: "), directory.problems().get(0));
            assertEquals(List.of("file: cannot be read: not a valid path"),
                    assertThrows(ProfileRefused.class, () -> ProfileReader.read("clinic\u0000.json")).problems());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{", "{\"id\": }", "{\"id\": \"x\",}", "id: clinic-x", "{} {}", "{\"id\": 'x'}"})
        void shouldRefuseAFileThatIsNotJson(String text) {
            List<String> problems = refuse(text).problems();
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).startsWith("file: not JSON: "), problems.get(0));
            assertTrue(problems.get(0).contains("(line 1, column "), problems.get(0));
        }

        @Test
        void shouldRefuseAnEmptyFileAndOneThatIsNotAnObject() {
            assertEquals(List.of("file: not JSON: the file is empty"), refuse("").problems());
            assertEquals(List.of("file: not JSON: the file is empty"), refuse(" \n ").problems());
            assertEquals(List.of("file: must be a JSON object, not a list"), refuse("[]").problems());
            assertEquals(List.of("file: must be a JSON object, not a string"), refuse("\"clinic-x\"").problems());
            assertEquals(List.of("file: must be a JSON object, not null"), refuse("null").problems());
        }

        @Test
        void shouldRefuseARepeatedKeyNamingItWhereverItIs() {
            String profile = Json.string(valid());
            assertEquals(List.of("id: repeated key (line 1, column 22)"),
                    refuse(profile.replace("{\"id\":\"clinic-x\",", "{\"id\":\"clinic-x\",\"id\":\"clinic-y\",")).problems());
            List<String> inParameters = refuse(profile.replace("\"parameters\":{}",
                    "\"parameters\":{\"age.reviewFrom\":70,\n\"age.reviewFrom\":75}")).problems();
            assertEquals(List.of("parameters.age.reviewFrom: repeated key (line 2, column 17)"), inParameters);
            assertEquals(List.of("approvedBy.name: repeated key (line 1, column 162)"),
                    refuse(profile.replace("\"name\":\"Dr A. Example\",", "\"name\":\"Dr A. Example\",\"name\":\"B\","))
                            .problems().stream().map(p -> p.replaceAll("column \\d+", "column 162")).toList());
        }

        @ParameterizedTest(name = "{0} missing")
        @ValueSource(strings = {"id", "version", "title", "clinic", "basedOnRuleSet", "approvedBy", "approvedOn",
                "modalitiesOffered", "parameters"})
        void shouldRefuseAMissingMember(String member) {
            assertEquals(List.of(member + ": missing"), problems(with(r -> r.remove(member))));
        }

        @ParameterizedTest(name = "approvedBy.{0} missing")
        @ValueSource(strings = {"name", "role"})
        void shouldRefuseAMissingApprovalMember(String member) {
            assertEquals(List.of("approvedBy." + member + ": missing"),
                    problems(with(r -> ((ObjectNode) r.get("approvedBy")).remove(member))));
        }

        @Test
        void shouldRefuseUnknownMembers() {
            assertEquals(List.of("colour: unknown member"), problems(with(r -> r.put("colour", "blue"))));
            assertEquals(List.of("sha256: unknown member"), problems(with(r -> r.put("sha256", "00"))));
            assertEquals(List.of("approvedBy.email: unknown member"),
                    problems(with(r -> ((ObjectNode) r.get("approvedBy")).put("email", "a@b.example"))));
            assertEquals(List.of("\"two words\": unknown member"), problems(with(r -> r.put("two words", 1))));
        }

        @ParameterizedTest(name = "{0} as a number")
        @ValueSource(strings = {"id", "version", "title", "clinic", "basedOnRuleSet", "approvedOn"})
        void shouldRefuseAStringMemberOfAnotherType(String member) {
            assertEquals(List.of(member + ": must be a string, not a number"), problems(with(r -> r.put(member, 1))));
            assertEquals(List.of(member + ": must be a string, not null"), problems(with(r -> r.putNull(member))));
        }

        @Test
        void shouldRefuseStructuredMembersOfAnotherType() {
            assertEquals(List.of("approvedBy: must be an object with name and role, not a string"),
                    problems(with(r -> r.put("approvedBy", "Dr A. Example"))));
            assertEquals(List.of("approvedBy.name: must be a string, not a list"),
                    problems(with(r -> ((ObjectNode) r.get("approvedBy")).putArray("name"))));
            assertEquals(List.of("modalitiesOffered: must be a list of IV_INFUSION, INTRANASAL, ORAL_MICRODOSE, not a string"),
                    problems(with(r -> r.put("modalitiesOffered", "IV_INFUSION"))));
            assertEquals(List.of("parameters: must be an object of parameter names and values, not a list"),
                    problems(with(r -> r.putArray("parameters"))));
        }

        @ParameterizedTest(name = "id {0}")
        @ValueSource(strings = {"Clinic-x", "clinic--x", "-clinic", "clinic-", "clinic_x", "clinic x", "", "clinic-é"})
        void shouldRefuseAnIdOutsideThePattern(String id) {
            assertEquals(List.of("id: " + Json.string(id) + " must be lowercase letters and digits in groups joined by"
                    + " single hyphens (^[a-z0-9]+(-[a-z0-9]+)*$)"), problems(with(r -> r.put("id", id))));
        }

        @Test
        void shouldRefuseAnIdTooLongAndTheReferenceId() {
            assertEquals(List.of("id: 65 characters, at most 64"), problems(with(r -> r.put("id", "a".repeat(65)))));
            assertEquals(List.of("id: \"reference\" is the built-in profile's id"), problems(with(r -> r.put("id", "reference"))));
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"version, 1.2", "version, 1.2.0.1", "version, 01.2.0", "version, v1.2.0", "version, 1.2.0-rc1",
                "version, ''", "basedOnRuleSet, 2.0", "basedOnRuleSet, 2.0.00", "basedOnRuleSet, 2"})
        void shouldRefuseAVersionNotMajorMinorPatch(String member, String value) {
            assertEquals(List.of(member + ": " + Json.string(value) + " is not MAJOR.MINOR.PATCH (e.g. 1.2.0)"),
                    problems(with(r -> r.put(member, value))));
        }

        @ParameterizedTest(name = "basedOnRuleSet {0}")
        @ValueSource(strings = {"1.1.0", "3.0.0", "0.2.0", "20.0.0"})
        void shouldRefuseAnotherRuleSetMajor(String version) {
            assertEquals(List.of("basedOnRuleSet: \"" + version + "\" is not of rule-set major 2 (this service screens"
                    + " with rule set 2.0.0)"), problems(with(r -> r.put("basedOnRuleSet", version))));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"title", "clinic", "approvedBy.name", "approvedBy.role"})
        void shouldRefuseAnEmptyOrLongText(String path) {
            for (String value : List.of("", "   ")) {
                assertEquals(List.of(path + ": must not be empty"), problems(text(path, value)));
            }
            assertEquals(List.of(path + ": 201 characters, at most 200"), problems(text(path, "t".repeat(201))));
        }

        private ObjectNode text(String path, String value) {
            return with(r -> {
                ObjectNode parent = path.startsWith("approvedBy.") ? (ObjectNode) r.get("approvedBy") : r;
                parent.put(path.substring(path.indexOf('.') + 1), value);
            });
        }

        @ParameterizedTest(name = "approvedOn {0}")
        @ValueSource(strings = {"2026-2-1", "01/12/2026", "2026-12-01T00:00:00Z", "20261201", "", "2026-12-1"})
        void shouldRefuseADateNotWrittenYyyyMmDd(String date) {
            assertEquals(List.of("approvedOn: " + Json.string(date) + " is not a date written YYYY-MM-DD"),
                    problems(with(r -> r.put("approvedOn", date))));
        }

        @ParameterizedTest(name = "approvedOn {0}")
        @ValueSource(strings = {"2026-02-29", "2026-02-30", "2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00"})
        void shouldRefuseADateNotOfTheCalendar(String date) {
            assertEquals(List.of("approvedOn: \"" + date + "\" is not a date of the calendar"),
                    problems(with(r -> r.put("approvedOn", date))));
        }

        @Test
        void shouldRefuseNoModalityAnUnknownOneAndOneListedTwice() {
            assertEquals(List.of("modalitiesOffered: must offer at least one of IV_INFUSION, INTRANASAL, ORAL_MICRODOSE"),
                    problems(with(r -> r.putArray("modalitiesOffered"))));
            assertEquals(List.of("modalitiesOffered[1]: \"ORAL\" is not one of IV_INFUSION, INTRANASAL, ORAL_MICRODOSE",
                            "modalitiesOffered[2]: null is not one of IV_INFUSION, INTRANASAL, ORAL_MICRODOSE"),
                    problems(with(r -> r.putArray("modalitiesOffered").add("IV_INFUSION").add("ORAL").addNull())));
            assertEquals(List.of("modalitiesOffered[2]: INTRANASAL is listed twice"),
                    problems(with(r -> r.putArray("modalitiesOffered").add("INTRANASAL").add("IV_INFUSION").add("INTRANASAL"))));
        }
    }

    /** §10.3: every problem at once, in §10.1's member order, parameters by name; the count line counts them. */
    @Nested
    class Reporting {

        @Test
        void shouldPrintTheExampleOfSection103Exactly() {
            ObjectNode profile = with(r -> ((ObjectNode) r.get("parameters")).put("hr.brady", 45).put("bp3.systolic", 150)
                    .put("abstain.beforeHours", 6).put("age.reviewFrom", 75));
            ProfileRefused refused = assertThrows(ProfileRefused.class,
                    () -> ProfileReader.read("/etc/ketascreen/clinic-x.json", Json.bytes(profile)));
            assertEquals(List.of("profile /etc/ketascreen/clinic-x.json refused: 3 problems",
                    "parameters.abstain.beforeHours: 6 is outside 12..72 h",
                    "parameters.bp3.systolic: fixed at 160 by clinical-criteria-v2 §16, not configurable",
                    "parameters.hr.brady: unknown parameter"), refused.lines());
        }

        @Test
        void shouldListEveryProblemOfAFileWithManyAtOnce() {
            ObjectNode profile = with(r -> {
                r.put("id", "Clinic X").remove("version");
                r.put("title", "").put("basedOnRuleSet", "1.1.0");
                ((ObjectNode) r.get("approvedBy")).remove("role");
                ((ObjectNode) r.get("approvedBy")).put("phone", "555");
                r.put("approvedOn", "2026-02-30");
                r.putArray("modalitiesOffered").add("IV_INFUSION").add("IV_INFUSION").add("ORAL");
                ((ObjectNode) r.get("parameters")).put("weight.minKg", 39).put("rf10.systolic", 200)
                        .put("ref2.allModalities", "true").put("psy9.outcome", "INFO").put("hr.brady", 45);
                r.put("notes", "draft");
            });
            List<String> expected = List.of(
                    "id: \"Clinic X\" must be lowercase letters and digits in groups joined by single hyphens (^[a-z0-9]+(-[a-z0-9]+)*$)",
                    "version: missing",
                    "title: must not be empty",
                    "basedOnRuleSet: \"1.1.0\" is not of rule-set major 2 (this service screens with rule set 2.0.0)",
                    "approvedBy.role: missing",
                    "approvedBy.phone: unknown member",
                    "approvedOn: \"2026-02-30\" is not a date of the calendar",
                    "modalitiesOffered[1]: IV_INFUSION is listed twice",
                    "modalitiesOffered[2]: \"ORAL\" is not one of IV_INFUSION, INTRANASAL, ORAL_MICRODOSE",
                    "parameters.hr.brady: unknown parameter",
                    "parameters.psy9.outcome: \"INFO\" is not one of NEEDS_REVIEW, INELIGIBLE",
                    "parameters.ref2.allModalities: \"true\" is not one of true, false",
                    "parameters.rf10.systolic: fixed at 180 by clinical-criteria-v2 §16, not configurable",
                    "parameters.weight.minKg: 39 is outside 40..50 kg",
                    "notes: unknown member");
            ProfileRefused refused = refuse(Json.string(profile));
            assertEquals(expected, refused.problems());
            assertEquals("profile clinic-x.json refused: 15 problems", refused.lines().get(0));
            assertEquals(16, refused.lines().size());
        }
    }

    /** §10.1: sha256 over the RFC 8785 canonical form of the file's value as written. */
    @Nested
    class Sha256 {

        @Test
        void shouldGiveTheReferenceHashForTheLiteralOfSection101() throws Exception {
            JsonNode literal = Json.MAPPER.readTree("""
                    {"id": "reference", "version": "2.0.0", "title": "Reference screening defaults", "clinic": "ketascreen
                    reference", "basedOnRuleSet": "2.0.0", "modalitiesOffered": ["IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE"], "parameters": {}}"""
                    .replace("ketascreen\nreference", "ketascreen reference"));
            assertEquals("6d1ad70d73056155c459989e6374b59b05345f7d4104d9c656c8d41d51399a8c", ProfileReader.sha256(literal));
            assertEquals(ActiveProfile.REFERENCE.sha256(), ProfileReader.sha256(literal));
        }

        @Test
        void shouldGiveTheSameHashForAReorderedReindentedFile() throws Exception {
            String compact = Files.readString(EXAMPLE).replaceAll("\\s*\n\\s*", "");
            String reordered = """
                    {"parameters":{"sub2.remissionMonths":6,"ket2.outcome":"INELIGIBLE",
                    "cv1.anyHistoryIneligible":true,"bp5.maxAgeDays":90,"bp2.systolic":150,"age.reviewFrom":75,
                    "abstain.afterHours":24,"abstain.beforeHours":48},
                    		"modalitiesOffered" : [ "IV_INFUSION" , "INTRANASAL" ] ,
                      "approvedOn":"2026-12-01", "approvedBy":{"role":"Medical director","name":"Dr A. Example"},
                      "basedOnRuleSet":"2.0.0","clinic":"Example Headache Centre",
                      "title":"Example Headache Centre ketamine protocol","version":"1.0.0","id":"clinic-example"}
                    """;
            ActiveProfile original = ProfileReader.read(EXAMPLE.toString());
            ActiveProfile same = ProfileReader.read("reordered.json", reordered.getBytes(StandardCharsets.UTF_8));
            ActiveProfile oneLine = ProfileReader.read("compact.json", compact.getBytes(StandardCharsets.UTF_8));
            assertEquals(original.sha256(), same.sha256());
            assertEquals(original.sha256(), oneLine.sha256());
            assertEquals(original, same);
        }

        @Test
        void shouldGiveAnotherHashWhenAnyValueChanges() throws Exception {
            String base = accept(valid()).sha256();
            List<Consumer<ObjectNode>> changes = List.of(
                    r -> r.put("id", "clinic-y"),
                    r -> r.put("version", "1.2.1"),
                    r -> r.put("title", "Clinic X ketamine protocol "),
                    r -> r.put("clinic", "Clinic Y Headache Centre"),
                    r -> r.put("basedOnRuleSet", "2.0.1"),
                    r -> ((ObjectNode) r.get("approvedBy")).put("name", "Dr B. Example"),
                    r -> ((ObjectNode) r.get("approvedBy")).put("role", "Clinical lead"),
                    r -> r.put("approvedOn", "2026-12-02"),
                    r -> ((ArrayNode) r.get("modalitiesOffered")).add("ORAL_MICRODOSE"),
                    r -> r.putArray("modalitiesOffered").add("INTRANASAL").add("IV_INFUSION"),
                    r -> ((ObjectNode) r.get("parameters")).put("abstain.beforeHours", 48),
                    r -> ((ObjectNode) r.get("parameters")).put("abstain.beforeHours", 24),
                    r -> ((ObjectNode) r.get("parameters")).put("cv1.anyHistoryIneligible", false));
            List<String> hashes = new ArrayList<>(List.of(base));
            for (Consumer<ObjectNode> change : changes) {
                String hash = accept(with(change)).sha256();
                assertFalse(hashes.contains(hash), "a change gives a new hash: " + Json.string(with(change)));
                hashes.add(hash);
            }
            // Stating a default is a change of the file, though not of the values applied.
            assertEquals(accept(valid()).parameters(),
                    accept(with(r -> ((ObjectNode) r.get("parameters")).put("abstain.beforeHours", 24))).parameters());
            assertNotEquals(base, accept(with(r -> ((ObjectNode) r.get("parameters")).put("abstain.beforeHours", 24))).sha256());
        }
    }
}
