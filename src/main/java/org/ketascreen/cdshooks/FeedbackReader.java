package org.ketascreen.cdshooks;

import org.ketascreen.http.Problems;
import org.ketascreen.http.ProblemException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.intake.Violation;

/**
 * Reads a feedback call (CDS Hooks 2.0.1 §Feedback) as the spec defines it: {@code feedback}, a non-empty
 * array of entries, each with {@code card}, {@code outcome} ({@code accepted} or {@code overridden}),
 * {@code outcomeTimestamp} (RFC 3339 §5.6), {@code acceptedSuggestions} (required for accepted) and an
 * optional {@code overrideReason} ({@code reason} Coding, {@code userComment}); no null or empty value
 * (§Use of JSON). Other properties are accepted. What is kept is what the value-free audit line needs: the
 * card uuid, the outcome and the override reason's code. The user's comment is checked and dropped.
 */
final class FeedbackReader {
    private FeedbackReader() {
    }

    /** Entries in one call: far above what a clinician's session produces, far below what costs anything. */
    static final int MAX_ENTRIES = 100;
    /** RFC 3339 §5.6 date-time: seconds required, fraction optional, Z or a numeric offset. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    /** One clinician decision, as the audit line shows it. {@code reasonCode} is null when no reason was coded. */
    record Entry(String card, String outcome, String reasonCode) {
    }

    static List<Entry> read(byte[] body) {
        JsonNode root = CdsHooks.tree(body, "CDS Hooks feedback", CdsHooks.INVALID_FEEDBACK_TITLE);
        List<Violation> out = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        JsonNode feedback = root.get("feedback");
        if (feedback == null || feedback.isNull()) {
            out.add(new Violation("feedback", "is required"));
        } else if (!feedback.isArray()) {
            out.add(new Violation("feedback", "must be a JSON array"));
        } else if (feedback.isEmpty()) {
            out.add(new Violation("feedback", "must hold at least one entry"));
        } else if (feedback.size() > MAX_ENTRIES) {
            out.add(new Violation("feedback", "must hold at most " + MAX_ENTRIES + " entries"));
        } else {
            for (int i = 0; i < feedback.size(); i++) {
                Entry entry = entry(feedback.get(i), "feedback[" + i + "]", out);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        if (!out.isEmpty()) {
            throw ProblemException.invalid(Problems.INVALID_HOOK_REQUEST, CdsHooks.INVALID_FEEDBACK_TITLE, out);
        }
        return List.copyOf(entries);
    }

    private static Entry entry(JsonNode entry, String at, List<Violation> out) {
        if (!entry.isObject()) {
            out.add(new Violation(at, "must be a JSON object"));
            return null;
        }
        int before = out.size();
        String card = string(entry, "card", at, true, out);
        String outcome = string(entry, "outcome", at, true, out);
        if (outcome != null && !outcome.equals("accepted") && !outcome.equals("overridden")) {
            out.add(new Violation(at + ".outcome", "must be accepted or overridden"));
        }
        String timestamp = string(entry, "outcomeTimestamp", at, true, out);
        if (timestamp != null && !isDateTime(timestamp)) {
            out.add(new Violation(at + ".outcomeTimestamp", "must be an RFC 3339 date-time, e.g. 2026-03-02T15:04:05Z"));
        }
        JsonNode accepted = entry.get("acceptedSuggestions");
        if (accepted == null) {
            if ("accepted".equals(outcome)) {
                out.add(new Violation(at + ".acceptedSuggestions", "is required when outcome is accepted"));
            }
        } else if (!accepted.isArray() || accepted.isEmpty()) {
            out.add(new Violation(at + ".acceptedSuggestions", "must be a non-empty JSON array"));
        } else {
            for (int k = 0; k < accepted.size(); k++) {
                String item = at + ".acceptedSuggestions[" + k + "]";
                if (accepted.get(k).isObject()) {
                    string(accepted.get(k), "id", item, true, out);
                } else {
                    out.add(new Violation(item, "must be a JSON object"));
                }
            }
        }
        String reasonCode = overrideReason(entry.get("overrideReason"), at + ".overrideReason", out);
        return out.size() == before ? new Entry(card, outcome, reasonCode) : null;
    }

    private static String overrideReason(JsonNode reason, String at, List<Violation> out) {
        if (reason == null) {
            return null;
        }
        if (!reason.isObject() || reason.isEmpty()) {
            out.add(new Violation(at, "must be a non-empty JSON object"));
            return null;
        }
        string(reason, "userComment", at, false, out);
        JsonNode coding = reason.get("reason");
        if (coding == null) {
            return null;
        }
        String path = at + ".reason";
        if (!coding.isObject()) {
            out.add(new Violation(path, "must be a Coding (system, code, display)"));
            return null;
        }
        string(coding, "system", path, true, out);
        string(coding, "display", path, false, out);
        return string(coding, "code", path, true, out);
    }

    /** A string property; a violation when required and absent, or present but null, not a string or empty. */
    private static String string(JsonNode parent, String name, String at, boolean required, List<Violation> out) {
        JsonNode value = parent.get(name);
        String path = at + "." + name;
        if (value == null) {
            if (required) {
                out.add(new Violation(path, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            out.add(new Violation(path, value.isNull() ? "must not be null" : "must be a string"));
            return null;
        }
        if (value.textValue().isEmpty()) {
            out.add(new Violation(path, "must not be empty"));
            return null;
        }
        return value.textValue();
    }

    static boolean isDateTime(String value) {
        if (!DATE_TIME.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
