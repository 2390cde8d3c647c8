package org.ketascreen.system;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;

/**
 * One structured audit line per screening: sequence number, request id, rule set and version, verdict,
 * fired rule ids and duration; one line per rejected request with its status and violation count. Rule ids and verdicts are the service's own words; no entered value is ever logged.
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.ketascreen.audit");
    private final AtomicLong sequence = new AtomicLong();

    public void screened(String requestId, Screening screening, long durationNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String fired = screening.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
        LOG.infof("screening seq=%d requestId=%s ruleset=%s@%s verdict=%s fired=[%s] durationMicros=%d",
                sequence.incrementAndGet(), requestId, screening.ruleSet().id(), screening.ruleSet().version(),
                screening.verdict(), fired, durationNanos / 1_000);
    }

    /** A request that could not be read: how many violations, never which values. */
    public void rejected(String requestId, int status, int violations) {
        LOG.infof("screening-rejected seq=%d requestId=%s status=%d violations=%d", sequence.incrementAndGet(), requestId,
                status, violations);
    }
}
