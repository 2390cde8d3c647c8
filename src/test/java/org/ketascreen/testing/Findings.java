package org.ketascreen.testing;

import java.util.List;
import java.util.stream.Collectors;

import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Result;

/** Reads findings of a screening for assertions. */
public final class Findings {
    private Findings() {
    }

    /** The outcome of the rule's finding, or "PASS" when the rule produced none. */
    public static String outcomeOf(Screening screening, String ruleId) {
        return screening.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.outcome().name())
                .findFirst().orElse("PASS");
    }

    /** An inclusion criterion (DX-1, IND-1) is met: it gives no finding, only a satisfied result. */
    public static boolean met(Screening screening, String ruleId) {
        return screening.evaluations().stream().filter(e -> e.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ruleId)).result() instanceof Result.Satisfied;
    }

    public static Finding finding(Screening screening, String ruleId) {
        return screening.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " did not fire; fired: " + fired(screening)));
    }

    /** Rule ids of the findings with a given prefix ("BP-", "RF-"), in finding order. */
    public static List<String> fired(Screening screening, String prefix) {
        return screening.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith(prefix)).toList();
    }

    public static String fired(Screening screening) {
        return screening.findings().stream().map(f -> f.ruleId() + ":" + f.outcome()).collect(Collectors.joining(", "));
    }

    public static boolean has(Screening screening, String ruleId, Outcome outcome) {
        return screening.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.outcome() == outcome);
    }
}
