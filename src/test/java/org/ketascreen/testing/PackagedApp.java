package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, or {@code -Dapp.jar}) started as its own
 * process on a free loopback port, ready (its readiness check answered 200) when {@link #start()} returns: for
 * the Failsafe tests, which test what ships rather than the test-profile app.
 */
public final class PackagedApp {

    private static final long READY_SECONDS = 60;

    private final Process process;
    private final int port;

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PackagedApp start() throws Exception {
        return start(Map.of());
    }

    /** Started with these environment variables added (KETASCREEN_PROFILE=...). */
    public static PackagedApp start(Map<String, String> environment) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("java", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar",
                jar().toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        PackagedApp app = new PackagedApp(process, port);
        try {
            app.awaitReady();
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
        return app;
    }

    /** The packaged service's jar: {@code -Dapp.jar}, or target/quarkus-app/quarkus-run.jar. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), "packaged application at " + jar);
        return jar;
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, as an orchestrator stops it; killed if it has not exited 20 s later. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(origin() + Routes.HEALTH_READY).toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    try (InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("service not ready at " + origin() + (process.isAlive() ? "" : ": the process exited"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
