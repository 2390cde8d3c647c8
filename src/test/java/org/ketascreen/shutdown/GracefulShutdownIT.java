package org.ketascreen.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ketascreen.testing.PackagedApp;

/**
 * Graceful shutdown of the packaged service (run by Failsafe after {@code package}): a request whose
 * body is still arriving when the process receives SIGTERM is answered in full before the process
 * exits (quarkus.shutdown.timeout).
 */
class GracefulShutdownIT {

    @Test
    void shouldFinishAnInFlightRequestWhenTerminated() throws Exception {
        PackagedApp packaged = PackagedApp.start();
        Process app = packaged.process();
        int port = packaged.port();
        try {
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
}
