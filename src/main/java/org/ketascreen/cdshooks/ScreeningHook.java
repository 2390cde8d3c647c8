package org.ketascreen.cdshooks;

import java.util.List;

import jakarta.inject.Singleton;

import org.ketascreen.api.Problem;
import org.ketascreen.api.Problems;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.intake.InputLimits;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.system.AuditLog;
import org.ketascreen.system.ScreeningMetrics;

/**
 * The patient-view service (api-contract §7): reads the call, screens the prefetched QuestionnaireResponse
 * through the same reader and engine as POST /api/v1/screenings, and answers one card. One intake, one
 * answer: the resource is re-serialised and read exactly as if it had been posted to the FHIR door (§6.2),
 * limits included, so the card's extension is that door's answer and an intake it refuses is refused here
 * with the same violations.
 */
@Singleton
public class ScreeningHook {

    private final QuestionnaireResponseReader reader;
    private final Screener screener;
    private final AuditLog audit;
    private final ScreeningMetrics metrics;
    private final Cards cards;

    public ScreeningHook(QuestionnaireResponseReader reader, Screener screener, AuditLog audit, ScreeningMetrics metrics,
                         PublicUrls urls) {
        this.reader = reader;
        this.screener = screener;
        this.audit = audit;
        this.metrics = metrics;
        this.cards = new Cards(screener.ruleSet().reference(), urls.ruleSet(), urls.intakePage());
    }

    /** The answer's JSON bytes: {"cards":[one card]}. A 400 or 412 problem when the call cannot be served. */
    public byte[] call(String requestId, byte[] body) {
        long started = System.nanoTime();
        HookRequestReader.HookCall call;
        try {
            call = HookRequestReader.read(body);
        } catch (CdsHooksProblem e) {
            Problem problem = e.problem();
            audit.hookRejected(requestId, problem.status(), problem.violations() == null ? 0 : problem.violations().size());
            throw e;
        }
        CdsServiceResponse.Card card;
        if (call.intake() instanceof HookRequestReader.OnFile onFile) {
            byte[] resource = CdsJson.bytes(onFile.resource());
            Problem refused = null;
            int violations = 1;
            Screening screening = null;
            if (resource.length > InputLimits.MAX_BODY_BYTES) {
                refused = Problems.TOO_LARGE; // what the FHIR door answers (413) for a resource this large
            } else {
                try {
                    Intake intake = reader.read(resource);
                    screening = screener.screen(intake);
                } catch (InvalidIntakeException e) {
                    refused = Problems.invalidRequest(e);
                    violations = e.total();
                }
            }
            if (screening != null) {
                card = cards.screened(call.hookInstance(), ScreeningResponse.of(screening));
                audit.hook(requestId, call.hookInstance(), "screened", screening, 0, System.nanoTime() - started);
                metrics.screened(ScreeningMetrics.Door.CDS_HOOKS, screening);
            } else {
                card = cards.notScreenable(call.hookInstance(), refused);
                audit.hook(requestId, call.hookInstance(), "not-screenable", null, violations, System.nanoTime() - started);
            }
        } else {
            card = cards.noIntake(call.hookInstance());
            audit.hook(requestId, call.hookInstance(), "no-intake", null, 0, System.nanoTime() - started);
        }
        return CdsJson.bytes(new CdsServiceResponse(List.of(card)));
    }

    /** Records each feedback entry as a value-free audit line; nothing is stored. A 400 problem when malformed. */
    public void feedback(String requestId, byte[] body) {
        List<FeedbackReader.Entry> entries;
        try {
            entries = FeedbackReader.read(body);
        } catch (CdsHooksProblem e) {
            Problem problem = e.problem();
            audit.hookRejected(requestId, problem.status(), problem.violations() == null ? 0 : problem.violations().size());
            throw e;
        }
        for (FeedbackReader.Entry entry : entries) {
            audit.feedback(requestId, entry.card(), entry.outcome(), entry.reasonCode());
        }
    }
}
