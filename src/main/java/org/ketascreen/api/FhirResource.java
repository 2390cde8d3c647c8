package org.ketascreen.api;

import org.ketascreen.http.Problem;
import org.ketascreen.http.Routes;
import org.ketascreen.json.Json;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ketascreen.questionnaire.FhirQuestionnaire;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.Screener;

/**
 * The FHIR R4 read side (api-contract §6.1, §9.1): one Questionnaire per served version, all with the same canonical
 * {@code url} (2.0.0 for the active profile as {@code ketamine-migraine-intake}, the newest; 1.1.x as
 * {@code ketamine-migraine-intake-v1}), a search by canonical URL, and the CapabilityStatement that says so. Read and
 * search only: no vread, no {@code _history}. Every answer is computed once at start-up: it changes only with the
 * rule set's version and the profile.
 */
@Path(Routes.FHIR)
@Tag(name = "FHIR", description = "The intake questionnaire as a FHIR R4 Questionnaire")
public class FhirResource {

    /** The date of the statement: api-contract revision 1.1, which defined this FHIR interface. No clock. */
    static final String CAPABILITY_DATE = "2026-11-30";
    /** The id of version 1 of the Questionnaire, served beside the newest (api-contract §9.1). */
    public static final String V1_ID = QuestionnaireDefinition.ID + "-v1";

    private final Map<String, byte[]> byId;
    /** Every served version, newest first. */
    private final byte[] all;
    /** By version: a searchset Bundle holding that one version. */
    private final Map<String, byte[]> byVersion;
    private final byte[] noMatch;
    private final byte[] capabilities;

    public FhirResource(QuestionnaireDefinition definition, Screener screener, ActiveProfile profile) {
        String version = screener.ruleSet().version();
        ObjectNode v2 = FhirQuestionnaire.of(QuestionnaireDefinition.v2(profile), QuestionnaireDefinition.VERSION_2);
        ObjectNode v1 = FhirQuestionnaire.withId(FhirQuestionnaire.of(definition, version), V1_ID);
        this.byId = Map.of(QuestionnaireDefinition.ID, Json.bytes(v2), V1_ID, Json.bytes(v1));
        this.all = Json.bytes(FhirQuestionnaire.searchset(List.of(v2, v1)));
        this.byVersion = Map.of(v2.get("version").asText(), Json.bytes(FhirQuestionnaire.searchset(List.of(v2))),
                v1.get("version").asText(), Json.bytes(FhirQuestionnaire.searchset(List.of(v1))));
        this.noMatch = Json.bytes(FhirQuestionnaire.searchset(List.of()));
        this.capabilities = Json.bytes(capabilityStatement(version));
    }

    @GET
    @Path(Routes.QUESTIONNAIRE_TYPE + "/{id}")
    @Produces(FhirQuestionnaire.MEDIA_TYPE)
    @SecurityRequirementsSet // public, with access control on or off
    @Operation(operationId = "readFhirQuestionnaire", summary = "Read the intake Questionnaire", description = "The FHIR R4 Questionnaire of the intake, derived from the same definition as the JSON questionnaire: linkId = the request path. ketamine-migraine-intake is the newest version (2.0.0, GET /api/v2/questionnaire's FHIR rendering, for the active clinic profile); ketamine-migraine-intake-v1 is version 1.1.x (GET /api/v1/questionnaire's). Any other id is a 404.")
    @APIResponse(responseCode = "200", description = "The Questionnaire.", content = @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(responseCode = "404", description = "No Questionnaire with that id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] read(@PathParam("id") @Parameter(description = "ketamine-migraine-intake or ketamine-migraine-intake-v1") String id) {
        byte[] questionnaire = byId.get(id);
        if (questionnaire == null) {
            throw new NotFoundException();
        }
        return questionnaire;
    }

    @GET
    @Path(Routes.QUESTIONNAIRE_TYPE)
    @Produces(FhirQuestionnaire.MEDIA_TYPE)
    @SecurityRequirementsSet // public, with access control on or off
    @Operation(operationId = "searchFhirQuestionnaires", summary = "Search Questionnaires by canonical URL", description = "A searchset Bundle of every served version of the intake Questionnaire, newest first, when url is its canonical URL or absent; with url|version, the one whose version equals it exactly; an empty Bundle for any other url or version.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle.", content = @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class)))
    public byte[] search(@QueryParam("url") @Parameter(description = "The canonical URL, optionally |version") String url) {
        if (url == null || url.equals(QuestionnaireDefinition.CANONICAL_URL)) {
            return all;
        }
        int bar = url.indexOf('|');
        if (bar < 0 || !url.substring(0, bar).equals(QuestionnaireDefinition.CANONICAL_URL)) {
            return noMatch;
        }
        return byVersion.getOrDefault(url.substring(bar + 1), noMatch);
    }

    @GET
    @Path(Routes.METADATA)
    @Produces(FhirQuestionnaire.MEDIA_TYPE)
    @SecurityRequirementsSet // public, with access control on or off
    @Operation(operationId = "getFhirCapabilityStatement", summary = "The FHIR CapabilityStatement", description = "FHIR 4.0.1, JSON, the Questionnaire read and search above.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement.", content = @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class)))
    public byte[] metadata() {
        return capabilities;
    }

    private static ObjectNode capabilityStatement(String version) {
        ObjectNode statement = Json.MAPPER.createObjectNode();
        statement.put("resourceType", "CapabilityStatement");
        statement.put("id", "ketascreen");
        statement.put("status", "active");
        statement.put("date", CAPABILITY_DATE);
        statement.put("publisher", "ketascreen");
        statement.put("kind", "instance");
        statement.putObject("software").put("name", "ketascreen ketamine-migraine screening").put("version", version);
        statement.putObject("implementation").put("description", "Eligibility screening for ketamine therapy for refractory"
                + " migraine: the intake Questionnaire; QuestionnaireResponses are screened by POST /api/v1/screenings"
                + " (Content-Type application/fhir+json)");
        statement.put("fhirVersion", "4.0.1");
        statement.putArray("format").add(FhirQuestionnaire.MEDIA_TYPE).add("json");
        ObjectNode rest = statement.putArray("rest").addObject();
        rest.put("mode", "server");
        ObjectNode resource = rest.putArray("resource").addObject();
        resource.put("type", "Questionnaire");
        resource.putArray("interaction").add(Json.MAPPER.createObjectNode().put("code", "read"))
                .add(Json.MAPPER.createObjectNode().put("code", "search-type"));
        resource.putArray("searchParam").addObject().put("name", "url")
                .put("definition", "http://hl7.org/fhir/SearchParameter/conformance-url").put("type", "uri");
        return statement;
    }

}
