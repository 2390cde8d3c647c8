package org.ketascreen.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

/**
 * Writes the audit lines ({@link AuditLines}) to the log category {@code org.ketascreen.audit} from one writer
 * thread, so a slow or blocked standard output does not stall the I/O threads while the queue has room.
 *
 * <p>A line is built on the request's thread and handed over through a bounded queue. <b>No line is ever
 * dropped</b>: when the queue is full the request's thread writes the line itself, and that fall-back is counted
 * ({@link #synchronousWrites()}, metric {@code ketascreen_audit_sync_fallbacks_total}). Lines leave in sequence
 * order except those fall-backs, whose {@code seq} still places them. On shutdown the writer empties the queue
 * before it stops.
 *
 * <p>A request never wakes the writer while lines keep coming: the writer takes what has queued, writes it, and
 * naps {@link #NAP_NANOS} when it finds nothing; only after {@link #NAPS_BEFORE_SLEEP} empty naps in a row (the
 * service idle) does it sleep until the next line wakes it. Waking a parked thread for every line cost a futex
 * call and a context switch per request. What a line costs the writer is in docs/performance.md.
 */
@Singleton
public class AuditWriter {

    static final Logger LOG = Logger.getLogger("org.ketascreen.audit");
    /** About a second of lines at full load: room for a stall of standard output, a few hundred KB at most. */
    static final int HANDOFF_CAPACITY = 8_192;
    /**
     * How long the writer naps when it finds the queue empty: how late a line may reach the log under load.
     * 10 ms rather than 2 ms: the writer thread's CPU per line fell from 5.7-6.8 to 5.3-5.5 us at full load
     * (its own utime + stime over 3 rounds of 15 s each, docs/performance.md); about 150 lines a batch.
     */
    static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** Empty naps in a row (about a fifth of a second) before the writer sleeps until a line wakes it. */
    static final int NAPS_BEFORE_SLEEP = 20;
    /** The longest sleep: a safety net only, since the next line wakes the writer (tests prove it does). */
    static final long SLEEP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final BlockingQueue<String> handoff;
    private final LongAdder synchronousWrites = new LongAdder();
    /** Lines handed to the writer, and lines it has written: {@link #awaitWritten} compares them. */
    private final AtomicLong handed = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    /** The writer sleeps until woken (the service was idle): the next line handed over wakes it. */
    private volatile boolean sleeping;

    public AuditWriter() {
        this(HANDOFF_CAPACITY);
    }

    AuditWriter(int capacity) {
        this.handoff = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::write, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Hands a finished line to the writer; writes it on this thread when the queue is full. Never drops it. */
    void hand(String line) {
        if (!closing && handoff.offer(line)) {
            handed.incrementAndGet();
            if (sleeping) {
                sleeping = false;
                LockSupport.unpark(writer);
            }
            if (closing) {
                writeQueued(); // the writer may have stopped between the check above and the offer
            }
        } else {
            synchronousWrites.increment();
            LOG.info(line);
        }
    }

    /**
     * The writer: takes the queued lines in order and logs them; naps when there are none, sleeps when the
     * service is idle; empties the queue when the service stops.
     */
    private void write() {
        List<String> batch = new ArrayList<>(256);
        int emptyNaps = 0;
        while (true) {
            if (handoff.drainTo(batch, 256) > 0) {
                emptyNaps = 0;
                for (String line : batch) {
                    LOG.info(line);
                    written.incrementAndGet();
                }
                batch.clear();
                continue;
            }
            if (closing) {
                return;
            }
            if (++emptyNaps < NAPS_BEFORE_SLEEP) {
                LockSupport.parkNanos(this, NAP_NANOS);
            } else {
                sleeping = true;
                if (handoff.isEmpty() && !closing) { // a line handed over before the flag was set is not missed
                    LockSupport.parkNanos(this, SLEEP_NANOS);
                }
                sleeping = false;
                emptyNaps = 0;
            }
            if (Thread.interrupted()) {
                closing = true; // stop taking new lines; the loop still empties the queue
            }
        }
    }

    /** Writes what is queued from the calling thread: for lines handed over while the writer stopped. */
    private void writeQueued() {
        for (String line = handoff.poll(); line != null; line = handoff.poll()) {
            LOG.info(line);
            written.incrementAndGet();
        }
    }

    /**
     * Waits until every line handed over before the call has been written, or the timeout passes: for
     * whoever reads the log right after a request (the tests that check what is logged and what is not).
     */
    public boolean awaitWritten(Duration timeout) {
        long target = handed.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.get() < target) {
            if (System.nanoTime() > deadline || !writer.isAlive()) {
                return false;
            }
            LockSupport.parkNanos(100_000);
        }
        return true;
    }

    /** The writer is asleep until the next line wakes it (the service has been idle). */
    boolean writerAsleep() {
        return sleeping;
    }

    /** Lines waiting for the writer. */
    public int queued() {
        return handoff.size();
    }

    /** Lines written by the request's own thread because the queue was full (or the service stopping). */
    public long synchronousWrites() {
        return synchronousWrites.sum();
    }

    /** The writer takes lines; when it does not, every line is written synchronously, none lost. */
    public boolean writerAlive() {
        return writer.isAlive();
    }

    @PreDestroy
    void close() {
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQueued();
    }
}
