package org.ketascreen.screening.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ketascreen.intake.Intake;

/**
 * One clinical rule: data plus a pure function. The check reads only the {@link Subject}; it has no I/O, no
 * clock, no mutable state and never catches an exception (a throwing rule is a bug and must surface).
 * Family files declare rules with {@link Rules#rule}; this record checks the declaration is complete.
 *
 * @param id         public, stable identifier (api-contract §4); never renumbered or reused
 * @param title      the condition in words, with its thresholds written as half-open intervals
 * @param outcomes   every outcome a finding of this rule can carry; empty for pure inclusion criteria
 * @param modifiable an INELIGIBLE finding of this rule has a cause that can change with time or
 *                   treatment (blood pressure control, the end of a pregnancy, stopping a medicine, time
 *                   since an event, further preventive trials): the answer invites a re-screen
 * @param fields     the request paths the rule reads
 */
public record Rule(String id, String title, Category category, Citation source, List<Outcome> outcomes,
                   boolean modifiable, List<String> fields, Function<Subject, Result> check) {

    private static final Pattern ID = Pattern.compile("[A-Z]{2,4}-([0-9]{1,2}|INFO)");

    public Rule {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("malformed rule id " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(id + " has no title");
        }
        Objects.requireNonNull(category, id + " has no category");
        Objects.requireNonNull(source, id + " has no source");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, id + " declares no outcomes"));
        fields = List.copyOf(Objects.requireNonNull(fields, id + " reads no fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(id + " reads no fields");
        }
        if (modifiable && !outcomes.contains(Outcome.INELIGIBLE)) {
            throw new IllegalArgumentException(id + " is modifiable but can never be INELIGIBLE");
        }
        Objects.requireNonNull(check, id + " has no check");
    }

    public Result evaluate(Subject subject) {
        return check.apply(subject);
    }

    /** A v1 intake under rule set 1.1's thresholds. */
    public Result evaluate(Intake intake) {
        return check.apply(Subject.of(intake));
    }
}
