package org.ketascreen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ketascreen.http.Routes;
import org.ketascreen.testing.PackagedApp;

/**
 * The packaged service (Failsafe, after {@code package}) and a clinic profile (api-contract §10.1, §10.3): a broken
 * file stops the start with status 1, every problem on standard error and in the log, the HTTP port never opened;
 * the example file is served by GET /api/v2/profile and named in the readiness data; {@code --check-profile} checks
 * a file without starting anything.
 */
class ProfileStartupIT {

    static final String EXAMPLE = "docs/profiles/clinic-example.json";
    static final String EXAMPLE_SHA256 = "6f3851b5568cb242e61c295c20f9fd73c8a0251f89bef675608a48f01f877335";

    /** A copy of the example with four problems, and the refusal §10.3 prints for it. */
    static Path broken(Path dir) throws IOException {
        Path broken = dir.resolve("clinic-broken.json");
        Files.writeString(broken, Files.readString(Path.of(EXAMPLE))
                .replace("\"abstain.beforeHours\": 48", "\"abstain.beforeHours\": 6")
                .replace("\"bp2.systolic\": 150", "\"bp3.systolic\": 150, \"hr.brady\": 45")
                .replace("\"basedOnRuleSet\": \"2.0.0\"", "\"basedOnRuleSet\": \"1.1.0\""));
        return broken;
    }

    static List<String> refusal(Path broken) {
        return List.of("profile " + broken + " refused: 4 problems",
                "basedOnRuleSet: \"1.1.0\" is not of rule-set major 2 (this service screens with rule set 2.0.0)",
                "parameters.abstain.beforeHours: 6 is outside 12..72 h",
                "parameters.bp3.systolic: fixed at 160 by clinical-criteria-v2 §16, not configurable",
                "parameters.hr.brady: unknown parameter");
    }

    @Test
    void shouldRefuseToStartWithABrokenProfileListingEveryProblemAndNeverOpenThePort(@TempDir Path dir) throws Exception {
        Path broken = broken(dir);
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        int port = PackagedApp.freePort();
        Process app = new ProcessBuilder("java", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dketascreen.profile=" + broken, "-jar", PackagedApp.jar().toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean opened = false;
        int attempts = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (app.isAlive() && System.nanoTime() < deadline) {
                attempts++;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 50);
                    opened = true;
                } catch (IOException refused) {
                    Thread.sleep(5);
                }
            }
            assertTrue(app.waitFor(10, TimeUnit.SECONDS), "the service stops by itself");
        } finally {
            app.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        String log = Files.readString(stdout, StandardCharsets.UTF_8);
        assertEquals(1, app.exitValue(), "exit status 1\n" + err + log);
        assertFalse(opened, "the port was never opened (" + attempts + " connection attempts while the process ran)");
        List<String> errLines = err.lines().toList();
        assertEquals(0, Collections.indexOfSubList(errLines, refusal(broken)),
                "standard error starts with the refusal, every problem on its own line:\n" + err);
        for (String line : refusal(broken)) {
            assertTrue(log.lines().anyMatch(l -> l.contains("ERROR") && l.endsWith(line)), "in the log: " + line + "\n" + log);
        }
        assertFalse(log.contains("Listening on"), log);
    }

    @Test
    void shouldStartWithTheExampleProfileFromTheEnvironmentAndServeIt() throws Exception {
        PackagedApp app = PackagedApp.start(Map.of("KETASCREEN_PROFILE", EXAMPLE));
        try {
            String profile = get(app.origin() + Routes.V2_PROFILE);
            assertTrue(profile.startsWith("{\"id\":\"clinic-example\",\"version\":\"1.0.0\","), profile);
            assertTrue(profile.contains("{\"name\":\"abstain.beforeHours\",\"value\":48,\"default\":24,\"unit\":\"h\","
                    + "\"allowed\":{\"min\":12,\"max\":72},\"differsFromDefault\":true}"), profile);
            assertTrue(profile.endsWith("\"sha256\":\"" + EXAMPLE_SHA256 + "\"}"), profile);
            String ready = get(app.origin() + Routes.HEALTH_READY);
            assertTrue(ready.replaceAll("\\s", "").contains("\"id\":\"clinic-example\""), ready);
            assertTrue(ready.replaceAll("\\s", "").contains("\"version\":\"1.0.0\""), ready);

            // §11: the v1 door reads no profile: every golden answer byte for byte as under the reference profile
            for (String name : org.ketascreen.testing.Scenarios.names()) {
                org.ketascreen.testing.Golden.check(org.ketascreen.testing.Scenarios.golden(), name, request -> {
                    try {
                        return post(app.origin() + Routes.V1_SCREENINGS, request, 200);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            // §10.6: v2 screens the offered modalities only, under the profile's values, and names it
            com.fasterxml.jackson.databind.node.ObjectNode v2 = (com.fasterxml.jackson.databind.node.ObjectNode)
                    org.ketascreen.testing.Intakes.JSON.readTree(Files.readAllBytes(Path.of("src/test/resources/scenarios-v2/reference.request.json")));
            v2.remove("home");
            ((com.fasterxml.jackson.databind.node.ObjectNode) v2.get("logistics")).remove("requestedModalities");
            String answer = post(app.origin() + Routes.V2_SCREENINGS, org.ketascreen.testing.Intakes.bytes(v2), 200);
            assertTrue(answer.contains("\"profile\":{\"id\":\"clinic-example\",\"version\":\"1.0.0\",\"sha256\":\"" + EXAMPLE_SHA256 + "\"}"), answer);
            assertTrue(answer.contains("{\"code\":\"NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE\",\"parameters\":{\"beforeHours\":48,\"afterHours\":24}}"), answer);
            assertFalse(answer.contains("ORAL_MICRODOSE"), answer);
            ((com.fasterxml.jackson.databind.node.ObjectNode) v2.get("logistics")).putArray("requestedModalities").add("ORAL_MICRODOSE");
            String refused = post(app.origin() + Routes.V2_SCREENINGS, org.ketascreen.testing.Intakes.bytes(v2), 400);
            assertTrue(refused.contains("{\"field\":\"logistics.requestedModalities[0]\",\"message\":\"is not offered under profile clinic-example\"}"), refused);
        } finally {
            app.stop();
        }
    }

    @Test
    void shouldCheckAProfileWithoutStartingTheService(@TempDir Path dir) throws Exception {
        Process ok = new ProcessBuilder("java", "-jar", PackagedApp.jar().toString(), "--check-profile", EXAMPLE).start();
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ok.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue(), err);
        assertEquals("profile " + EXAMPLE + " accepted: clinic-example 1.0.0 sha256 " + EXAMPLE_SHA256 + "\n", out);
        assertEquals("", err);

        Path broken = broken(dir);
        Process refused = new ProcessBuilder("java", "-jar", PackagedApp.jar().toString(), "--check-profile", broken.toString()).start();
        String refusedOut = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String refusedErr = new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, refused.exitValue());
        assertEquals("", refusedOut);
        assertEquals(String.join("\n", refusal(broken)) + "\n", refusedErr);
    }

    private static String post(String url, byte[] body, int status) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.getOutputStream().write(body);
        assertEquals(status, c.getResponseCode(), url);
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        assertEquals(200, c.getResponseCode(), url);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
