package org.ketascreen.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.bench.BenchmarkSmokeTest;
import org.ketascreen.screening.Finding;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every rule of the catalogue is wired everywhere the "adding a rule" checklist (README) names, and a
 * failure says which rule misses which place:
 * <ol>
 *   <li>the contract's id list, {@link CatalogueTest#CONTRACT_RULE_IDS} (api-contract §4);</li>
 *   <li>a boundary table in its family's test: {@code XxxRules} is tested by {@code XxxRulesTest} in this
 *       folder, and the rule's id stands in one of its tables, either in a {@code @CsvSource} row
 *       ({@code "severeHeartDisease, YES, CV-4, INELIGIBLE"}) or in the name of a
 *       {@code @ParameterizedTest} whose columns are rules ({@code "age {0} -> AGE-1 {1}, AGE-2 {2}"});</li>
 *   <li>a golden scenario: a row of {@code scenarios/intent.csv} or an {@code <name>.expected.json} names
 *       it. DX-1 and IND-1 never produce a finding (api-contract §4), so no answer can name them:
 *       {@link CatalogueTest#shouldExerciseEveryRuleInAtLeastOneGoldenScenario} covers every rule;</li>
 *   <li>the benchmarks' worst case, {@code bench/worst-case.request.json}, fires it, or
 *       {@link BenchmarkSmokeTest#CANNOT_FIRE_WITH_THE_OTHERS} says why it cannot;</li>
 *   <li>the {@code RuleId} enum of the committed OpenAPI document, {@code openapi/openapi.yaml}, which
 *       {@code mvn package} writes from the catalogue.</li>
 * </ol>
 * Whether an INELIGIBLE outcome can change with time or treatment is part of the declaration itself
 * ({@code .modifiable()}), so the next steps need no list of ids.
 */
class RuleChecklistTest {

    /** Surefire runs with the project directory as working directory. */
    static final Path FAMILY_TESTS = Path.of("src/test/java/org/ketascreen/screening/rules");
    static final Path OPENAPI = Path.of("openapi/openapi.yaml");
    static final String WORST_CASE = "/bench/worst-case.request.json";

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,3}-(?:[0-9]{1,2}|INFO)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Stream<Arguments> rules() {
        return Catalogue.families().stream()
                .flatMap(family -> family.rules().stream().map(rule -> Arguments.of(rule.id(), family)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldBeInTheContractsIdList(String id, Catalogue.Family family) {
        assertTrue(CatalogueTest.CONTRACT_RULE_IDS.contains(id),
                id + " is not in CatalogueTest.CONTRACT_RULE_IDS: a new id needs a contract change first (api-contract §4)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldHaveABoundaryRowInItsFamilysTest(String id, Catalogue.Family family) {
        Path test = familyTest(family);
        assertTrue(Files.exists(test), id + ": its family " + family.declaredIn().getSimpleName() + " has no boundary test " + test);
        assertTrue(idsInTables(read(test)).contains(id), id + " has no boundary row in " + test
                + ": name it in a @CsvSource row or in the name of a @ParameterizedTest (below, at, above each threshold, UNKNOWN)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldBeNamedByAGoldenScenario(String id, Catalogue.Family family) {
        Rule rule = family.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        if (rule.outcomes().isEmpty()) {
            return; // an inclusion criterion gives no finding to name (see the class comment)
        }
        assertTrue(NAMED_BY_SCENARIOS.contains(id), id + " is named by no golden scenario: add one to " + Scenarios.directory()
                + " with its row in intent.csv naming " + id + ", then its expected answer (-Dgolden.update=true)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldFireInTheWorstCaseOrSayWhyNot(String id, Catalogue.Family family) {
        assertTrue(FIRED_IN_THE_WORST_CASE.contains(id) || BenchmarkSmokeTest.CANNOT_FIRE_WITH_THE_OTHERS.contains(id),
                id + " is neither fired by src/test/resources" + WORST_CASE
                        + " nor listed in BenchmarkSmokeTest.CANNOT_FIRE_WITH_THE_OTHERS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldBeARuleIdOfTheOpenApiDocument(String id, Catalogue.Family family) {
        assertTrue(OPENAPI_RULE_IDS.contains(id),
                id + " is not in the RuleId enum of " + OPENAPI + ": mvn package writes it; commit the regenerated file");
    }

    /** The reverse of the family check: a boundary test whose family left the catalogue is found too. */
    @Test
    void shouldHaveAFamilyForEveryRulesTest() throws IOException {
        Set<String> families = Catalogue.families().stream().map(f -> f.declaredIn().getSimpleName() + "Test.java")
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(FAMILY_TESTS)) {
            List<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("RulesTest.java"))
                    .filter(n -> !families.contains(n)).sorted().toList();
            assertEquals(List.of(), orphans, "boundary tests of no family in Catalogue.families()");
        }
    }

    /** The checks above read tables this way; a table they could not read would pass every rule unseen. */
    @Test
    void shouldReadRuleIdsFromCsvRowsAndParameterizedTestNames() {
        String source = """
                @ParameterizedTest(name = "age {0} -> AGE-1 {1}, AGE-2 {2}")
                @CsvSource({
                        "17, INELIGIBLE, PASS",
                        "severeHeartDisease, YES, CV-4, INELIGIBLE"})
                void table(int age, String a, String b) {
                    assertEquals(a, outcomeOf(screening, "RF-10"));
                }
                @CsvSource({"0, \\"RF-1\\" (x), PSY-INFO"})
                """;

        assertEquals(Set.of("AGE-1", "AGE-2", "CV-4", "RF-1", "PSY-INFO"), idsInTables(source));
    }

    // ---- the places ---------------------------------------------------------------------------------

    private static final Set<String> NAMED_BY_SCENARIOS = namedByScenarios();
    private static final Set<String> FIRED_IN_THE_WORST_CASE = Intakes.screen(Intakes.resource(WORST_CASE)).findings().stream()
            .map(Finding::ruleId).collect(Collectors.toSet());
    private static final Set<String> OPENAPI_RULE_IDS = openApiRuleIds();

    static Path familyTest(Catalogue.Family family) {
        return FAMILY_TESTS.resolve(family.declaredIn().getSimpleName() + "Test.java");
    }

    /** Rule ids in intent.csv (findings and info columns, {@code RULE=OUTCOME}) and in the expected answers' findings. */
    private static Set<String> namedByScenarios() {
        Set<String> named = new HashSet<>();
        for (Scenarios.Intent intent : Scenarios.intents()) {
            Stream.concat(intent.findings().stream(), intent.info().stream()).map(f -> f.substring(0, f.indexOf('=')))
                    .forEach(named::add);
        }
        for (String name : Scenarios.names()) {
            byte[] expected = Scenarios.golden().expected(name).orElse(null);
            if (expected != null) {
                for (JsonNode finding : readTree(expected).path("findings")) {
                    named.add(finding.path("ruleId").asText());
                }
            }
        }
        return named;
    }

    /** The items of {@code components.schemas.RuleId.enum} in the YAML the build writes. */
    private static Set<String> openApiRuleIds() {
        List<String> lines = Arrays.asList(read(OPENAPI).split("\n"));
        int at = lines.indexOf("    RuleId:");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = at + 1; at >= 0 && i < lines.size() && lines.get(i).startsWith("      "); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("- ")) {
                ids.add(line.substring(2).trim());
            }
        }
        return ids;
    }

    /**
     * The rule ids in the string literals of every {@code @CsvSource} and {@code @ParameterizedTest}
     * annotation of a test's source; ids elsewhere (an assertion, a comment) do not count.
     */
    static Set<String> idsInTables(String source) {
        Set<String> ids = new HashSet<>();
        for (String annotation : List.of("@CsvSource(", "@ParameterizedTest(")) {
            for (String arguments : annotationArguments(source, annotation)) {
                Matcher literal = STRING_LITERAL.matcher(arguments);
                while (literal.find()) {
                    for (String token : literal.group(1).split("[^A-Za-z0-9-]+")) {
                        if (RULE_ID.matcher(token).matches()) {
                            ids.add(token);
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** The text between the parentheses of each use of an annotation, string literals skipped while counting. */
    private static List<String> annotationArguments(String source, String annotation) {
        List<String> found = new ArrayList<>();
        for (int start = source.indexOf(annotation); start >= 0; start = source.indexOf(annotation, start + 1)) {
            int from = start + annotation.length();
            int depth = 1;
            boolean inString = false;
            int i = from;
            for (; i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            found.add(source.substring(from, i - 1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return Intakes.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
