package org.ketascreen.cdshooks;

import org.ketascreen.json.Json;
import org.ketascreen.http.ProblemException;
import java.util.List;

import jakarta.inject.Singleton;

import org.ketascreen.http.Door;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.screening.Screening;
import org.ketascreen.pipeline.AuditLog;
import org.ketascreen.pipeline.Call;
import org.ketascreen.pipeline.Pipeline;

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
    private final Pipeline pipeline;
    private final AuditLog audit;
    private final Cards cards;

    public ScreeningHook(QuestionnaireResponseReader reader, Pipeline pipeline, AuditLog audit, PublicUrls urls) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.audit = audit;
        this.cards = new Cards(pipeline.screener().ruleSet().reference(), urls.ruleSet(), urls.intakePage());
    }

    /** The answer's JSON bytes: {"cards":[one card]}. A 400 or 412 problem when the call cannot be served. */
    public byte[] call(String requestId, byte[] body) {
        long started = System.nanoTime();
        HookRequestReader.HookCall hookCall = read(requestId, () -> HookRequestReader.read(body));
        Call call = Call.hook(requestId, hookCall.hookInstance(), started);
        return Json.bytes(new CdsServiceResponse(List.of(card(hookCall, call))));
    }

    private CdsServiceResponse.Card card(HookRequestReader.HookCall hookCall, Call call) {
        if (!(hookCall.intake() instanceof HookRequestReader.OnFile onFile)) {
            audit.hook(call, "no-intake", 0);
            return cards.noIntake(hookCall.hookInstance());
        }
        // read exactly as if posted to the FHIR door (§6.2), limits included
        byte[] resource = Json.bytes(onFile.resource());
        if (resource.length > Routes.maxBodyBytes(Routes.V1_SCREENINGS)) {
            audit.hook(call, "not-screenable", 1);
            return cards.notScreenable(hookCall.hookInstance(), Problems.tooLarge(Routes.V1_SCREENINGS)); // the FHIR door's 413
        }
        try {
            Screening screening = pipeline.screen(Door.CDS_HOOKS, call, resource, reader::read);
            return cards.screened(hookCall.hookInstance(), ScreeningResponse.of(screening));
        } catch (InvalidIntakeException e) {
            return cards.notScreenable(hookCall.hookInstance(), Problems.invalidRequest(e));
        }
    }

    /** Records each feedback entry as a value-free audit line; nothing is stored. A 400 problem when malformed. */
    public void feedback(String requestId, byte[] body) {
        for (FeedbackReader.Entry entry : read(requestId, () -> FeedbackReader.read(body))) {
            audit.feedback(requestId, entry.card(), entry.outcome(), entry.reasonCode());
        }
    }

    /** A call or feedback that cannot be read is answered with its problem, and audited by status and count. */
    private <T> T read(String requestId, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            Problem problem = e.problem();
            audit.hookRejected(requestId, problem.status(), problem.violations() == null ? 0 : problem.violations().size());
            throw e;
        }
    }
}
