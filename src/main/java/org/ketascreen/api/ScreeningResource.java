package org.ketascreen.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import org.ketascreen.http.Door;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.questionnaire.QuestionnaireView;
import org.ketascreen.json.Json;
import org.ketascreen.http.HttpFallbacks;
import org.ketascreen.pipeline.Call;
import org.ketascreen.pipeline.Pipeline;

/**
 * The public API, v1 (api-contract §1, §6): map the request, call the engine, map the answer back. The v1
 * JSON door and the FHIR door read into the same intake and get the same answer, byte for byte.
 */
@Path(Routes.API_V1)
@Tag(name = "Screening", description = "Eligibility screening for ketamine therapy for refractory migraine")
public class ScreeningResource {

    private final JsonIntakeReader json;
    private final QuestionnaireResponseReader fhir;
    private final Pipeline pipeline;
    private final RuleSetResponse ruleSet;
    private final QuestionnaireView questionnaire;
    private final byte[] fhirQuestionnaire;

    public ScreeningResource(JsonIntakeReader json, QuestionnaireResponseReader fhir, Pipeline pipeline,
                             QuestionnaireDefinition definition) {
        this.json = json;
        this.fhir = fhir;
        this.pipeline = pipeline;
        var rules = pipeline.screener().ruleSet();
        this.ruleSet = RuleSetResponse.of(rules);
        this.questionnaire = QuestionnaireView.of(definition, rules);
        this.fhirQuestionnaire = Json.bytes(FhirQuestionnaire.of(definition, rules.version()));
    }

    @POST
    @Path(Routes.SCREENINGS)
    @Consumes({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screen", summary = "Screen one intake questionnaire",
            description = "Evaluates every rule and returns the verdict, a verdict per requested modality and every finding with its rule id, fields and source. Any verdict is a 200; 4xx means the request could not be read. Nothing is stored. The same answers posted as a FHIR QuestionnaireResponse (Content-Type application/fhir+json) get the same answer, byte for byte.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Intake.class),
                    examples = {
                            @ExampleObject(name = "reference", summary = "The contract's reference request (ELIGIBLE)", ref = "reference-request"),
                            @ExampleObject(name = "urgent", summary = "Thunderclap onset with a contraindication (URGENT_REFERRAL)", ref = "urgent-request"),
                            @ExampleObject(name = "ineligible", summary = "Uncontrolled blood pressure (INELIGIBLE)", ref = "ineligible-request"),
                            @ExampleObject(name = "review", summary = "Unknown answers and two failed classes (NEEDS_REVIEW)", ref = "review-request")}),
            @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class),
                    examples = @ExampleObject(name = "reference", summary = "The reference answers as a FHIR R4 QuestionnaireResponse of /fhir/Questionnaire/ketamine-migraine-intake (ELIGIBLE, the same answer as the v1 reference request)", ref = "reference-questionnaire-response"))})
    @APIResponse(responseCode = "200", description = "A verdict was reached, whatever it is.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningResponse.class),
                    examples = {
                            @ExampleObject(name = "reference", ref = "reference-response"),
                            @ExampleObject(name = "urgent", ref = "urgent-response"),
                            @ExampleObject(name = "ineligible", ref = "ineligible-response"),
                            @ExampleObject(name = "review", ref = "review-response")}))
    @APIResponse(responseCode = "400", description = "Malformed JSON, empty body, wrong type, missing or unknown property, out-of-range number, unknown enum value or broken cross-field rule: every violation is listed, each with its v1 field path. For a QuestionnaireResponse also: wrong resourceType, questionnaire or status, unknown linkId, wrong value type, a code not among the options, more than one answer, an answer whose enableWhen is not met (api-contract §6.2), named by the v1 path of the item.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", ref = "invalid-request-problem")))
    @APIResponse(responseCode = "401", description = "Only with access control turned on (ketascreen.auth.enabled): no bearer token, or a token that is malformed, expired, unsigned or signed by another key, or for another issuer or audience.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only with access control turned on: a valid token without the screening role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content type other than application/json or application/fhir+json.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet(@SecurityRequirement(name = ScreeningApplication.BEARER))
    @SecurityRequirementsSet // anonymous: access control is off by default
    @NonBlocking
    public byte[] screen(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @HeaderParam(HttpFallbacks.REQUEST_ID) String requestId, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            throw new NotSupportedException();
        }
        boolean isFhir = isFhir(MediaType.valueOf(contentType));
        Problems.checkBodySize(body, Routes.V1_SCREENINGS);
        return ScreeningResponse.of(isFhir ? pipeline.screen(Door.FHIR, Call.of(requestId), body, fhir::read)
                : pipeline.screen(Door.JSON, Call.of(requestId), body, json::read)).json();
    }

    @GET
    @Path(Routes.RULESET)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRuleSet", summary = "The rule set in force", description = "Id, semantic version and every rule with its title, category, possible outcomes, the request fields it reads and its source.")
    @APIResponse(responseCode = "200", description = "The rule set.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetResponse.class)))
    @SecurityRequirementsSet // public, with access control on or off
    public RuleSetResponse ruleset() {
        return ruleSet;
    }

    @GET
    @Path(Routes.QUESTIONNAIRE)
    @Produces({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    @Operation(operationId = "getQuestionnaire", summary = "The intake questionnaire definition", description = "Every request field as a question a form can render: path, type, required, range, allowed values with patient-facing labels, question text, help text, conditions (enableWhen) and the rules that read it. With Accept: application/fhir+json, the same questionnaire as a FHIR R4 Questionnaire (as GET /fhir/Questionnaire/ketamine-migraine-intake).")
    @APIResponse(responseCode = "200", description = "The questionnaire.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)),
            @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class))})
    @SecurityRequirementsSet // public, with access control on or off
    public Response questionnaire(@Context HttpHeaders headers) {
        return negotiated(headers, questionnaire, fhirQuestionnaire);
    }

    /** A questionnaire in the rendering the caller accepts first: FHIR when named exactly, else JSON; 406 otherwise. */
    static Response negotiated(HttpHeaders headers, Object json, byte[] fhir) {
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            if (!wanted.isWildcardSubtype() && isFhir(wanted)) {
                return Response.ok(fhir, FhirQuestionnaire.MEDIA_TYPE).build();
            }
            if (wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        throw new NotAcceptableException();
    }

    static boolean isFhir(MediaType type) {
        return "application".equalsIgnoreCase(type.getType()) && "fhir+json".equalsIgnoreCase(type.getSubtype());
    }
}
