package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Outcome.INELIGIBLE;
import static org.ketascreen.screening.rules.Outcome.INFO;
import static org.ketascreen.screening.rules.Outcome.NEEDS_REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.PastEvent;

/** The small vocabulary the family tables are written in. */
final class Rules {
    private Rules() {
    }

    /**
     * Starts a rule's declaration, one named part at a time:
     * <pre>
     * rule("ORG-6").title("Seizure disorder").category(ORGAN_FUNCTION).source(Sources.CLINIC_PROTOCOLS)
     *         .reads("conditions.seizureDisorder")
     *         .when(in -&gt; yes(in.conditions().seizureDisorder()))
     *         .flag(NEEDS_REVIEW, "A seizure disorder: ...")
     * </pre>
     * It ends with {@link Declaration#flag} (one outcome and a three-valued condition) or with
     * {@link Declaration#outcomes} and {@link Declaration#check} (a check that returns the result itself).
     */
    static Declaration rule(String id) {
        return new Declaration(id);
    }

    /** A rule being declared. Each part is set once; the {@link Rule} it ends in validates the whole. */
    static final class Declaration {
        private final String id;
        private String title;
        private Category category;
        private Citation source;
        private boolean modifiable;
        private List<String> fields;
        private List<Outcome> outcomes;
        private Function<Subject, Tri> condition;

        private Declaration(String id) {
            this.id = id;
        }

        /** The condition in words, thresholds as half-open intervals: {@code "Age [65, ∞) years"}. */
        Declaration title(String title) {
            this.title = once(this.title, title, "title");
            return this;
        }

        Declaration category(Category category) {
            this.category = once(this.category, category, "category");
            return this;
        }

        /** A {@link Sources} entry. */
        Declaration source(Citation source) {
            this.source = once(this.source, source, "source");
            return this;
        }

        /** See {@link Rule#modifiable()}: an INELIGIBLE finding of this rule invites a re-screen. */
        Declaration modifiable() {
            this.modifiable = true;
            return this;
        }

        /** The request paths the rule reads; a finding cites those it rests on. */
        Declaration reads(String... fields) {
            this.fields = once(this.fields, List.of(fields), "fields");
            return this;
        }

        /** Every outcome the check can give; none for an inclusion criterion. */
        Declaration outcomes(Outcome... outcomes) {
            this.outcomes = once(this.outcomes, List.of(outcomes), "outcomes");
            return this;
        }

        /** The three-valued condition of a {@link #flag}, over the intake as rule set 1.1 reads it. */
        Declaration when(Function<Intake, Tri> condition) {
            this.condition = once(this.condition, subject -> condition.apply(subject.v1()), "condition");
            return this;
        }

        /** The three-valued condition of a {@link #flag}, over the whole subject (v2 answers, parameters). */
        Declaration whenSubject(Function<Subject, Tri> condition) {
            this.condition = once(this.condition, condition, "condition");
            return this;
        }

        /**
         * Ends a rule with one outcome: MATCH gives {@code outcome} with {@code message}; UNKNOWN gives
         * NEEDS_REVIEW (UNK-1), or INFO when the rule is informational only.
         */
        Rule flag(Outcome outcome, String message) {
            return flag(outcome, parameters -> message);
        }

        /** Ends a rule whose check returns the result itself; {@link #outcomes} names what it can give. */
        Rule check(Function<Intake, Result> check) {
            return judge(subject -> check.apply(subject.v1()));
        }

        /**
         * Ends a rule whose check reads the whole subject: v2 answers, parameters, screened modalities. A result
         * that names no fields rests on the rule's answers that are not NO, as for {@link #check}, when the rule
         * reads v1 paths only; a rule of 2.0.0 that reads v2 paths names its fields in every result.
         */
        Rule judge(Function<Subject, Result> check) {
            if (condition != null) {
                throw new IllegalStateException(id + ": when(...) belongs to a flag");
            }
            return build(check);
        }

        private Rule build(Function<Subject, Result> check) {
            AnswerPaths answers = fields == null ? null : AnswerPaths.of(fields);
            return new Rule(id, title, category, source, outcomes, modifiable, fields,
                    check == null ? null : subject -> narrowed(check.apply(subject), subject, answers));
        }

