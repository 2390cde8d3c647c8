package org.ketascreen.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;

/**
 * One structured audit line per screening: sequence number, request id, rule set and version, verdict,
 * fired rule ids and duration; one line per rejected request with its status and violation count. Rule
 * ids and verdicts are the service's own words; no entered value is ever logged.
 *
 * <p>The line is built with a StringBuilder rather than a printf pattern: it is written for every
 * request, and java.util.Formatter was a tenth of the request's CPU time.
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.ketascreen.audit");
    private final AtomicLong sequence = new AtomicLong();

    public void screened(String requestId, Screening screening, long durationNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(line(sequence.incrementAndGet(), requestId, screening, durationNanos));
    }

    /** A request that could not be read: how many violations, never which values. */
    public void rejected(String requestId, int status, int violations) {
        LOG.info(new StringBuilder(96).append("screening-rejected seq=").append(sequence.incrementAndGet())
                .append(" requestId=").append(requestId).append(" status=").append(status)
                .append(" violations=").append(violations).toString());
    }

    /**
     * {@code screening seq=%d requestId=%s ruleset=%s@%s verdict=%s fired=[%s] durationMicros=%d}, fired
     * ids distinct, in finding order.
     */
    static String line(long seq, String requestId, Screening screening, long durationNanos) {
        StringBuilder sb = new StringBuilder(200).append("screening seq=").append(seq).append(" requestId=").append(requestId)
                .append(" ruleset=").append(screening.ruleSet().id()).append('@').append(screening.ruleSet().version())
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
        return sb.append("] durationMicros=").append(durationNanos / 1_000).toString();
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
