package org.ketascreen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package graph of src/main, declared: for each package, the packages of ours it may import. Anything not
 * listed is an arrow against the declared direction and fails here, naming the classes. The graph is a DAG (the
 * cycle check below), {@code system} is framework wiring that nothing imports, and the engine and the intake
 * records stay free of the HTTP and JSON frameworks so they run and are tested without them.
 *
 * <pre>
 *   api, cdshooks ─► pipeline ─► screening ─► screening.rules ─► intake
 *        │  └──────► http ─────► json ──────────────────────────►┘
 *        └─► intake.json, intake.fhir ─► questionnaire ─► screening (cdshooks: questionnaire too, for the v2 reader)
 *   api, cdshooks, questionnaire ─► words ─► screening, json (the words shown to people, per code)
 *   profile (a clinic's profile file -> screening's ActiveProfile) ─► screening, screening.rules, json
 *   system: wires everything above; imported by nothing
 * </pre>
 */
class ArchitectureTest {

    private static final String BASE = "org.ketascreen";

    /** Each package (relative to {@value #BASE}) and the packages of ours it may depend on, besides itself. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("config");
        allow("intake");
        allow("intake.v2", "intake");
        allow("json", "intake");
        allow("screening.rules", "intake", "intake.v2");
        allow("screening", "screening.rules", "intake", "intake.v2");
        allow("words", "screening", "screening.rules", "intake", "json");
        allow("questionnaire", "words", "screening", "screening.rules", "intake", "intake.v2", "json");
        allow("intake.json", "intake", "json");
        allow("intake.fhir", "intake", "json", "questionnaire");
        allow("profile", "screening", "screening.rules", "intake", "json");
        allow("http", "intake", "json");
        allow("pipeline", "http", "screening", "screening.rules", "intake");
        allow("api", "pipeline", "http", "json", "questionnaire", "words", "screening", "screening.rules", "intake", "intake.v2",
                "intake.json", "intake.fhir");
        allow("cdshooks", "config", "api", "pipeline", "http", "json", "questionnaire", "words", "screening", "screening.rules",
                "intake", "intake.v2", "intake.fhir");
        allow("system", "config", "profile", "pipeline", "http", "json", "questionnaire", "screening", "screening.rules", "intake", "intake.json",
                "intake.fhir");
    }

    private static void allow(String from, String... to) {
        ALLOWED.put(from, Set.of(to));
    }

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static Stream<String> packages() {
        return ALLOWED.keySet().stream();
    }

    @ParameterizedTest(name = "{0} depends only on its declared packages")
    @MethodSource("packages")
    void shouldDependOnlyOnDeclaredPackages(String from) {
        List<String> forbidden = ALLOWED.keySet().stream()
                .filter(p -> !p.equals(from) && !ALLOWED.get(from).contains(p))
                .map(p -> BASE + "." + p)
                .toList();
        noClasses().that().resideInAPackage(BASE + "." + from)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(from + " may depend on " + new TreeSet<>(ALLOWED.get(from)) + " only (ArchitectureTest.ALLOWED)")
                .check(MAIN);
    }

    @Test
    void shouldDeclareEveryPackage() {
        Set<String> actual = MAIN.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(BASE + "."))
                .map(p -> p.substring(BASE.length() + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ALLOWED.keySet()), actual, "every package of src/main has a line in ALLOWED");
    }

    @Test
    void shouldFormADag() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shouldImportSystemFromNowhere() {
        noClasses().that().resideOutsideOfPackage(BASE + ".system")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".system")
                .because("system is framework wiring: it wires the others and nothing imports it")
                .check(MAIN);
    }

    /** The engine and the intake records run without the HTTP and JSON frameworks (their OpenAPI annotations aside). */
    @Test
    void shouldKeepTheEngineAndTheRecordsFreeOfFrameworks() {
        noClasses().that().resideInAnyPackage(BASE + ".intake", BASE + ".screening", BASE + ".screening.rules")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "jakarta.ws.rs..",
                        "com.fasterxml.jackson..", "io.micrometer..", "jakarta.inject..", "jakarta.enterprise..")
                .check(MAIN);
    }
}
