package org.ketascreen.cdshooks;

import org.ketascreen.json.Json;
import org.ketascreen.http.ProblemException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.inject.Singleton;

import org.ketascreen.http.Door;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.Screening;
import org.ketascreen.pipeline.AuditLog;
import org.ketascreen.pipeline.Call;
import org.ketascreen.pipeline.Pipeline;

/**
 * The patient-view service (api-contract §7, §9.6): reads the call, screens the prefetched QuestionnaireResponse
 * through the same reader and engine as the FHIR door of its version, and answers one card. The version in its
 * {@code questionnaire} picks the rule set: {@code |2.x.y} is read and screened as POST /api/v2/screenings reads and
 * screens it (rule set 2.0.0 under the active profile); no version or {@code |1.x.y} as POST /api/v1/screenings
 * (rule set 1.1.x); another version of our questionnaire gets the "cannot be screened" card naming
 * {@code questionnaire}. One intake, one answer: the resource is re-serialised and read exactly as if it had been
 * posted to that door (§6.2, §9.5), limits included, so the card's extension is that door's answer and an intake it
 * refuses is refused here with the same violations.
 */
@Singleton
public class ScreeningHook {

    private final QuestionnaireResponseReader reader;
    private final QuestionnaireResponseReader readerV2;
    private final Pipeline pipeline;
    private final AuditLog audit;
    private final ActiveProfile profile;
    private final Cards cards;

    public ScreeningHook(QuestionnaireResponseReader reader, Pipeline pipeline, AuditLog audit, PublicUrls urls, ActiveProfile profile) {
        this.reader = reader;
        this.readerV2 = QuestionnaireResponseReader.v2(QuestionnaireDefinition.v2(profile));
        this.pipeline = pipeline;
        this.audit = audit;
        this.profile = profile;
        this.cards = new Cards(pipeline.screener().ruleSet().reference(), urls.ruleSet(), pipeline.screener2().ruleSet().reference(),
                urls.ruleSetV2(), profile, urls.intakePage());
    }

    /** Which door an intake is read by, from the version in its {@code questionnaire} (api-contract §9.6). */
    enum IntakeVersion {
        /**
         * Our canonical unversioned (stored before 2.0) or with {@code |1.x.y}: rule set 1.1.x, as POST /api/v1/screenings.
         * Also, as before 2.0, whatever is not a response to a version of our questionnaire (no {@code questionnaire},
         * another Questionnaire, another resource): the v1 door judges it, as it always did.
         */
        V1,
        /** Our canonical with {@code |2.x.y}: rule set 2.0.0 under the active profile, as POST /api/v2/screenings. */
        V2,
        /** Our canonical with any other version: no rule set screens it. */
        OTHER;

        static IntakeVersion of(JsonNode resource) {
            JsonNode questionnaire = resource.get("questionnaire");
            String ours = QuestionnaireDefinition.CANONICAL_URL + "|";
            if (questionnaire == null || !questionnaire.isTextual() || !questionnaire.textValue().startsWith(ours)) {
                return V1;
            }
            String version = questionnaire.textValue().substring(ours.length());
            int dot = version.indexOf('.');
            return switch (dot < 0 ? version : version.substring(0, dot)) {
                case "1" -> V1;
                case "2" -> V2;
                default -> OTHER;
            };
        }
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
        IntakeVersion version = IntakeVersion.of(onFile.resource());
        Cards.RuleSetVersion rules = version == IntakeVersion.V1 ? Cards.RuleSetVersion.V1 : Cards.RuleSetVersion.V2;
        if (version == IntakeVersion.OTHER) {
            audit.hook(call, "not-screenable", 1);
            return cards.notScreenable(hookCall.hookInstance(), Problems.invalidRequest(
                    new InvalidIntakeException(List.of(Cards.questionnaireVersion()), 1)), rules);
        }
        // read exactly as if posted to the FHIR door of its version (§6.2, §9.5), limits included
        String door = version == IntakeVersion.V1 ? Routes.V1_SCREENINGS : Routes.V2_SCREENINGS;
        byte[] resource = Json.bytes(onFile.resource());
        if (resource.length > Routes.maxBodyBytes(door)) {
            audit.hook(call, "not-screenable", 1);
            return cards.notScreenable(hookCall.hookInstance(), Problems.tooLarge(door), rules); // the FHIR door's 413
        }
        try {
            if (version == IntakeVersion.V1) {
                Screening screening = pipeline.screen(Door.CDS_HOOKS, call, resource, reader::read);
                return cards.screened(hookCall.hookInstance(), ScreeningResponse.of(screening));
            }
            Screening screening = pipeline.screen2(Door.CDS_HOOKS, call, resource,
                    b -> profile.subject(readerV2.read(b, IntakeV2.class)));
            return cards.screened(hookCall.hookInstance(), ScreeningResponseV2.of(screening, profile));
        } catch (InvalidIntakeException e) {
            return cards.notScreenable(hookCall.hookInstance(), Problems.invalidRequest(e), rules);
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
