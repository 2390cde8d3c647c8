package org.ketascreen.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.ketascreen.intake.InputLimits;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.json.Json;

/**
 * The problem+json answers of api-contract §5 and §7, built and serialised here so the media type never depends on
 * a writer's registration; the JAX-RS mappers ({@link ProblemMapper}) and the Vert.x fallbacks ({@link HttpFallbacks})
 * send the same bodies. Every problem type is in {@link #TYPES}; each status has one constructor here.
 */
public final class Problems {
    private Problems() {
    }

    public static final String INVALID_REQUEST = "/problems/invalid-request";

    public static final Problem METHOD_NOT_ALLOWED = new Problem("/problems/method-not-allowed", "Method not allowed", 405,
            "This path does not accept that HTTP method.", null);
    public static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem("/problems/unsupported-media-type", "Unsupported media type", 415,
            "Send the intake as application/json (UTF-8), or a FHIR QuestionnaireResponse as application/fhir+json.", null);
    public static final Problem NOT_ACCEPTABLE = new Problem("/problems/not-acceptable", "Not acceptable", 406,
            "This resource answers in application/json (the questionnaire and /fhir also in application/fhir+json).", null);
    public static final Problem NOT_FOUND = new Problem("/problems/not-found", "Not found", 404,
            "No such resource. The API is described at /q/openapi.", null);
    /** The one 413 type; the detail names the limit of the path ({@link #tooLarge(int)}). */
    public static final String TOO_LARGE = "/problems/payload-too-large";
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
    public static final List<String> TYPES = List.of(INVALID_REQUEST, UNAUTHORIZED.type(), FORBIDDEN.type(),
            ORIGIN_NOT_ALLOWED.type(), NOT_FOUND.type(), METHOD_NOT_ALLOWED.type(), NOT_ACCEPTABLE.type(), TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE.type(), REQUEST_ERROR, INTERNAL_ERROR, INVALID_HOOK_REQUEST, PREFETCH_MISSING);

    /** RFC 6750 §3: no error code when no token was sent, invalid_token when one was rejected. */
    public static final String BEARER_CHALLENGE = "Bearer";
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private static final Problem TOO_LARGE_FOR_INTAKE = tooLarge(InputLimits.MAX_BODY_BYTES);
    private static final Problem TOO_LARGE_FOR_CDS_HOOKS = tooLarge(Routes.CDS_MAX_BODY_BYTES);

    /** The 413 of a body over {@code limitBytes}: the one place the service words it. */
    public static Problem tooLarge(int limitBytes) {
        return new Problem(TOO_LARGE, "Payload too large", 413, "The request body is larger than " + (limitBytes / 1024) + " KiB.", null);
    }

    /** The 413 of a path, worded with that path's limit ({@link Routes#maxBodyBytes}). */
    public static Problem tooLarge(String path) {
        return Routes.maxBodyBytes(path) == Routes.CDS_MAX_BODY_BYTES ? TOO_LARGE_FOR_CDS_HOOKS : TOO_LARGE_FOR_INTAKE;
    }

    /** The 413 for an intake over the intake limit, wherever it arrived. */
    public static Problem tooLargeIntake() {
        return TOO_LARGE_FOR_INTAKE;
    }

    /**
     * Refuses a body over the limit of its path. Bodies announced by Content-Length are refused before any byte is
     * read ({@link HttpFallbacks}); a chunked body has no length to refuse early and is measured here.
     */
    public static void checkBodySize(byte[] body, String path) {
        if (body.length > Routes.maxBodyBytes(path)) {
            throw new ProblemException(tooLarge(path));
        }
    }

    /** The 400 for a request that cannot be read as an intake: every violation listed, counted in the detail. */
    public static Problem invalidRequest(InvalidIntakeException e) {
        return invalid(INVALID_REQUEST, "Invalid screening request", e.total(), e.violations());
    }

    /** A 400 listing {@code violations}, the first of {@code total}: every violation at once, never a value. */
    static Problem invalid(String type, String title, int total, List<Violation> violations) {
        String detail = total == 1 ? "1 field is invalid" : total + " fields are invalid";
        if (violations.size() < total) {
            detail += " (the first " + violations.size() + " are listed)";
        }
        return new Problem(type, title, 400, detail, List.copyOf(violations));
    }

    /**
     * The one mapping of an authentication or authorization failure, wherever it is raised (a JAX-RS resource, an
     * HTTP permission, the CDS Hooks client check): 401 with its challenge, or 403; {@code null} for any other failure.
     */
    public static Answer securityFailure(Throwable failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new Answer(UNAUTHORIZED, INVALID_TOKEN_CHALLENGE); // a token was sent and refused
        } else if (failure instanceof UnauthorizedException) {
            return new Answer(UNAUTHORIZED, BEARER_CHALLENGE); // no token, or an anonymous caller
        } else if (failure instanceof ForbiddenException) {
            return new Answer(FORBIDDEN, null); // a valid token without the role
        }
        return null;
    }

    /** A problem and the {@code WWW-Authenticate} challenge that goes with it ({@code null}: none). */
    public record Answer(Problem problem, String challenge) {
        Response response() {
            Response.ResponseBuilder response = Problems.builder(problem);
            return challenge == null ? response.build() : response.header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
        }
    }

    static Response response(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem));
    }

    public static String json(Problem problem) {
        return Json.string(problem);
    }
}
