package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.intake.InvalidIntakeException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario requests as merge patches over the reference (scenarios/README.md): each patch gives a request
 * the service's reader takes whole, every member of a patch changes the reference, only the reference is kept
 * whole, a patch that cannot apply fails loudly, and the full bodies are written to {@code target/scenarios}.
 */
class ScenarioRequestsTest {

    static Stream<String> patched() {
        return Scenarios.names().stream().filter(name -> !name.equals(Scenarios.REFERENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patched")
    void shouldApplyThePatchToAValidRequest(String name) {
        Scenarios golden = Scenarios.golden();
        byte[] request = golden.request(name);

        try {
            Intakes.READER.read(request);
        } catch (InvalidIntakeException e) {
            fail(name + ".patch.json gives a request the service refuses: " + e.violations());
        }
        assertEquals(List.of(), idleMembers(golden.referenceJson(), golden.patch(name), ""),
                name + ".patch.json: members that change nothing in the reference");
        assertNotEquals(golden.referenceJson(), golden.requestJson(name), name + " is the reference request");
    }

    @Test
    void shouldKeepOnlyTheReferenceRequestWhole() throws IOException {
        try (Stream<Path> files = Files.list(Scenarios.directory())) {
            assertEquals(List.of("reference.request.json"), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".request.json")).toList());
        }
    }

    /** The bodies other teams' CI and bench/run-scale-out.sh post: each scenario's, byte for byte, and no other. */
    @Test
    void shouldWriteEveryFullRequestUnderTarget() throws IOException {
        Scenarios golden = Scenarios.golden();

        golden.writeRequests(Scenarios.FULL_REQUESTS);

        List<String> written;
        try (Stream<Path> files = Files.list(Scenarios.FULL_REQUESTS)) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(golden.scenarioNames().stream().map(n -> n + ".request.json").toList(), written);
        for (String name : golden.scenarioNames()) {
            assertArrayEquals(golden.request(name), Files.readAllBytes(Scenarios.FULL_REQUESTS.resolve(name + ".request.json")), name);
        }
    }

    @Test
    void shouldWriteTheReferenceInTheFormatOfItsFile() throws IOException {
        String file = Files.readString(Scenarios.directory().resolve("reference.request.json")).stripTrailing();

        assertEquals(file + "\n", new String(Scenarios.golden().request(Scenarios.REFERENCE), StandardCharsets.UTF_8));
    }

    // ---- a patch that cannot apply fails loudly ---------------------------------------------------------

    @Test
    void shouldFailOnAScenarioWithoutAPatch(@TempDir Path folder) throws IOException {
        Scenarios scenarios = withReference(folder, Map.of());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scenarios.request("missing"));
        assertTrue(e.getMessage().contains("has no patch"), e.getMessage());
    }

    @Test
    void shouldFailOnAWholeRequestBesideTheReference(@TempDir Path folder) throws IOException {
        Scenarios scenarios = withReference(folder, Map.of("whole.request.json", "{}"));

        assertEquals(List.of("reference", "whole"), scenarios.scenarioNames(), "a whole request is not left out");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scenarios.request("whole"));
        assertTrue(e.getMessage().contains("write whole.patch.json instead"), e.getMessage());
    }

    @Test
    void shouldFailOnAPatchThatIsNotAnObject(@TempDir Path folder) throws IOException {
        Scenarios scenarios = withReference(folder, Map.of("array.patch.json", "[]"));

        assertThrows(IllegalStateException.class, () -> scenarios.request("array"));
    }

    @Test
    void shouldFailOnAPatchNamingAMemberTwiceOrWithTextAfterIt(@TempDir Path folder) throws IOException {
        Scenarios scenarios = withReference(folder, Map.of(
                "twice.patch.json", "{\"patient\": {\"ageYears\": 40, \"ageYears\": 41}}",
                "trailing.patch.json", "{\"patient\": {\"ageYears\": 40}} {}"));

        assertThrows(UncheckedIOException.class, () -> scenarios.request("twice"));
        assertThrows(UncheckedIOException.class, () -> scenarios.request("trailing"));
    }

    @Test
    void shouldGiveARequestTheReaderRefusesForAMisspelledOrOutOfRangeMember(@TempDir Path folder) throws IOException {
        Scenarios scenarios = withReference(folder, Map.of(
                "misspelled.patch.json", "{\"patient\": {\"agYears\": 40}}",
                "out-of-range.patch.json", "{\"patient\": {\"ageYears\": 400}}"));

        assertThrows(InvalidIntakeException.class, () -> Intakes.READER.read(scenarios.request("misspelled")));
        assertThrows(InvalidIntakeException.class, () -> Intakes.READER.read(scenarios.request("out-of-range")));
    }

    @Test
    void shouldListThePatchMembersThatChangeNothing() {
        JsonNode reference = Intakes.reference();
        JsonNode patch = Golden.json("{\"patient\": {\"pregnant\": \"NO\", \"ageYears\": 40}, \"conditions\": {},"
                + " \"cardiovascular\": {\"noSuchQuestion\": null, \"bloodPressure\": null}, \"noSuchSection\": null}");

        assertEquals(List.of("/patient/pregnant", "/conditions", "/cardiovascular/noSuchQuestion", "/noSuchSection"),
                idleMembers(reference, patch, ""));
    }

    /**
     * The members of a patch that change nothing in the target, as JSON Pointers: a null for a member the target
     * lacks, a value equal to the target's, an empty object merged into an object.
     */
    static List<String> idleMembers(JsonNode target, JsonNode patch, String pointer) {
        List<String> idle = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String at = pointer + "/" + member.getKey();
            JsonNode value = member.getValue();
            JsonNode before = target == null ? null : target.get(member.getKey());
            boolean mergedIntoObject = value.isObject() && before != null && before.isObject();
            if (value.isNull() ? before == null : value.equals(before) || mergedIntoObject && value.isEmpty()) {
                idle.add(at);
            } else if (mergedIntoObject) {
                idle.addAll(idleMembers(before, value, at));
            }
        }
        return idle;
    }

    private static Scenarios withReference(Path folder, Map<String, String> files) throws IOException {
        Files.copy(Scenarios.directory().resolve("reference.request.json"), folder.resolve("reference.request.json"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return new Scenarios(folder);
    }
}
