package org.ketascreen.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Subject;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rule set 2.0.0 against the independent intent of {@code scenarios-v2/intent.csv} (written from the contract and
 * the criteria only, by a reviewer who saw no code): the verdict, every modality's verdict, the exact set of non-INFO
 * findings with their modalities, the INFO findings a row names, and every modality's conditions.
 */
class RuleSet2IntentTest {

    static final Path DIR = Path.of("src/test/resources/scenarios-v2");
    static final JsonIntakeReader READER = new JsonIntakeReader();
    static final Screener SCREENER = new Screener(Catalogue.ruleSet2());

    record Intent(String scenario, String verdict, String modalities, Set<String> findings, Set<String> info,
                  String conditions) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static Stream<Intent> intents() throws IOException {
        return Files.readAllLines(DIR.resolve("intent.csv")).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .map(c -> new Intent(c[0], c[1], c[2], words(c[3]), words(c[4]), c[5]));
    }

    private static Set<String> words(String cell) {
        return cell.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(cell.trim().split(" ")));
    }

    static Screening screen(String scenario) {
        JsonNode reference = read(DIR.resolve("reference.request.json"));
        JsonNode request = scenario.equals("reference") ? reference
                : MergePatch.apply(reference, read(DIR.resolve(scenario + ".patch.json")));
        IntakeV2 intake = READER.read(Intakes.bytes(request), IntakeV2.class);
        return SCREENER.screen(Subject.of(intake, ActiveProfile.REFERENCE.parameters(), intake.logistics().modalities()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void shouldAnswerAsTheIntentSays(Intent intent) {
        Screening screening = screen(intent.scenario());
        List<String> notation = screening.findings().stream().map(RuleSet2IntentTest::notation).toList();
        Set<String> findings = screening.findings().stream().filter(f -> f.outcome() != Outcome.INFO)
                .map(RuleSet2IntentTest::notation).collect(Collectors.toCollection(TreeSet::new));
        String modalities = screening.modalities().stream().map(m -> m.modality() + "=" + m.verdict())
                .collect(Collectors.joining(" "));
        String conditions = screening.modalities().stream().map(m -> m.modality() + ":"
                + m.conditions().stream().map(Enum::name).collect(Collectors.joining("+"))).collect(Collectors.joining(" "));
        String all = String.join(" ", notation);
        assertEquals(intent.findings(), findings, "non-INFO findings; all: " + all);
        assertTrue(notation.containsAll(intent.info()), "INFO " + intent.info() + " among " + all);
        assertEquals(intent.modalities(), modalities, "modalities; findings: " + all);
        assertEquals(intent.verdict(), screening.verdict().name(), "verdict; findings: " + all);
        assertEquals(intent.conditions(), conditions, "conditions");
    }

    static String notation(Finding f) {
        return f.ruleId() + "=" + f.outcome() + (f.modalities() == null ? ""
                : "@" + f.modalities().stream().map(Modality::name).collect(Collectors.joining("+")));
    }

    private static JsonNode read(Path path) {
        try {
            return Intakes.JSON.readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
