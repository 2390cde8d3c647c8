package org.ketascreen.screening.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ketascreen.intake.Intake;

/**
 * One clinical rule: data plus a pure function. The check reads only the intake; it has no I/O, no
 * clock, no mutable state and never catches an exception (a throwing rule is a bug and must surface).
 *
 * @param id       public, stable identifier (api-contract §4); never renumbered or reused
 * @param title    the condition in words, with its thresholds written as half-open intervals
 * @param outcomes every outcome a finding of this rule can carry; empty for pure inclusion criteria
 * @param fields   the request paths the rule reads
 */
public record Rule(String id, String title, Category category, Citation source, List<Outcome> outcomes,
                   List<String> fields, Function<Intake, Result> check) {

    private static final Pattern ID = Pattern.compile("[A-Z]{2,3}-([0-9]{1,2}|INFO)");

    public Rule {
        Objects.requireNonNull(check, "check");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("malformed rule id " + id);
        }
        outcomes = List.copyOf(outcomes);
        fields = List.copyOf(fields);
    }

    public Result evaluate(Intake intake) {
        return check.apply(intake);
    }
}
