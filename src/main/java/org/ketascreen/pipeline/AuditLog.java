package org.ketascreen.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import org.ketascreen.http.Door;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Catalogue;

/**
 * What the service records of each request, as one audit line ({@link AuditLines}) numbered in one sequence and
 * handed to the {@link AuditWriter}. A screening's line depends on its door: {@code screening} and
 * {@code screening-rejected} for the v1 JSON and FHIR doors, {@code cds-hook} for a CDS Hooks call. Nothing is
 * built when the audit category is off.
 */
@Singleton
public class AuditLog {

    private final AtomicLong sequence = new AtomicLong();
    private final AuditWriter writer;
    /** {@code id@version} of the active profile, named in the line of every screening under rule set 2.0.0. */
    private final String profile;

    public AuditLog(AuditWriter writer, ActiveProfile profile) {
        this.writer = writer;
        this.profile = profile.id() + "@" + profile.version();
    }

    /** A screening answered with a verdict. */
    void screened(Door door, Call call, Screening screening) {
        if (on()) {
            long nanos = System.nanoTime() - call.startedNanos();
            String under = screening.ruleSet() == Catalogue.ruleSet() ? null : profile; // v1 names no profile (§10.6)
            writer.hand(door == Door.CDS_HOOKS
                    ? AuditLines.hook(next(), call.requestId(), call.hookInstance(), "screened", screening, under, 0, nanos)
                    : AuditLines.screening(next(), call.requestId(), screening, under, nanos));
        }
    }

    /** An intake that could not be read: a 400 at the v1 doors, a "not screenable" card in the EHR. */
    void notScreened(Door door, Call call, int violations) {
        if (on()) {
            writer.hand(door == Door.CDS_HOOKS
                    ? AuditLines.hook(next(), call.requestId(), call.hookInstance(), "not-screenable", null, null, violations,
                    System.nanoTime() - call.startedNanos())
                    : AuditLines.screeningRejected(next(), call.requestId(), 400, violations));
        }
    }

    /** A CDS Hooks call answered with a card that is not about a screening ({@code no-intake}, {@code not-screenable}). */
    public void hook(Call call, String card, int violations) {
        if (on()) {
            writer.hand(AuditLines.hook(next(), call.requestId(), call.hookInstance(), card, null, null, violations,
                    System.nanoTime() - call.startedNanos()));
        }
    }

    /** A CDS Hooks call answered with a problem (400, 412, 413): its status and how many violations, never which values. */
    public void hookRejected(String requestId, int status, int violations) {
        if (on()) {
            writer.hand(AuditLines.hookRejected(next(), requestId, status, violations));
        }
    }

    /** One CDS Hooks feedback entry. */
    public void feedback(String requestId, String card, String outcome, String reasonCode) {
        if (on()) {
            writer.hand(AuditLines.feedback(next(), requestId, card, outcome, reasonCode));
        }
    }

    private long next() {
        return sequence.incrementAndGet();
    }

    private static boolean on() {
        return AuditWriter.LOG.isInfoEnabled();
    }
}
