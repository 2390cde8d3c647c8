package org.ketascreen.cdshooks;

import org.ketascreen.json.Json;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ketascreen.http.Problem;
import org.ketascreen.api.ScreeningApplication;
import org.ketascreen.http.HttpFallbacks;

/**
 * CDS Hooks 2.0.1 (api-contract §7): discovery, the patient-view service and its feedback. Thin: check the
 * client's JWT (when access control is on), bound the body, hand over to {@link ScreeningHook}.
 */
@Path(Routes.CDS_SERVICES)
@Tag(name = "CDS Hooks", description = "The screening in the EHR: CDS Hooks 2.0.1 discovery, patient-view service and feedback")
public class CdsHooksResource {

    private static final String UNAUTHORIZED = "Only with CDS Hooks access control on (ketascreen.cds-hooks.auth.enabled): no client JWT, or one that is not signed with an asymmetric algorithm by a trusted client's key, names another issuer or audience, is expired, lives more than 5 minutes, has no jti or was already used. The body never says which.";

    private final CdsClientVerifier verifier;
    private final PublicUrls urls;
    private final ScreeningHook hook;
    private final byte[] discovery = Json.bytes(Discovery.THIS_SERVICE);

    public CdsHooksResource(CdsClientVerifier verifier, PublicUrls urls, ScreeningHook hook) {
        this.verifier = verifier;
        this.urls = urls;
        this.hook = hook;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet(@SecurityRequirement(name = ScreeningApplication.CDS_HOOKS_CLIENT))
    @SecurityRequirementsSet // anonymous: CDS Hooks access control is off by default
    @Operation(operationId = "cdsDiscovery", summary = "CDS Hooks discovery",
            description = "The CDS services of this server: ketamine-migraine-screening on the patient-view hook, with the prefetch template intake (the patient's latest completed intake QuestionnaireResponse).")
    @APIResponse(responseCode = "200", description = "The services.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Discovery.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response discovery(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        verifier.verify(authorization, urls.discovery());
        return Response.ok(discovery, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path(Routes.CDS_SERVICE_ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet(@SecurityRequirement(name = ScreeningApplication.CDS_HOOKS_CLIENT))
    @SecurityRequirementsSet // anonymous: CDS Hooks access control is off by default
    @Operation(operationId = "cdsPatientView", summary = "Screen the patient whose chart is open (patient-view)",
            description = "Screens prefetch.intake (a searchset Bundle whose first match is screened, or a single QuestionnaireResponse) and answers exactly one card. The version in its questionnaire picks the rule set: |2.x.y is read and screened as POST /api/v2/screenings does (rule set 2.0.0 under the active profile); no version or |1.x.y as POST /api/v1/screenings does (rule set 1.1.x, deprecated); another version gets the warning card naming questionnaire. A screened intake: critical for URGENT_REFERRAL, warning for INELIGIBLE and NEEDS_REVIEW, info for ELIGIBLE, with the verdict per modality, every finding with its rule id, message and source, the next steps, a link to the intake page and the whole answer of that version in extension[\"ketascreen.screening\"]. No intake on file (null or an empty Bundle): one info card. An intake its door refuses: one warning card naming the questions (that version's paths), never the answers. Every card's detail ends with a line naming the rule set and the active profile (for a v1 intake: that it was screened with the deprecated v1 rules). The same request under the same profile gives the same bytes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HookRequest.class)))
    @APIResponse(responseCode = "200", description = "One card.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CdsServiceResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a patient-view call: malformed JSON, or hook, hookInstance (a UUID), context.patientId or context.userId missing or malformed, or a malformed prefetch.intake Bundle. Every violation is listed by field name, never by value.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "prefetch.intake absent (or an OperationOutcome: the EHR could not fetch it). This service does not query the EHR's FHIR server.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 192 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response screen(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
                           @HeaderParam(HttpFallbacks.REQUEST_ID) String requestId, byte[] body) {
        verifier.verify(authorization, urls.service());
        Problems.checkBodySize(body, Routes.CDS_SERVICE);
        return Response.ok(hook.call(requestId, body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path(Routes.CDS_SERVICE_ID + Routes.FEEDBACK)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet(@SecurityRequirement(name = ScreeningApplication.CDS_HOOKS_CLIENT))
    @SecurityRequirementsSet // anonymous: CDS Hooks access control is off by default
    @Operation(operationId = "cdsFeedback", summary = "Feedback on a card",
            description = "What the clinician did with a card: accepted or overridden, with an optional override reason. Recorded as one value-free audit line per entry (card uuid, outcome, override reason code; never the comment); nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded. No body.")
    @APIResponse(responseCode = "400", description = "Not CDS Hooks 2.0.1 feedback: feedback missing or empty; an entry without card, outcome (accepted or overridden) or an RFC 3339 outcomeTimestamp; accepted without acceptedSuggestions; a null or empty value.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 192 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feedback(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
                             @HeaderParam(HttpFallbacks.REQUEST_ID) String requestId, byte[] body) {
        verifier.verify(authorization, urls.feedback());
        Problems.checkBodySize(body, Routes.CDS_FEEDBACK);
        hook.feedback(requestId, body);
        return Response.ok().build();
    }
}
