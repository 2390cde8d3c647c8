package org.ketascreen.testing;

import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.ketascreen.pipeline.AuditWriter;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;

/**
 * Captures every log record of every logger while started: each as one line of logger name, formatted
 * message, and every throwable in the chain with its stack frames, so an assertion on the lines sees
 * everything a log file would.
 *
 * <p>A JUnit extension: {@code @RegisterExtension final LogCapture logs = new LogCapture();} captures
 * during each test. Reading the lines while nothing is captured fails, so an assertion that a line is
 * absent can never pass because the capture was not running.
 */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile boolean capturing;

    public void start() {
        setLevel(Level.ALL);
        Logger.getLogger("").addHandler(this);
        capturing = true;
    }

    public void stop() {
        capturing = false;
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /**
     * The captured lines. Audit lines are written by the audit writer shortly after the answer: when a
     * Quarkus app is running, reading this list first waits until every audit line handed over so far has
     * been written, so an assertion never misses a line that is still on its way.
     */
    public List<String> lines() {
        return view;
    }

    private final List<String> view = new Settled();

    private final class Settled extends AbstractList<String> implements RandomAccess {
        @Override
        public int size() {
            if (!capturing) {
                throw new AssertionError("the log lines were read while nothing was being captured");
            }
            settle();
            return lines.size();
        }

        @Override
        public String get(int index) {
            return lines.get(index);
        }
    }

    private static void settle() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            InstanceHandle<AuditWriter> audit = container.instance(AuditWriter.class);
            if (audit.isAvailable() && !audit.get().awaitWritten(Duration.ofSeconds(10))) {
                throw new AssertionError("the audit writer did not write its lines within 10 s");
            }
        }
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ')
                .append(new SimpleFormatter().formatMessage(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(' ').append(t);
            for (StackTraceElement frame : t.getStackTrace()) {
                line.append(' ').append(frame);
            }
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
