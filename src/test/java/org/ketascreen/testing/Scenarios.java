package org.ketascreen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The golden scenarios under src/test/resources/scenarios: {@code <name>.request.json} + {@code <name>.expected.json}. */
public final class Scenarios {
    private Scenarios() {
    }

    /** One row of intent.csv: what the scenario is meant to show, written from the contract. */
    public record Intent(String scenario, String verdict, String modalities, List<String> rules) {
    }

    public static Path directory() {
        try {
            return Path.of(Objects.requireNonNull(Scenarios.class.getResource("/scenarios")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> names() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".request.json"))
                    .map(n -> n.substring(0, n.length() - ".request.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Intent> intents() {
        try {
            return Files.readAllLines(directory().resolve("intent.csv")).stream().skip(1).filter(l -> !l.isBlank())
                    .map(line -> line.split(",", -1))
                    .map(f -> new Intent(f[0], f[1], f[2], f[3].isBlank() ? List.of() : List.of(f[3].trim().split("\\s+"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
