package org.ketascreen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;
import org.ketascreen.bench.Requests;
import org.ketascreen.intake.Intake;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;
import org.ketascreen.testing.Intakes;

/** The audit line's words, and the handoff that writes it: off the request's thread, never losing a line. */
class AuditLogTest {

    @Test
    void shouldWriteTheSameLineAsThePrintfPattern() {
        long seq = 1;
        for (String profile : new String[] {Requests.GOLDEN, Requests.WORST_CASE}) {
            for (Intake intake : Requests.intakes(profile)) {
                Screening s = Intakes.SCREENER.screen(intake);
                long nanos = 123_456_789L * seq;
                String fired = s.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
                String printf = String.format(Locale.ROOT, "screening seq=%d requestId=%s ruleset=%s@%s verdict=%s fired=[%s] durationMicros=%d",
                        seq, "req-" + seq, s.ruleSet().id(), s.ruleSet().version(), s.verdict(), fired, nanos / 1_000);
                assertEquals(printf, AuditLines.screening(seq, "req-" + seq, s, null, nanos));
                seq++;
            }
        }
    }

    /** Under rule set 2.0.0 the line names the profile (its id and version) after the rule set, and nothing more. */
    @Test
    void shouldNameTheProfileOfAVersionTwoScreening() throws Exception {
        byte[] reference = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/scenarios-v2/reference.request.json"));
        Screening s = new org.ketascreen.screening.Screener(org.ketascreen.screening.rules.Catalogue.ruleSet2())
                .screen(org.ketascreen.screening.ActiveProfile.REFERENCE.subject(
                        new org.ketascreen.intake.json.JsonIntakeReader().read(reference, org.ketascreen.intake.v2.IntakeV2.class)));
        String fired = s.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
        assertEquals("screening seq=7 requestId=req-7 ruleset=ketamine-migraine@2.0.0 profile=reference@2.0.0 verdict="
                + s.verdict() + " fired=[" + fired + "] durationMicros=1", AuditLines.screening(7, "req-7", s, "reference@2.0.0", 1_000));
    }

    /**
     * Standard output blocks (a handler that waits): requests go on at once while the handoff has room;
     * once it is full each request writes its own line (and waits, as it must: no line is dropped), and
     * when the output flows again every line has been written, each once.
     */
    @Test
    void shouldNeverStallARequestWhileTheHandoffHasRoomAndNeverLoseALine() throws Exception {
        CountDownLatch outputFlows = new CountDownLatch(1);
        CountDownLatch outputBlocked = new CountDownLatch(1);
        Output written = new Output(() -> {
            try {
                outputBlocked.countDown();
                outputFlows.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AuditWriter audit = new AuditWriter(100);
        try {
            audit.hand(AuditLines.screeningRejected(0, "req-0", 400, 1));
            assertTrue(outputBlocked.await(5, TimeUnit.SECONDS), "the writer took the first line to the blocked output");
            long started = System.nanoTime();
            for (int i = 1; i < 101; i++) {
                audit.hand(AuditLines.screeningRejected(i, "req-" + i, 400, 1)); // the writer holds the first line in the blocked handler, the queue 100
            }
            long handedOver = System.nanoTime() - started;
            assertTrue(handedOver < TimeUnit.SECONDS.toNanos(1), "requests waited for a blocked output: " + handedOver + " ns");
            assertEquals(0, audit.synchronousWrites());

            Thread overflow = new Thread(() -> {
                for (int i = 101; i < 104; i++) {
                    audit.hand(AuditLines.screeningRejected(i, "req-" + i, 400, 1));
                }
            });
            overflow.start();
            assertTrue(waitFor(() -> audit.synchronousWrites() >= 1), "a full handoff falls back to writing on the request's thread");
            outputFlows.countDown();
            overflow.join(5_000);

            assertTrue(waitFor(() -> written.size() == 104), "every line written: " + written.size());
            assertEquals(104, written.stream().distinct().count(), "each line once");
            assertTrue(audit.synchronousWrites() >= 1 && audit.synchronousWrites() <= 3, String.valueOf(audit.synchronousWrites()));
        } finally {
            outputFlows.countDown();
            written.detach();
            audit.close();
        }
    }

    /**
     * An idle service's writer sleeps (no wake-ups while nothing happens) and the next line wakes it: written
     * well within the sleep's safety time-out, so it was the line that woke the writer. Under load the writer
     * never sleeps, so a request never pays for waking it.
     */
    @Test
    void shouldWakeTheSleepingWriterWithTheNextLine() throws Exception {
        Output written = new Output(() -> { });
        AuditWriter audit = new AuditWriter(100);
        try {
            for (int round = 0; round < 3; round++) {
                assertTrue(waitFor(audit::writerAsleep), "the idle writer went to sleep");
                long started = System.nanoTime();
                audit.hand(AuditLines.screeningRejected(round, "req-" + round, 400, 1));
                assertTrue(audit.awaitWritten(java.time.Duration.ofSeconds(10)), "the line woke the writer");
                assertTrue(System.nanoTime() - started < AuditWriter.SLEEP_NANOS / 3, "written long before the sleep ran out");
                assertEquals(round + 1, written.size());
            }
            assertEquals(0, audit.synchronousWrites(), "the writer wrote every line");
        } finally {
            written.detach();
            audit.close();
        }
    }

    @Test
    void shouldWriteEveryQueuedLineBeforeItStops() throws Exception {
        Output written = new Output(() -> { });
        try {
            AuditWriter audit = new AuditWriter(10_000);
            for (int i = 0; i < 5_000; i++) {
                audit.hand(AuditLines.screeningRejected(i, "req-" + i, 400, 1));
            }
            audit.close();

            assertEquals(5_000, written.size());
            assertTrue(!audit.writerAlive(), "the writer stopped");
        } finally {
            written.detach();
        }
    }

    /**
     * The audit category's output in a test: collects each message once {@code beforeEach} has run (a hook
     * that may block, as a stalled standard output would), attached to the audit logger until detached.
     */
    private static final class Output extends Handler {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final Runnable beforeEach;
        private final Logger logger = LogContext.getLogContext().getLogger("org.ketascreen.audit");

        Output(Runnable beforeEach) {
            this.beforeEach = beforeEach;
            logger.setLevel(java.util.logging.Level.INFO);
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            beforeEach.run();
            lines.add(record.getMessage());
        }

        int size() {
            return lines.size();
        }

        java.util.stream.Stream<String> stream() {
            synchronized (lines) {
                return List.copyOf(lines).stream();
            }
        }

        void detach() {
            logger.removeHandler(this);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
