package org.ketascreen.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;

/**
 * One structured audit line per screening: sequence number, request id, rule set and version, verdict,
 * fired rule ids and duration; one line per rejected request with its status and violation count. Rule
 * ids and verdicts are the service's own words; no entered value is ever logged.
 *
 * <p>The line is built on the request's thread (with a StringBuilder: java.util.Formatter was a tenth of
 * a request's CPU) and handed to one writer thread through a bounded queue, so a slow or blocked standard
 * output does not stall the I/O threads while the queue has room. <b>No line is ever dropped</b>: when
 * the queue is full the request's thread writes the line itself, and that fall-back is counted
 * ({@link #synchronousWrites()}, metric {@code ketascreen_audit_sync_fallbacks_total}). Lines leave in
 * sequence order except those fall-backs, whose {@code seq} still places them. On shutdown the writer
 * empties the queue before it stops.
 *
 * <p>A request never wakes the writer while lines keep coming: the writer takes what has queued, writes
 * it, and naps {@link #NAP_NANOS} when it finds nothing; only after {@link #NAPS_BEFORE_SLEEP} empty naps
 * in a row (the service idle) does it sleep until the next line wakes it. Waking a parked thread for every
 * line (a blocking {@code poll}, as before) cost a futex call and a context switch per request. What a line
 * costs the writer is measured in docs/performance.md, "What keeps it fast" (about 4 us, most of it the log manager).
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.ketascreen.audit");
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

    private final AtomicLong sequence = new AtomicLong();
    private final BlockingQueue<String> handoff;
    private final LongAdder synchronousWrites = new LongAdder();
    /** Lines handed to the writer, and lines it has written: {@link #awaitWritten} compares them. */
    private final AtomicLong handed = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    /** The writer sleeps until woken (the service was idle): the next line handed over wakes it. */
    private volatile boolean sleeping;

    public AuditLog() {
        this(HANDOFF_CAPACITY);
    }

    AuditLog(int capacity) {
        this.handoff = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::write, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public void screened(String requestId, Screening screening, long durationNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        hand(line(sequence.incrementAndGet(), requestId, screening, durationNanos));
    }

    /** A request that could not be read: how many violations, never which values. */
    public void rejected(String requestId, int status, int violations) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        hand(new StringBuilder(96).append("screening-rejected seq=").append(sequence.incrementAndGet())
                .append(" requestId=").append(requestId).append(" status=").append(status)
                .append(" violations=").append(violations).toString());
    }

    private void hand(String line) {
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

    /**
     * One line per CDS Hooks call (api-contract §7) that got a card: the EHR's hook instance (a random UUID it
     * made for the call, checked to be one), which card ({@code screened}, {@code no-intake},
     * {@code not-screenable}) and, when screened, the rule set, verdict and fired rule ids as for a screening;
     * for an intake that could not be screened, how many violations. Never a context id (patient, user,
     * encounter), never a value of the prefetched resource.
     * {@code cds-hook seq=%d requestId=%s hookInstance=%s card=%s [ruleset=%s@%s verdict=%s fired=[%s]] [violations=%d] durationMicros=%d}
     */
    public void hook(String requestId, String hookInstance, String card, Screening screening, int violations,
                     long durationNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        StringBuilder sb = new StringBuilder(200).append("cds-hook seq=").append(sequence.incrementAndGet())
                .append(" requestId=").append(requestId).append(" hookInstance=").append(hookInstance).append(" card=").append(card);
        if (screening != null) {
            appendVerdict(sb, screening);
        }
        if (violations > 0) {
            sb.append(" violations=").append(violations);
        }
        hand(sb.append(" durationMicros=").append(durationNanos / 1_000).toString());
    }

    /** A CDS Hooks call answered with a problem (400, 412, 413): its status and how many violations, never which values. */
    public void hookRejected(String requestId, int status, int violations) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        hand(new StringBuilder(96).append("cds-hook-rejected seq=").append(sequence.incrementAndGet())
                .append(" requestId=").append(requestId).append(" status=").append(status)
                .append(" violations=").append(violations).toString());
    }

    /**
     * One line per feedback entry: the card's uuid (only when it is one; this service's cards all have one),
     * the outcome, and the override reason's code when it is a plain code. Never the user's comment.
     * {@code cds-feedback seq=%d requestId=%s card=%s outcome=%s [reason=%s]}
     */
    public void feedback(String requestId, String card, String outcome, String reasonCode) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        StringBuilder sb = new StringBuilder(128).append("cds-feedback seq=").append(sequence.incrementAndGet())
                .append(" requestId=").append(requestId).append(" card=")
                .append(card != null && UUID.matcher(card).matches() ? card : "(not a uuid)")
                .append(" outcome=").append(outcome);
        if (reasonCode != null && PLAIN_CODE.matcher(reasonCode).matches()) {
            sb.append(" reason=").append(reasonCode);
        }
        hand(sb.toString());
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A code from a code system, not free text: short, no spaces. */
    private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * {@code screening seq=%d requestId=%s ruleset=%s@%s verdict=%s fired=[%s] durationMicros=%d}, fired
     * ids distinct, in finding order.
     */
    static String line(long seq, String requestId, Screening screening, long durationNanos) {
        StringBuilder sb = new StringBuilder(200).append("screening seq=").append(seq).append(" requestId=").append(requestId);
        appendVerdict(sb, screening);
        return sb.append(" durationMicros=").append(durationNanos / 1_000).toString();
    }

    private static void appendVerdict(StringBuilder sb, Screening screening) {
        sb.append(" ruleset=").append(screening.ruleSet().id()).append('@').append(screening.ruleSet().version())
                .append(" verdict=").append(screening.verdict()).append(" fired=[");
        List<Finding> findings = screening.findings();
        for (int i = 0; i < findings.size(); i++) {
            String id = findings.get(i).ruleId();
            if (!seenBefore(findings, i, id)) {
                if (sb.charAt(sb.length() - 1) != '[') {
                    sb.append(',');
                }
                sb.append(id);
            }
        }
        sb.append(']');
    }

    private static boolean seenBefore(List<Finding> findings, int end, String id) {
        for (int i = 0; i < end; i++) {
            if (findings.get(i).ruleId().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
