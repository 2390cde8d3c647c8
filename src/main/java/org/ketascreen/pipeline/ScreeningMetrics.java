package org.ketascreen.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.ketascreen.http.Door;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.screening.rules.RuleSet;

/**
 * The service's own Prometheus counters (docs/operations.md, "Metrics"), scraped at /q/metrics:
 *
 * <ul>
 * <li>{@code ketascreen_screenings_total{door, verdict}}: screenings answered with a verdict;</li>
 * <li>{@code ketascreen_findings_total{rule, outcome}}: findings in those answers, by rule id;</li>
 * <li>{@code ketascreen_rejected_requests_total{door, status}}: every 4xx answer, whoever gave it (counted
 * by system/HttpMetrics, where every answer passes; the resources do not count rejections themselves).</li>
 * </ul>
 *
 * <p>Every label value is one of the service's own words: a {@link Door}, a {@link Verdict}, a rule id of
 * the rule set, an {@link Outcome}, an HTTP status. None is ever taken from a request (no entered value,
 * path, request id or caller identity), so the number of series is fixed by the rule set. The counters of
 * every door x verdict, every rule x declared outcome and every door x usual 4xx status exist from
 * start-up, so a dashboard shows zeros rather than gaps.
 *
 * <p>And the audit handoff ({@link AuditWriter}), with no labels: {@code ketascreen_audit_queue_depth}, the lines
 * waiting for the writer, and {@code ketascreen_audit_sync_fallbacks_total}, the lines a request wrote itself
 * because the queue was full (none is ever dropped).
 */
@Singleton
public class ScreeningMetrics {

    /** Pre-registered so dashboards see zeros; any other 4xx gets its counter when it first happens. */
    static final List<Integer> USUAL_REJECTIONS = List.of(400, 401, 403, 404, 405, 406, 413, 415);

    private static final Verdict[] VERDICTS = Verdict.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final MeterRegistry registry;
    /** The rule sets screened with, in order: their index is a screening's version index below. */
    private static final List<RuleSet> RULE_SETS = List.of(Catalogue.ruleSet(), Catalogue.ruleSet2());

    /** [door][rule set][verdict] */
    private final Counter[][][] screenings = new Counter[Door.values().length][RULE_SETS.size()][VERDICTS.length];
    /** rule id -> [outcome]; an entry is filled lazily only for an outcome the rule does not declare. */
    private final Map<String, Counter[]> findings = new HashMap<>();
    /** [door][status - 400] */
    private final Counter[][] rejected = new Counter[Door.values().length][100];

    public ScreeningMetrics(MeterRegistry registry, AuditWriter audit, ActiveProfile profile) {
        this.registry = registry;
        // the active clinic profile as an info series: its id and version as labels, nothing else
        Gauge.builder("ketascreen.profile", () -> 1).description("The clinic protocol profile v2 screenings run under (value 1)")
                .tag("profile", profile.id()).tag("version", profile.version()).register(registry);
        Gauge.builder("ketascreen.audit.queue.depth", audit, AuditWriter::queued)
                .description("Audit lines waiting for the audit writer").register(registry);
        FunctionCounter.builder("ketascreen.audit.sync.fallbacks", audit, AuditWriter::synchronousWrites)
                .description("Audit lines written by the request's own thread because the handoff was full").register(registry);
        for (Door door : Door.values()) {
            if (door != Door.NONE) {
                for (int set = 0; set < RULE_SETS.size(); set++) {
                    for (Verdict verdict : VERDICTS) {
                        screenings[door.ordinal()][set][verdict.ordinal()] = Counter.builder("ketascreen.screenings")
                                .description("Screenings answered with a verdict, by door, rule-set version and verdict")
                                .tag("door", door.label()).tag("ruleset", RULE_SETS.get(set).version())
                                .tag("verdict", verdict.name()).register(registry);
                    }
                }
            }
            for (int status : USUAL_REJECTIONS) {
                rejectedCounter(door, status);
            }
        }
        for (RuleSet ruleSet : RULE_SETS) {
            for (Rule rule : ruleSet.rules()) {
                Counter[] byOutcome = findings.computeIfAbsent(rule.id(), id -> new Counter[OUTCOMES.length]);
                for (Outcome outcome : rule.outcomes()) {
                    if (byOutcome[outcome.ordinal()] == null) {
                        byOutcome[outcome.ordinal()] = findingCounter(rule.id(), outcome);
                    }
                }
            }
        }
    }

    /** One screening answered with a verdict: the verdict, and every finding by rule id and outcome. */
    public void screened(Door door, Screening screening) {
        int set = screening.ruleSet() == RULE_SETS.get(0) ? 0 : 1;
        screenings[door.ordinal()][set][screening.verdict().ordinal()].increment();
        List<Finding> list = screening.findings();
        for (int i = 0; i < list.size(); i++) {
            Finding finding = list.get(i);
            Counter[] byOutcome = findings.get(finding.ruleId());
            if (byOutcome == null) {
                continue; // not a rule of the rule set: cannot happen, and never becomes a label
            }
            Counter counter = byOutcome[finding.outcome().ordinal()];
            if (counter == null) {
                counter = byOutcome[finding.outcome().ordinal()] = findingCounter(finding.ruleId(), finding.outcome());
            }
            counter.increment();
        }
    }

    /** A request refused with a 4xx status. */
    public void rejected(Door door, int status) {
        if (status < 400 || status > 499) {
            return;
        }
        Counter counter = rejected[door.ordinal()][status - 400];
        (counter != null ? counter : rejectedCounter(door, status)).increment();
    }

    private Counter findingCounter(String ruleId, Outcome outcome) {
        return Counter.builder("ketascreen.findings").description("Findings in screening answers, by rule id and outcome")
                .tag("rule", ruleId).tag("outcome", outcome.name()).register(registry);
    }

    private Counter rejectedCounter(Door door, int status) {
        Counter counter = Counter.builder("ketascreen.rejected.requests")
                .description("Requests answered with a 4xx status, by door and status")
                .tag("door", door.label()).tag("status", Integer.toString(status)).register(registry);
        rejected[door.ordinal()][status - 400] = counter;
        return counter;
    }
}
