package org.ketascreen.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.http.HttpFallbacks;
import org.ketascreen.http.Problem;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the OpenAPI document says beyond what each annotation can: written by the build
 * (openapi/openapi.yaml), so every statement here is derived from the code that decides it, never typed
 * twice.
 *
 * <ul>
 *   <li>Request objects are closed ({@code additionalProperties: false}: unknown properties are refused),
 *       lists marked {@code @Distinct} are {@code uniqueItems}, an {@code @EnabledWhen} answer says when it is
 *       allowed: all read from the intake records ({@link RecordSchema}), like the service's own checks.</li>
 *   <li>Rule ids are an enum of the rule set in force ({@link Catalogue}), problem types of
 *       {@link Problems#TYPES}; both closed sets that may grow in a minor version.</li>
 *   <li>Every answer carries the {@code X-Request-Id} header.</li>
 *   <li>The operations of a deprecated path ({@link Routes#DEPRECATED}: the v1 door, api-contract §11) are
 *       {@code deprecated}, and each of their answers carries the {@code Deprecation} and {@code Link} headers the
 *       HTTP edge sends; no other operation is deprecated.</li>
 * </ul>
 * The document's info, servers and security scheme are on {@link ScreeningApplication}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    static final String RULE_ID = "RuleId";
    static final String PROBLEM_TYPE = "ProblemType";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        closeRequestObjects(schemas, RecordSchema.of(Intake.class), "ScreeningRequest", new HashSet<>());
        closeRequestObjects(schemas, RecordSchema.of(IntakeV2.class), "ScreeningRequestV2", new HashSet<>());
        List<Object> ruleIds = new ArrayList<>();
        for (Rule rule : Catalogue.ruleSet2().rules()) { // 2.0.0 holds every id of 1.1.0 (§9.3)
            ruleIds.add(rule.id());
        }
        openAPI.getComponents().addSchema(RULE_ID, OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(ruleIds)
                .description("A rule id of rule set 1.1.0 (api-contract §4) or 2.0.0 (§9.3, which holds every 1.1.0 id): public and stable, never renumbered or reused. A minor version may add ids."));
        openAPI.getComponents().addSchema(PROBLEM_TYPE, OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(Problems.TYPES))
                .description("The kind of problem (RFC 9457 type, relative URI). A minor version may add types."));
        Schema question = schemas.get("Question");
        if (question != null) {
            question.getProperties().get("usedByRules").setItems(OASFactory.createSchema().ref(RULE_ID));
        }
        Header requestId = OASFactory.createHeader().description("The caller's X-Request-Id when it is a plain token "
                + "([A-Za-z0-9._:-]{1,64}), otherwise a generated UUID: the id of the audit line of this request.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        openAPI.getComponents().addHeader(HttpFallbacks.REQUEST_ID, requestId);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Routes.Deprecation deprecation = Routes.DEPRECATED.get(path.getKey());
            for (Operation operation : path.getValue().getOperations().values()) {
                // Deprecation is declared in Routes alone: an annotation elsewhere cannot mark or unmark an operation
                operation.setDeprecated(deprecation == null ? null : Boolean.TRUE);
                if (!operation.getResponses().hasAPIResponse("406")) {
                    operation.getResponses().addAPIResponse("406", problem("None of the media types in Accept is one this operation answers in."));
                }
                operation.getResponses().setDefaultValue(problem("Any other error, as problem+json: 404 for an unknown path, 405 for a"
                        + " method the path does not accept, 500 with an error id (never a stack trace, class name or entered value)."));
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    response.addHeader(HttpFallbacks.REQUEST_ID, OASFactory.createHeader().ref(HttpFallbacks.REQUEST_ID));
                    if (deprecation != null) {
                        deprecationHeaders(response, deprecation);
                    }
                }
            }
        }
    }

    /** The headers every answer of a deprecated path carries (api-contract §11), as the HTTP edge sends them. */
    private static void deprecationHeaders(APIResponse response, Routes.Deprecation deprecation) {
        response.addHeader(Routes.Deprecation.HEADER, OASFactory.createHeader()
                .description("RFC 9745: this path is deprecated since " + deprecation.since()
                        + ". It keeps answering as before; no sunset date is decided.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(deprecation.deprecationHeader()));
        response.addHeader(Routes.Deprecation.LINK, OASFactory.createHeader()
                .description("RFC 8288: the successor version of this path, " + deprecation.successor() + ".")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(deprecation.linkHeader()));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

    /** Each intake record's schema, and those it holds: closed, with its list and enableWhen rules stated. */
    private static void closeRequestObjects(Map<String, Schema> schemas, RecordSchema record, String name, Set<Class<?>> seen) {
        if (!seen.add(record.type())) {
            return;
        }
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("no OpenAPI schema " + name + " for " + record.type().getSimpleName());
        }
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        for (RecordSchema.Property property : record.properties()) {
            Schema described = schema.getProperties().get(property.name());
            if (property.distinct()) {
                described.setUniqueItems(Boolean.TRUE);
            }
            if (!property.gates().isEmpty()) {
                described.setDescription(described.getDescription() + " Allowed only when " + property.gates().stream()
                        .map(gate -> gate.questionName() + (gate.within() == null ? "" : "." + gate.within().getName()) + " is "
                                + gate.answers().stream().map(String::valueOf).collect(Collectors.joining(" or ")))
                        .collect(Collectors.joining(", or when ")) + ".");
            }
            if (property.screenedBy() != null) {
                described.setDescription(described.getDescription() + " Asked (and then required) only when "
                        + property.screenedBy().stream().map(Enum::name).collect(Collectors.joining(" or ")) + " is screened.");
            }
            if (property.type().isRecord()) {
                closeRequestObjects(schemas, property.schema(), property.type().getSimpleName(), seen);
            }
        }
    }
}
