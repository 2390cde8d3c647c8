package org.ketascreen.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import org.ketascreen.http.Door;
import org.ketascreen.http.HttpFallbacks;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import org.ketascreen.intake.Offer;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.json.Json;
import org.ketascreen.pipeline.Call;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.questionnaire.QuestionnaireViewV2;
import org.ketascreen.pipeline.Pipeline;
import org.ketascreen.screening.ActiveProfile;

/**
 * The public API, v2 (api-contract §9): intake 2.0 screened with rule set 2.0.0 under the active clinic profile.
 * The same pipeline and engine as v1; only the records, the rule set and the profile differ.
 */
@Path(Routes.API_V2)
@Tag(name = "Screening", description = "Eligibility screening for ketamine therapy for refractory migraine")
public class ScreeningResourceV2 {

    private final JsonIntakeReader json;
    private final QuestionnaireResponseReader fhir;
    private final Offer offer;
    private final Pipeline pipeline;
    private final ActiveProfile profile;
    private final RuleSetResponseV2 ruleSet;
    private final QuestionnaireViewV2 questionnaire;
    private final byte[] fhirQuestionnaire;

    public ScreeningResourceV2(JsonIntakeReader json, Pipeline pipeline, ActiveProfile profile) {
        this.json = json;
        this.pipeline = pipeline;
        this.profile = profile;
        var rules = pipeline.screener2().ruleSet();
        QuestionnaireDefinition definition = QuestionnaireDefinition.v2(profile);
        this.fhir = QuestionnaireResponseReader.v2(definition);
        this.offer = definition.offer();
        this.ruleSet = RuleSetResponseV2.of(rules);
        this.questionnaire = QuestionnaireViewV2.of(definition, rules);
        this.fhirQuestionnaire = Json.bytes(FhirQuestionnaire.of(definition, rules.version()));
    }

    @POST
    @Path(Routes.SCREENINGS)
    @Consumes({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenV2", summary = "Screen one intake questionnaire, version 2",
            description = "Evaluates every rule of rule set 2.0.0 under the active clinic profile and returns the verdict, a verdict and conditions per screened modality and every finding with its rule id, fields, source and (per-modality rules) modalities. Any verdict is a 200. Nothing is stored. The same answers posted as a FHIR QuestionnaireResponse of Questionnaire 2.0.0 (Content-Type application/fhir+json) get the same answer, byte for byte.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeV2.class)),
            @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class))})
    @APIResponse(responseCode = "200", description = "A verdict was reached, whatever it is.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningResponseV2.class)))
    @APIResponse(responseCode = "400", description = "As v1, each field a v2 request path; also a field present whose “asked when” does not hold, a required one missing when it holds, and a requested modality the profile does not offer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Only with access control turned on: no valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only with access control turned on: a valid token without the screening role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content type other than application/json.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet(@SecurityRequirement(name = ScreeningApplication.BEARER))
    @SecurityRequirementsSet // anonymous: access control is off by default
    @NonBlocking
    public byte[] screen(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam(HttpFallbacks.REQUEST_ID) String requestId, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            throw new NotSupportedException();
        }
        boolean isFhir = ScreeningResource.isFhir(MediaType.valueOf(contentType));
        Problems.checkBodySize(body, Routes.V2_SCREENINGS);
        return ScreeningResponseV2.of(isFhir
                ? pipeline.screen2(Door.FHIR, Call.of(requestId), body, b -> profile.subject(fhir.read(b, IntakeV2.class)))
                : pipeline.screen2(Door.JSON, Call.of(requestId), body, b -> profile.subject(json.read(b, IntakeV2.class, offer))), profile).json();
    }

    @GET
    @Path(Routes.QUESTIONNAIRE)
    @Produces({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    @Operation(operationId = "getQuestionnaireV2", summary = "The intake questionnaire, version 2, for the active clinic profile", description = "Version 1's JSON format plus the profile: only the modalities the profile offers, texts quoting its parameter values. With Accept: application/fhir+json, the FHIR R4 Questionnaire 2.0.0 (as GET /fhir/Questionnaire/ketamine-migraine-intake).")
    @APIResponse(responseCode = "200", description = "The questionnaire.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireViewV2.class)),
            @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class))})
    @SecurityRequirementsSet // public, with access control on or off
    public Response questionnaire(@Context HttpHeaders headers) {
        return ScreeningResource.negotiated(headers, questionnaire, fhirQuestionnaire);
    }

    @GET
    @Path(Routes.RULESET)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRuleSetV2", summary = "Rule set 2.0.0", description = "Every rule with its title, category, every outcome it can give under any allowed profile, the request fields it reads and its source; every modality condition; every parameter, configurable (with its default and allowed range) or fixed.")
    @APIResponse(responseCode = "200", description = "The rule set.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetResponseV2.class)))
    @SecurityRequirementsSet // public, with access control on or off
    public RuleSetResponseV2 ruleset() {
        return ruleSet;
    }
}
