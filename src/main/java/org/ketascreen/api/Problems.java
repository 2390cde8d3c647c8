package org.ketascreen.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ketascreen.intake.InvalidIntakeException;

/**
 * The problem+json answers of api-contract §5, built and serialised here so the media type never depends on a
 * writer's registration; the JAX-RS mappers and the Vert.x fallbacks ({@code system/HttpFallbacks}) send the same bodies.
 */
public final class Problems {
    private Problems() {
    }

    public static final String INVALID_REQUEST = "/problems/invalid-request";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final Problem METHOD_NOT_ALLOWED = new Problem("/problems/method-not-allowed", "Method not allowed", 405,
            "This path does not accept that HTTP method.", null);
    public static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem("/problems/unsupported-media-type", "Unsupported media type", 415,
            "Send the intake as application/json (UTF-8), or a FHIR QuestionnaireResponse as application/fhir+json.", null);
    public static final Problem NOT_ACCEPTABLE = new Problem("/problems/not-acceptable", "Not acceptable", 406,
            "This resource answers in application/json (the questionnaire and /fhir also in application/fhir+json).", null);
    public static final Problem NOT_FOUND = new Problem("/problems/not-found", "Not found", 404,
            "No such resource. The API is described at /q/openapi.", null);
    public static final Problem TOO_LARGE = new Problem("/problems/payload-too-large", "Payload too large", 413,
            "The request body is larger than 64 KiB.", null);
    /** Missing, malformed, expired or otherwise rejected token: the detail never says which, nor echoes it. */
    public static final Problem UNAUTHORIZED = new Problem("/problems/unauthorized", "Unauthorized", 401,
            "This resource needs a valid bearer token.", null);
    public static final Problem FORBIDDEN = new Problem("/problems/forbidden", "Forbidden", 403,
            "The bearer token does not grant access to this resource.", null);
    public static final Problem ORIGIN_NOT_ALLOWED = new Problem("/problems/origin-not-allowed", "Origin not allowed", 403,
            "Cross-origin requests are accepted only from the configured origins.", null);

    /** Any other refusal of the HTTP layer; its status says which. */
    public static final String REQUEST_ERROR = "/problems/request-error";
    /** CDS Hooks (api-contract §7): a hook call that is not a patient-view call, and one without its prefetch. */
    public static final String INVALID_HOOK_REQUEST = "/problems/invalid-hook-request";
    public static final String PREFETCH_MISSING = "/problems/prefetch-missing";
    public static final String INTERNAL_ERROR = "/problems/internal-error";

    /**
     * Every problem type the service answers with: a closed set, documented as an enum in the OpenAPI
     * document (a new type may be added in a minor version).
     */
    public static final java.util.List<String> TYPES = java.util.List.of(INVALID_REQUEST, UNAUTHORIZED.type(), FORBIDDEN.type(),
            ORIGIN_NOT_ALLOWED.type(), NOT_FOUND.type(), METHOD_NOT_ALLOWED.type(), NOT_ACCEPTABLE.type(), TOO_LARGE.type(),
            UNSUPPORTED_MEDIA_TYPE.type(), REQUEST_ERROR, INTERNAL_ERROR, INVALID_HOOK_REQUEST, PREFETCH_MISSING);

    /** RFC 6750 §3: no error code when no token was sent, invalid_token when one was rejected. */
    public static final String BEARER_CHALLENGE = "Bearer";
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    /** The 400 for a request that cannot be read as an intake: every violation listed, counted in the detail. */
    public static Problem invalidRequest(InvalidIntakeException e) {
        int total = e.total();
        String detail = total == 1 ? "1 field is invalid" : total + " fields are invalid";
        if (e.violations().size() < total) {
            detail += " (the first " + e.violations().size() + " are listed)";
        }
        return new Problem(INVALID_REQUEST, "Invalid screening request", 400, detail, e.violations());
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    static Response notFound() {
        return response(NOT_FOUND);
    }

    static Response tooLarge() {
        return response(TOO_LARGE);
    }

    static Response unauthorized(String challenge) {
        return Response.fromResponse(response(UNAUTHORIZED)).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static Response forbidden() {
        return response(FORBIDDEN);
    }

    public static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
