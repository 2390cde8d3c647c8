package org.ketascreen.cdshooks;

import java.util.List;

import org.ketascreen.intake.Violations;
import org.ketascreen.json.TreeBinder;

/**
 * Reads a feedback call: the body is bound to {@link FeedbackRequest}, which declares what valid feedback is
 * (every violation at once, 400, field names only). Keeps what the value-free audit line needs: the card uuid,
 * the outcome and the override reason's code. The user's comment is checked and dropped.
 */
final class FeedbackReader {
    private FeedbackReader() {
    }

    /** One clinician decision, as the audit line shows it. {@code reasonCode} is null when no reason was coded. */
    record Entry(String card, String outcome, String reasonCode) {
    }

    static List<Entry> read(byte[] body) {
        Violations out = new Violations();
        FeedbackRequest request = TreeBinder.bind(CdsHooks.tree(body, "CDS Hooks feedback", CdsHooks.INVALID_FEEDBACK_TITLE),
                FeedbackRequest.class, out);
        CdsHooks.throwIfAny(out, FeedbackRequest.class, CdsHooks.INVALID_FEEDBACK_TITLE);
        return request.feedback().stream().map(f -> new Entry(f.card(), f.outcome(),
                f.overrideReason() == null || f.overrideReason().reason() == null ? null : f.overrideReason().reason().code())).toList();
    }
}
