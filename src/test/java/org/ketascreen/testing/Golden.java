package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The golden-file workflow (docs/rules.md, "Golden scenarios"; README "Adding a rule"). {@code mvn test -Dgolden.update=true}
 * writes each scenario's expected answer from the service, a new scenario's included; without it each
 * answer must equal its expected file byte for byte, and agree with its intent row.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** In update mode {@link #update}, otherwise {@link #check}. */
    public static void checkOrUpdate(Scenarios scenarios, String name, Function<byte[], String> answer) {
        if (updating()) {
            update(scenarios, name, answer);
        } else {
            check(scenarios, name, answer);
        }
    }

    /** Writes the expected answer of one scenario: the service's answer to its request, pretty-printed. */
    public static void update(Scenarios scenarios, String name, Function<byte[], String> answer) {
        write(scenarios.expectedFile(name), json(answer.apply(scenarios.request(name))));
    }

    /**
     * The answer is the expected file's compact form, byte for byte (the file keeps the order the service
     * writes properties in).
     */
    public static void check(Scenarios scenarios, String name, Function<byte[], String> answer) {
        byte[] expected = scenarios.expected(name).orElseGet(() -> fail(name
                + " has no expected answer yet: run 'mvn test -Dgolden.update=true', review the new file and commit it"));
        String body = answer.apply(scenarios.request(name));
        assertEquals(compact(json(new String(expected, StandardCharsets.UTF_8))), body, name);
    }

    /**
     * The answer shows what the intent row says: verdict, each modality's verdict, exactly the non-INFO
     * findings listed (an extra one fails as a missing one does), and the INFO findings listed among its own.
     */
    public static void agreesWithIntent(Scenarios.Intent intent, JsonNode answer) {
        String name = intent.scenario();
        assertEquals(intent.verdict(), answer.get("verdict").asText(), name + ": verdict");
        String modalities = StreamSupport.stream(answer.get("modalities").spliterator(), false)
                .map(m -> m.get("modality").asText() + "=" + m.get("verdict").asText()).collect(Collectors.joining(" "));
        assertEquals(intent.modalities(), modalities, name + ": modality verdicts");
        Set<String> nonInfo = new TreeSet<>();
        Set<String> info = new TreeSet<>();
        for (JsonNode f : answer.get("findings")) {
            String finding = f.get("ruleId").asText() + "=" + f.get("outcome").asText();
            (f.get("outcome").asText().equals("INFO") ? info : nonInfo).add(finding);
        }
        assertEquals(new TreeSet<>(intent.findings()), nonInfo, name + ": the exact set of non-INFO findings");
        assertTrue(info.containsAll(intent.info()), name + ": INFO findings " + intent.info() + " expected among " + info);
    }

    public static JsonNode json(String body) {
        try {
            return Intakes.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compact(JsonNode json) {
        try {
            return Intakes.JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes pretty JSON (2-space indent, one array item per line) to a source path. */
    public static void write(Path source, JsonNode json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            Files.writeString(source, Intakes.JSON.writer(printer).writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