        /**
         * As {@link #flag(Outcome, String)}, with a message that states the parameter values applied (api-contract
         * §9.3): worded from the subject's parameters when the rule matches.
         */
        Rule flag(Outcome outcome, Function<ParameterValues, String> message) {
            if (condition == null || outcomes != null) {
                throw new IllegalStateException(id + ": a flag needs when(...) and derives its outcomes");
            }
            outcomes = outcome == INFO || outcome == NEEDS_REVIEW ? List.of(outcome) : List.of(outcome, NEEDS_REVIEW);
            String unknown = unknownMessage(title);
            Function<Subject, Tri> when = condition;
            return build(subject -> switch (when.apply(subject)) {
                case MATCH -> Result.match(outcome, message.apply(subject.parameters()));
                case NO_MATCH -> Result.NO_MATCH;
                case UNKNOWN -> outcome == INFO ? Result.match(INFO, unknown) : Result.unknown(unknown);
            });
        }

        private <T> T once(T current, T value, String part) {
            if (current != null) {
                throw new IllegalStateException(id + " declares its " + part + " twice");
            }
            return value;
        }
    }

    /** A result that does not name its fields rests on the rule's answers that are not NO. */
    private static Result narrowed(Result result, Subject subject, AnswerPaths answers) {
        if (result instanceof Result.Match m && m.fields() == null) {
            return new Result.Match(m.outcome(), m.message(), answers.notNo(subject), m.modalities(), m.lasting());
        }
        if (result instanceof Result.Unknown u && u.fields() == null) {
            return new Result.Unknown(u.message(), answers.notNo(subject));
        }
        if (result instanceof Result.Several several) {
            return new Result.Several(several.matches().stream()
                    .map(m -> (Result.Match) narrowed(m, subject, answers)).toList());
        }
        return result;
    }

    /**
     * A per-modality (◆) result (api-contract §9.3): each screened modality's outcome (null: none), one match per
     * distinct outcome, each with its modalities in Modality order, the matches in the order of their first modality.
     */
    static Result perModality(Subject subject, Function<Modality, Outcome> outcomeOf, Function<Outcome, String> message,
                              List<String> fields) {
        List<Outcome> outcomes = new ArrayList<>(3);
        List<List<Modality>> modalities = new ArrayList<>(3);
        for (Modality modality : subject.screened()) {
            Outcome outcome = outcomeOf.apply(modality);
            if (outcome == null) {
                continue;
            }
            int at = outcomes.indexOf(outcome);
            if (at < 0) {
                outcomes.add(outcome);
                modalities.add(new ArrayList<>(3));
                at = outcomes.size() - 1;
            }
            modalities.get(at).add(modality);
        }
        List<Result.Match> matches = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            matches.add(new Result.Match(outcomes.get(i), message.apply(outcomes.get(i)), fields, List.copyOf(modalities.get(i))));
        }
        return Result.of(matches);
    }

    /** ORAL one outcome, IV and IN another: the split most ◆ rules make. */
    static Function<Modality, Outcome> split(Outcome inClinic, Outcome oral) {
        return modality -> modality == Modality.ORAL_MICRODOSE ? oral : inClinic;
    }

    /** The same outcome for every screened modality. */
    static Function<Modality, Outcome> all(Outcome outcome) {
        return modality -> outcome;
    }

    /** An outcome for one modality only. */
    static Function<Modality, Outcome> only(Modality only, Outcome outcome) {
        return modality -> modality == only ? outcome : null;
    }

    static String unknownMessage(String title) {
        return "Could not be ruled out because an answer is unknown or missing: " + title + ".";
    }

    static Tri yes(Answer answer) {
        return Tri.of(answer);
    }

    /**
     * A past event a clinic's profile excludes whatever its date: YES is INELIGIBLE, UNKNOWN is unknown (api-contract
     * §9.3, {@code cv1.anyHistoryIneligible}, {@code psy2.anyHistoryIneligible}).
     */
    static Result anyHistory(PastEvent event, String title, String message) {
        return switch (event.answer()) {
            case NO -> Result.NO_MATCH;
            case YES -> new Result.Match(INELIGIBLE, message, null, null, true); // a history stays: no re-screen
            case UNKNOWN -> Result.unknown(unknownMessage(title));
        };
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
