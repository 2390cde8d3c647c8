package org.ketascreen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of golden scenarios: {@code <name>.request.json}, {@code <name>.expected.json} (the answer
 * the service gave when the scenario was last reviewed) and one row per scenario in {@code intent.csv}
 * (what the answer must show, written from the contract and the criteria before any expected file).
 *
 * <p>{@link #golden()} is the project's own folder, read from the source tree so that an update writes
 * the files the next check reads; any other folder (a temporary copy) works the same way.
 */
public final class Scenarios {

    /** The folder in the source tree; Surefire runs with the project directory as working directory. */
    static final Path SOURCE = Path.of("src/test/resources/scenarios");

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

    public List<String> scenarioNames() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".request.json"))
                    .map(n -> n.substring(0, n.length() - ".request.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public byte[] request(String name) {
        return read(directory.resolve(name + ".request.json"));
    }

    /** The reviewed answer, if the scenario has one yet. */
    public Optional<byte[]> expected(String name) {
        Path file = directory.resolve(name + ".expected.json");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public Path expectedFile(String name) {
        return directory.resolve(name + ".expected.json");
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
