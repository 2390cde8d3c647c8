package org.ketascreen.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.reference;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import org.ketascreen.http.Routes;
import org.ketascreen.pipeline.AuditWriter;
import org.ketascreen.testing.LogCapture;

/**
 * Liveness goes DOWN when the audit writer thread has died (AuditWriterHealthCheck), while screening goes on: every
 * line is then written by the request's own thread, none lost. The writer is killed for real, by interrupting the
 * thread named {@code audit-writer} (its loop stops once the queue is empty), so this runs in an application of its
 * own ({@link OwnApplication}): a dead writer must not reach the test classes that share the default one.
 */
@QuarkusTest
@TestProfile(AuditWriterHealthCheckTest.OwnApplication.class)
class AuditWriterHealthCheckTest {

    /** Changes nothing but the profile, which is what gives this class an application start of its own. */
    public static class OwnApplication implements QuarkusTestProfile {
    }

    static final Duration DYING = Duration.ofSeconds(10);

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Inject
    AuditWriter audit;

    @Test
    void shouldReportDownWhenTheAuditWriterHasDied() throws Exception {
        given().when().get(Routes.HEALTH_LIVE).then().statusCode(200).body("status", equalTo("UP"));

        List<Thread> writers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("audit-writer") && t.isAlive()).toList();
        assertFalse(writers.isEmpty(), "the audit writer thread is running");
        writers.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + DYING.toNanos();
        while (audit.writerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(audit.writerAlive(), "the writer stops within " + DYING);

        JsonPath live = given().when().get(Routes.HEALTH_LIVE).then().statusCode(503).extract().jsonPath();
        assertEquals("DOWN", live.getString("status"));
        assertEquals("DOWN", live.getString("checks.find { it.name == 'audit-writer' }.status"), live.prettify());
        long before = live.getLong("checks.find { it.name == 'audit-writer' }.data.synchronousWrites");

        String requestId = given().contentType("application/json").body(JSON.writeValueAsBytes(reference()))
                .when().post(Routes.V1_SCREENINGS).then().statusCode(200).body("verdict", equalTo("ELIGIBLE"))
                .extract().header("X-Request-Id");
        assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("org.ketascreen.audit screening ")
                        && l.contains(" requestId=" + requestId + " ")),
                "the screening's audit line is written by the request's own thread: " + requestId);
        given().when().get(Routes.HEALTH_LIVE).then().statusCode(503)
                .body("checks.find { it.name == 'audit-writer' }.data.synchronousWrites", equalTo((int) before + 1));
    }
}
