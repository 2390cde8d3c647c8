package org.ketascreen.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import org.ketascreen.questionnaire.InputLimits;
import org.ketascreen.questionnaire.Intake;
import org.ketascreen.questionnaire.InvalidIntakeException;
import org.ketascreen.questionnaire.IntakeReader;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.system.AuditLog;
import org.ketascreen.system.HttpFallbacks;
import org.ketascreen.system.Problem;
import org.ketascreen.system.ScreeningMetrics;

/** The public API, v1 (api-contract §1): map the request, call the engine, map the answer back. */
@Path("/api/v1")
@Tag(name = "Screening", description = "Eligibility screening for ketamine therapy for refractory migraine")
public class ScreeningResource {

    private final IntakeReader reader;
    private final Screener screener;
    private final AuditLog audit;
    private final ScreeningMetrics metrics;
    private final RuleSetResponse ruleSet;
    private final QuestionnaireResponse questionnaire;

    public ScreeningResource(IntakeReader reader, Screener screener, AuditLog audit, ScreeningMetrics metrics,
                             QuestionnaireDefinition definition) {
        this.reader = reader;
        this.screener = screener;
        this.audit = audit;
        this.metrics = metrics;
        this.ruleSet = RuleSetResponse.of(screener.ruleSet());
        this.questionnaire = QuestionnaireResponse.of(definition, screener.ruleSet());
    }

    @POST
    @Path("/screenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen one intake questionnaire",
            description = "Evaluates every rule and returns the verdict, a verdict per requested modality and every finding with its rule id, fields and source. Any verdict is a 200; 4xx means the request could not be read. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Intake.class),
            examples = {
                    @ExampleObject(name = "reference", summary = "The contract's reference request (ELIGIBLE)", ref = "reference-request"),
                    @ExampleObject(name = "urgent", summary = "Thunderclap onset with a contraindication (URGENT_REFERRAL)", ref = "urgent-request"),
                    @ExampleObject(name = "ineligible", summary = "Uncontrolled blood pressure (INELIGIBLE)", ref = "ineligible-request"),
                    @ExampleObject(name = "review", summary = "Unknown answers and two failed classes (NEEDS_REVIEW)", ref = "review-request")}))
    @APIResponse(responseCode = "200", description = "A verdict was reached, whatever it is.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningResponse.class),
                    examples = {
                            @ExampleObject(name = "reference", ref = "reference-response"),
                            @ExampleObject(name = "urgent", ref = "urgent-response"),
                            @ExampleObject(name = "ineligible", ref = "ineligible-response"),
                            @ExampleObject(name = "review", ref = "review-response")}))
    @APIResponse(responseCode = "400", description = "Malformed JSON, empty body, wrong type, missing or unknown property, out-of-range number, unknown enum value or broken cross-field rule: every violation is listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", ref = "invalid-request-problem")))
    @APIResponse(responseCode = "401", description = "Only with access control turned on (ketascreen.auth.enabled): no bearer token, or a token that is malformed, expired, unsigned or signed by another key, or for another issuer or audience.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only with access control turned on: a valid token without the screening role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content type other than application/json.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking
    public ScreeningResponse screen(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @HeaderParam(HttpFallbacks.REQUEST_ID) String requestId, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            throw new NotSupportedException();
        }
        if (body.length > InputLimits.MAX_BODY_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        long started = System.nanoTime();
        Intake intake;
        try {
            intake = reader.read(body);
        } catch (InvalidIntakeException e) {
            audit.rejected(requestId, 400, e.total());
            throw e;
        }
        Screening screening = screener.screen(intake);
        audit.screened(requestId, screening, System.nanoTime() - started);
        metrics.screened(ScreeningMetrics.Door.JSON, screening);
        return ScreeningResponse.of(screening);
    }

    @GET
    @Path("/ruleset")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rule set in force", description = "Id, semantic version and every rule with its title, category, possible outcomes, the request fields it reads and its source.")
    @APIResponse(responseCode = "200", description = "The rule set.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetResponse.class)))
    public RuleSetResponse ruleset() {
        return ruleSet;
    }

    @GET
    @Path("/questionnaire")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The intake questionnaire definition", description = "Every request field as a question a form can render: path, type, required, range, allowed values with patient-facing labels, question text, help text, conditions (enableWhen) and the rules that read it.")
    @APIResponse(responseCode = "200", description = "The questionnaire.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireResponse.class)))
    public QuestionnaireResponse questionnaire() {
        return questionnaire;
    }
}
