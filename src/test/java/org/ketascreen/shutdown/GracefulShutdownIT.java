package org.ketascreen.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Graceful shutdown of the packaged service (run by Failsafe after {@code package}): a request whose
 * body is still arriving when the process receives SIGTERM is answered in full before the process
 * exits (quarkus.shutdown.timeout).
 */
class GracefulShutdownIT {

    @Test
    void shouldFinishAnInFlightRequestWhenTerminated() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), "packaged application at " + jar);
        int port = freePort();
        Process app = new ProcessBuilder("java", "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitReady(port);
            byte[] body = Files.readAllBytes(Path.of("src/test/resources/scenarios/reference.request.json"));
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(500);

                app.destroy(); // SIGTERM: shutdown starts while the request is in flight
                Thread.sleep(1_000);
                assertTrue(app.isAlive(), "the service waits for the in-flight request");

                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertTrue(response.startsWith("HTTP/1.1 200"), response);
                assertTrue(response.contains("\"verdict\":\"ELIGIBLE\""), response);
            }
            assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the service exits once the request is answered");
            assertEquals(false, app.isAlive());
        } finally {
            app.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready").toURL().openConnection();
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
        throw new AssertionError("service not ready on port " + port);
    }
}
