package org.ketascreen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check-profile <file>}: the start-up's reader, without the service (docs/profiles.md). */
class ProfileCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return ProfileCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldAcceptTheExampleNamingItsIdVersionAndHash() {
        assertEquals(0, check("--check-profile", "docs/profiles/clinic-example.json"));
        assertEquals("profile docs/profiles/clinic-example.json accepted: clinic-example 1.0.0 sha256 "
                + "6f3851b5568cb242e61c295c20f9fd73c8a0251f89bef675608a48f01f877335\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseABrokenCopyWithEveryProblemOnStandardError(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of("docs/profiles/clinic-example.json"))
                .replace("\"abstain.beforeHours\": 48", "\"abstain.beforeHours\": 6")
                .replace("\"bp2.systolic\": 150", "\"bp3.systolic\": 150")
                .replace("\"basedOnRuleSet\": \"2.0.0\"", "\"basedOnRuleSet\": \"1.1.0\""));
        assertEquals(1, check("--check-profile", broken.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("profile " + broken + " refused: 3 problems\n"
                + "basedOnRuleSet: \"1.1.0\" is not of rule-set major 2 (this service screens with rule set 2.0.0)\n"
                + "parameters.abstain.beforeHours: 6 is outside 12..72 h\n"
                + "parameters.bp3.systolic: fixed at 160 by clinical-criteria-v2 §16, not configurable\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldExplainItsUsageWhenTheFileIsNotNamedOnce() {
        assertEquals(2, check("--check-profile"));
        assertEquals(2, check("--check-profile", "a.json", "b.json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar quarkus-run.jar --check-profile <profile.json>"));
    }
}
