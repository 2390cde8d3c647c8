package org.ketascreen.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ketascreen.bench.Requests;
import org.ketascreen.intake.Intake;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;
import org.ketascreen.testing.Intakes;

/** The audit line is exactly the printf line it replaced, for every golden scenario and the worst case. */
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
                assertEquals(printf, AuditLog.line(seq, "req-" + seq, s, nanos));
                seq++;
            }
        }
    }
}
