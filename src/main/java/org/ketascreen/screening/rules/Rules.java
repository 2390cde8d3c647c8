package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.PastEvent;

/** The small vocabulary the family tables are written in. */
final class Rules {
    private Rules() {
    }

    /**
     * A rule with one outcome and a three-valued condition. UNKNOWN gives NEEDS_REVIEW (UNK-1), or
     * INFO when the rule is informational only.
     */
    static Rule flag(String id, String title, Category category, Citation source, Outcome outcome,
                     String message, Function<Intake, Tri> condition, String... fields) {
        String unknown = unknownMessage(title);
        List<Outcome> outcomes = outcome == INFO || outcome == NEEDS_REVIEW
                ? List.of(outcome) : List.of(outcome, NEEDS_REVIEW);
        return graded(id, title, category, source, outcomes, intake -> switch (condition.apply(intake)) {
            case MATCH -> Result.match(outcome, message);
            case NO_MATCH -> Result.NO_MATCH;
            case UNKNOWN -> outcome == INFO ? Result.match(INFO, unknown) : Result.unknown(unknown);
        }, fields);
    }

    /** A rule with several outcomes; its check returns the result itself. */
    static Rule graded(String id, String title, Category category, Citation source, List<Outcome> outcomes,
                       Function<Intake, Result> check, String... fields) {
        List<String> read = List.of(fields);
        AnswerPaths answers = AnswerPaths.of(read);
        return new Rule(id, title, category, source, outcomes, read, intake -> narrowed(check.apply(intake), intake, answers));
    }

    /** A result that does not name its fields rests on the rule's answers that are not NO. */
    private static Result narrowed(Result result, Intake intake, AnswerPaths answers) {
        if (result instanceof Result.Match m && m.fields() == null) {
            return new Result.Match(m.outcome(), m.message(), answers.notNo(intake), m.modalities());
        }
        if (result instanceof Result.Unknown u && u.fields() == null) {
            return new Result.Unknown(u.message(), answers.notNo(intake));
        }
        return result;
    }

    static String unknownMessage(String title) {
        return "Could not be ruled out because an answer is unknown or missing: " + title + ".";
    }

    static Tri yes(Answer answer) {
        return Tri.of(answer);
    }

    /**
     * A dated past event with a recency window: YES inside the window is INELIGIBLE, YES before it is
     * NEEDS_REVIEW, and YES without a date or an UNKNOWN answer is unknown (the window cannot be placed).
     */
    static Result sinceEvent(PastEvent event, IntPredicate withinWindow, String title,
                             String recentMessage, String olderMessage) {
        if (event.answer() == Answer.NO) {
            return Result.NO_MATCH;
        }
        if (event.answer() == Answer.UNKNOWN || event.monthsAgo() == null) {
            return Result.unknown(unknownMessage(title));
        }
        return withinWindow.test(event.monthsAgo())
                ? Result.match(INELIGIBLE, recentMessage)
                : Result.match(NEEDS_REVIEW, olderMessage);
    }
}
