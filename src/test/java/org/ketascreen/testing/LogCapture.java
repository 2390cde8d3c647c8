package org.ketascreen.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every log record of every logger while started: each as one line of logger name, formatted
 * message, and every throwable in the chain with its stack frames, so an assertion on the lines sees
 * everything a log file would.
 */
public final class LogCapture extends Handler {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    public void start() {
        setLevel(Level.ALL);
        Logger.getLogger("").addHandler(this);
    }

    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    public List<String> lines() {
        return lines;
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
