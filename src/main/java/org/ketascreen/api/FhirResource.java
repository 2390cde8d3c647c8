package org.ketascreen.api;

import org.ketascreen.http.Problem;
import org.ketascreen.http.Routes;
import org.ketascreen.json.Json;
import java.util.List;

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
import org.ketascreen.screening.Screener;

/**
 * The FHIR R4 read side (api-contract §6.1): the Questionnaire form renderers load, a search by its
 * canonical URL, and the CapabilityStatement that says so. Every answer is computed once at start-up:
 * it changes only with the rule set's version.
 */
@Path(Routes.FHIR)
@Tag(name = "FHIR", description = "The intake questionnaire as a FHIR R4 Questionnaire")
public class FhirResource {

    /** The date of the statement: api-contract revision 1.1, which defined this FHIR interface. No clock. */
    static final String CAPABILITY_DATE = "2026-11-30";

    private final ObjectNode questionnaire;
    private final byte[] questionnaireBytes;
    private final byte[] match;
    private final byte[] noMatch;
    private final byte[] capabilities;

    public FhirResource(QuestionnaireDefinition definition, Screener screener) {
        String version = screener.ruleSet().version();
        this.questionnaire = FhirQuestionnaire.of(definition, version);
        this.questionnaireBytes = Json.bytes(questionnaire);
        this.match = Json.bytes(FhirQuestionnaire.searchset(List.of(questionnaire)));
        this.noMatch = Json.bytes(FhirQuestionnaire.searchset(List.of()));
        this.capabilities = Json.bytes(capabilityStatement(version));
    }

    @GET
    @Path(Routes.QUESTIONNAIRE_TYPE + "/{id}")
    @Produces(FhirQuestionnaire.MEDIA_TYPE)
    @SecurityRequirementsSet // public, with access control on or off
    @Operation(operationId = "readFhirQuestionnaire", summary = "Read the intake Questionnaire", description = "The FHIR R4 Questionnaire of the intake, derived from the same definition as GET /api/v1/questionnaire: linkId = the v1 path. The only id is ketamine-migraine-intake.")
    @APIResponse(responseCode = "200", description = "The Questionnaire.", content = @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(responseCode = "404", description = "No Questionnaire with that id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] read(@PathParam("id") @Parameter(description = "ketamine-migraine-intake") String id) {
        if (!QuestionnaireDefinition.ID.equals(id)) {
            throw new NotFoundException();
        }
        return questionnaireBytes;
    }

    @GET
    @Path(Routes.QUESTIONNAIRE_TYPE)
    @Produces(FhirQuestionnaire.MEDIA_TYPE)
    @SecurityRequirementsSet // public, with access control on or off
    @Operation(operationId = "searchFhirQuestionnaires", summary = "Search Questionnaires by canonical URL", description = "A searchset Bundle holding the intake Questionnaire when url is its canonical URL (optionally with |version) or absent; an empty Bundle for any other url.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle.", content = @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE, schema = @Schema(implementation = FhirResourceSchema.class)))
    public byte[] search(@QueryParam("url") @Parameter(description = "The canonical URL, optionally |version") String url) {
        return url == null || matches(url) ? match : noMatch;
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

    private boolean matches(String url) {
        int bar = url.indexOf('|');
        return bar < 0 ? url.equals(QuestionnaireDefinition.CANONICAL_URL)
                : url.substring(0, bar).equals(QuestionnaireDefinition.CANONICAL_URL)
                && url.substring(bar + 1).equals(questionnaire.get("version").asText());
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
