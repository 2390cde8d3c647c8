package org.ketascreen.pipeline;

import java.util.List;
import java.util.regex.Pattern;

import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;

/**
 * The audit line formats, one method each: rule ids, verdicts, statuses, counts and the service's own ids,
 * never a value a patient entered, a context id of the EHR, or a free-text comment. Built with a StringBuilder
 * (java.util.Formatter was a tenth of a request's CPU); the format of each line is in its javadoc.
 */
final class AuditLines {
    private AuditLines() {
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A code from a code system, not free text: short, no spaces. */
    private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * {@code screening seq=%d requestId=%s ruleset=%s@%s [profile=%s@%s] verdict=%s fired=[%s] durationMicros=%d}, fired
     * ids distinct, in finding order; the profile (its id and version, never a value of the request) for rule set 2.0.0.
     */
    static String screening(long seq, String requestId, Screening screening, String profile, long durationNanos) {
        StringBuilder sb = new StringBuilder(200).append("screening seq=").append(seq).append(" requestId=").append(requestId);
        appendVerdict(sb, screening, profile);
        return sb.append(" durationMicros=").append(durationNanos / 1_000).toString();
    }

    /** {@code screening-rejected seq=%d requestId=%s status=%d violations=%d}: a request that could not be read. */
    static String screeningRejected(long seq, String requestId, int status, int violations) {
        return rejected("screening-rejected seq=", seq, requestId, status, violations);
    }

    /**
     * One line per CDS Hooks call (api-contract §7) that got a card: the EHR's hook instance (a random UUID it
     * made for the call, checked to be one), which card ({@code screened}, {@code no-intake},
     * {@code not-screenable}) and, when screened, the rule set, verdict and fired rule ids as for a screening;
     * for an intake that could not be screened, how many violations. Never a context id (patient, user,
     * encounter), never a value of the prefetched resource.
     * {@code cds-hook seq=%d requestId=%s hookInstance=%s card=%s [ruleset=%s@%s verdict=%s fired=[%s]] [violations=%d] durationMicros=%d}
     */
    static String hook(long seq, String requestId, String hookInstance, String card, Screening screening, String profile,
                       int violations, long durationNanos) {
        StringBuilder sb = new StringBuilder(200).append("cds-hook seq=").append(seq)
                .append(" requestId=").append(requestId).append(" hookInstance=").append(hookInstance).append(" card=").append(card);
        if (screening != null) {
            appendVerdict(sb, screening, profile);
        }
        if (violations > 0) {
            sb.append(" violations=").append(violations);
        }
        return sb.append(" durationMicros=").append(durationNanos / 1_000).toString();
    }

    /** {@code cds-hook-rejected seq=%d requestId=%s status=%d violations=%d}: a CDS Hooks call answered with a problem. */
    static String hookRejected(long seq, String requestId, int status, int violations) {
        return rejected("cds-hook-rejected seq=", seq, requestId, status, violations);
    }

    /**
     * One line per feedback entry: the card's uuid (only when it is one; this service's cards all have one),
     * the outcome, and the override reason's code when it is a plain code. Never the user's comment.
     * {@code cds-feedback seq=%d requestId=%s card=%s outcome=%s [reason=%s]}
     */
    static String feedback(long seq, String requestId, String card, String outcome, String reasonCode) {
        StringBuilder sb = new StringBuilder(128).append("cds-feedback seq=").append(seq)
                .append(" requestId=").append(requestId).append(" card=")
                .append(card != null && UUID.matcher(card).matches() ? card : "(not a uuid)")
                .append(" outcome=").append(outcome);
        if (reasonCode != null && PLAIN_CODE.matcher(reasonCode).matches()) {
            sb.append(" reason=").append(reasonCode);
        }
        return sb.toString();
    }

    private static String rejected(String prefix, long seq, String requestId, int status, int violations) {
        return new StringBuilder(96).append(prefix).append(seq).append(" requestId=").append(requestId)
                .append(" status=").append(status).append(" violations=").append(violations).toString();
    }

    private static void appendVerdict(StringBuilder sb, Screening screening, String profile) {
        sb.append(" ruleset=").append(screening.ruleSet().id()).append('@').append(screening.ruleSet().version());
        if (profile != null) {
            sb.append(" profile=").append(profile);
        }
        sb.append(" verdict=").append(screening.verdict()).append(" fired=[");
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
