package org.ketascreen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A folder of golden scenarios (scenarios/README.md). {@code reference.request.json} is a whole v1 request;
 * every other scenario's request is {@code <name>.patch.json}, a JSON Merge Patch (RFC 7396, {@link MergePatch})
 * over it, so a question added to the contract is added to the reference alone. {@code <name>.expected.json}
 * is the answer the service gave when the scenario was last reviewed, whole; and one row per scenario in
 * {@code intent.csv} says what the answer must show, written from the contract and the criteria before any
 * expected file.
 *
 * <p>{@link #request} is the full body: the reference with the scenario's patch applied, members in the
 * reference's order (one the reference lacks after its siblings, in the patch's order), written as the whole
 * request files were (two-space indent, one array item per line, final newline), so a scenario always gives
 * the same bytes. ScenarioRequestsTest writes every full body to {@code target/scenarios/<name>.request.json}
 * ({@link #FULL_REQUESTS}) whenever it runs, as it does in every {@code mvn test} and {@code mvn verify}, for
 * scripts and other teams' CI that post the scenarios.
 *
 * <p>{@link #golden()} is the project's own folder, read from the source tree so that an update writes
 * the files the next check reads; any other folder (a temporary copy) works the same way.
 */
public final class Scenarios {

    /** The folder in the source tree; Surefire runs with the project directory as working directory. */
    static final Path SOURCE = Path.of("src/test/resources/scenarios");

    /** Where the full request bodies are written for others to use. */
    public static final Path FULL_REQUESTS = Path.of("target/scenarios");

    public static final String REFERENCE = "reference";
    static final String REQUEST = ".request.json";
    static final String PATCH = ".patch.json";

    /**
     * A patch is read strictly: the full body is written from the tree, so a member named twice or text after
     * the object would otherwise vanish silently instead of reaching the service's reader, which refuses both.
     */
    private static final ObjectReader STRICT = Intakes.JSON.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The format the whole request files had (Python's json.dumps with indent=2): "[]" for an empty list. */
    private static final ObjectWriter FILE_FORMAT = Intakes.JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final Scenarios GOLDEN = new Scenarios(Files.isDirectory(SOURCE) ? SOURCE : classpathCopy());

    private final Path directory;

    public Scenarios(Path directory) {
        this.directory = directory;
    }

    public static Scenarios golden() {
        return GOLDEN;
    }

    /**
     * One row of intent.csv. {@code findings}: the exact set of non-INFO findings ({@code RULE=OUTCOME});
     * {@code info}: the INFO findings the scenario is about, which must be among the answer's.
     */
    public record Intent(String scenario, String verdict, String modalities, Set<String> findings, Set<String> info) {

        static Intent parse(String line) {
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("intent.csv row needs 5 columns: " + line);
            }
            return new Intent(f[0].trim(), f[1].trim(), f[2].trim(), words(f[3]), words(f[4]));
        }

        private static Set<String> words(String field) {
            return field.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(field.trim().split("\\s+")));
        }
    }

    public Path folder() {
        return directory;
    }

    /**
     * The reference and every scenario with a patch, in name order; and any other whole request file, so that
     * every test over the scenarios fails on it ({@link #requestJson}) instead of leaving it out.
     */
    public List<String> scenarioNames() {
        return Stream.concat(namesEndingWith(REQUEST), namesEndingWith(PATCH)).distinct().sorted().toList();
    }

    public List<Intent> intentRows() {
        try {
            return Files.readAllLines(directory.resolve("intent.csv")).stream().skip(1).filter(l -> !l.isBlank())
                    .map(Intent::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Intent intent(String scenario) {
        return intentRows().stream().filter(i -> i.scenario().equals(scenario)).findFirst()
                .orElseThrow(() -> new AssertionError("intent.csv has no row for " + scenario));
    }

    /** The full request body: the reference with the scenario's patch applied, in the files' format. */
    public byte[] request(String name) {
        try {
            return (FILE_FORMAT.writeValueAsString(requestJson(name)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full request as a tree, a fresh copy each time. */
    public ObjectNode requestJson(String name) {
        ObjectNode reference = referenceJson();
        if (name.equals(REFERENCE)) {
            return reference;
        }
        if (Files.exists(directory.resolve(name + REQUEST))) {
            throw new IllegalStateException(directory.resolve(name + REQUEST) + ": every scenario but the reference is a "
                    + "merge patch over it (scenarios/README.md); write " + name + PATCH + " instead");
        }
        return (ObjectNode) MergePatch.apply(reference, patch(name));
    }

    /** The reference request, whole. */
    public ObjectNode referenceJson() {
        JsonNode reference = readJson(directory.resolve(REFERENCE + REQUEST));
        if (!reference.isObject()) {
            throw new IllegalStateException(directory.resolve(REFERENCE + REQUEST) + " is not a JSON object");
        }
        return (ObjectNode) reference;
    }

    /** The scenario's merge patch over the reference; a patch that is not an object would replace the whole request. */
    public ObjectNode patch(String name) {
        Path file = patchFile(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("scenario " + name + " has no patch " + file);
        }
        JsonNode patch = readJson(file);
        if (!patch.isObject()) {
            throw new IllegalStateException(file + " is not a JSON object, so it would replace the reference request whole");
        }
        return (ObjectNode) patch;
    }

    public Path patchFile(String name) {
        return directory.resolve(name + PATCH);
    }

    /** The reviewed answer, if the scenario has one yet. */
    public Optional<byte[]> expected(String name) {
        Path file = directory.resolve(name + ".expected.json");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public Path expectedFile(String name) {
        return directory.resolve(name + ".expected.json");
    }

    /**
     * Writes every scenario's full request body to {@code <folder>/<name>.request.json}, after removing the
     * request files already there (a scenario since removed must not linger).
     */
    public void writeRequests(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path old : files.filter(p -> p.getFileName().toString().endsWith(REQUEST)).toList()) {
                    Files.delete(old);
                }
            }
            for (String name : scenarioNames()) {
                Files.write(folder.resolve(name + REQUEST), request(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the project's own scenarios ----------------------------------------------------------------

    public static Path directory() {
        return GOLDEN.folder();
    }

    public static List<String> names() {
        return GOLDEN.scenarioNames();
    }

    public static List<Intent> intents() {
        return GOLDEN.intentRows();
    }

    private Stream<String> namesEndingWith(String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return STRICT.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable JSON", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classpathCopy() {
        try {
            return Path.of(Objects.requireNonNull(Scenarios.class.getResource("/scenarios")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
