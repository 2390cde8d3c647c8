package org.ketascreen.screening.rules;

import java.util.List;
import java.util.Objects;

import org.ketascreen.intake.Modality;

/**
 * What one rule concluded for one intake. Only {@link Match} and {@link Unknown} become findings;
 * {@link Satisfied} records that an inclusion criterion was met (DX-1, IND-1) without a finding.
 */
public sealed interface Result {

    Result NO_MATCH = new NoMatch();
    Result SATISFIED = new Satisfied();

    /** The rule does not apply: a plain pass. */
    record NoMatch() implements Result {
    }

    /** An inclusion criterion is met; nothing to report. */
    record Satisfied() implements Result {
    }

    /**
     * The rule applies with this outcome. {@code fields} narrows the rule's fields to the ones this
     * result rests on (null = all of the rule's fields); {@code modalities} limits it to some
     * modalities (null = the whole patient). {@code lasting}: the cause cannot change with time or treatment,
     * even where the rule's usually can (a history a clinic's profile excludes whatever its date), so the answer
     * does not invite a re-screen for it.
     */
    record Match(Outcome outcome, String message, List<String> fields, List<Modality> modalities, boolean lasting)
            implements Result {
        public Match {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }

        public Match(Outcome outcome, String message, List<String> fields, List<Modality> modalities) {
            this(outcome, message, fields, modalities, false);
        }
    }

    /** An answer the rule needs is UNKNOWN or missing: at least NEEDS_REVIEW (policy UNK-1). */
    record Unknown(String message, List<String> fields) implements Result {
        public Unknown {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A rule whose inputs call for several outcomes (api-contract §9.3): one match per distinct outcome, a
     * per-modality rule's each with its modalities, in the order their findings are listed.
     */
    record Several(List<Match> matches) implements Result {
        public Several {
            matches = List.copyOf(matches);
            if (matches.size() < 2) {
                throw new IllegalArgumentException("several results need two or more matches");
            }
        }
    }

    /** No match, one match, or {@link Several}. */
    static Result of(List<Match> matches) {
        return switch (matches.size()) {
            case 0 -> NO_MATCH;
            case 1 -> matches.get(0);
            default -> new Several(matches);
        };
    }

    static Match match(Outcome outcome, String message) {
        return new Match(outcome, message, null, null);
    }

    static Match match(Outcome outcome, String message, List<String> fields) {
        return new Match(outcome, message, fields, null);
    }

    static Unknown unknown(String message) {
        return new Unknown(message, null);
    }

    static Unknown unknown(String message, List<String> fields) {
        return new Unknown(message, fields);
    }
}
