package org.ketascreen.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;


/**
 * Answers what never reaches a JAX-RS resource in problem+json: paths no route matches (404), bodies
 * over their path's limit ({@link Routes#maxBodyBytes}) announced by Content-Length (413, before any byte of the body is read), cross-origin
 * requests from an origin outside the CORS allowlist (403, see {@link CorsOriginCheck}) and any
 * authentication or authorization failure raised on the HTTP layer rather than inside JAX-RS (401/403).
 */
@Singleton
public class HttpFallbacks {

    /** A caller's request id is kept only when it is a plain token; anything else is replaced. */
    static final java.util.regex.Pattern SAFE_REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final String REQUEST_ID = "X-Request-Id";
    /**
     * Runs before everything that answers, so every answer (a CORS refusal, a 404, 405 or 413 of routing or of
     * this class, a JAX-RS answer or problem) carries the id, the caching rule and a deprecated path's headers.
     */
    static final int REQUEST_ID_ORDER = -500;
    /** Quarkus registers its CORS filter at order -300 (filter priority 300); the origin check runs first. */
    static final int ORIGIN_CHECK_ORDER = -400;

    private final CorsOriginCheck originCheck;

    public HttpFallbacks(CorsOriginCheck originCheck) {
        this.originCheck = originCheck;
    }

    void install(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(HttpFallbacks::pathHeaders);
        router.route().order(ORIGIN_CHECK_ORDER).handler(this::checkOrigin);
        router.route().order(-100).handler(HttpFallbacks::rejectOversized);
        router.route().failureHandler(HttpFallbacks::securityFailure);
        router.route().last().handler(rc -> send(rc, Problems.NOT_FOUND));
    }

    /**
     * Every answer carries a request id for correlation with the audit log; answers about a patient
     * (everything under /api/v1/screenings and the CDS Hooks service, errors included) are never cached; every
     * answer of a deprecated path ({@link Routes#deprecation}: the v1 door, api-contract §11) carries
     * {@code Deprecation} and the {@code Link} to its successor, whatever its status and content type.
     */
    private static void pathHeaders(RoutingContext rc) {
        String id = rc.request().getHeader(REQUEST_ID);
        if (id == null || !SAFE_REQUEST_ID.matcher(id).matches()) {
            id = java.util.UUID.randomUUID().toString();
            rc.request().headers().set(REQUEST_ID, id);
        }
        rc.response().putHeader(REQUEST_ID, id);
        String path = rc.normalizedPath();
        if (Routes.aboutPatient(path)) {
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        Routes.Deprecation deprecation = Routes.deprecation(path);
        if (deprecation != null) {
            rc.response().putHeader(Routes.Deprecation.HEADER, deprecation.deprecationHeader())
                    .putHeader(Routes.Deprecation.LINK, deprecation.linkHeader());
        }
        rc.next();
    }

    private void checkOrigin(RoutingContext rc) {
        if (originCheck.enabled()) {
            // With CORS on the answer depends on Origin; the Quarkus 3.37 filter does not say so to caches.
            rc.response().headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (originCheck.rejects(rc.request())) {
                send(rc, Problems.ORIGIN_NOT_ALLOWED);
                return;
            }
        }
        rc.next();
    }

    private static void rejectOversized(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String path = rc.normalizedPath();
        if (length != null && isOver(length, Routes.maxBodyBytes(path))) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(rc, Problems.tooLarge(path));
            return;
        }
        rc.next();
    }

    /**
     * Security failures that surface as a failed routing context (an HTTP permission without
     * applies-to=JAXRS, or proactive authentication) get the same bodies as the JAX-RS mappers.
     */
    private static void securityFailure(RoutingContext rc) {
        Problems.Answer answer = Problems.securityFailure(rc.failure());
        if (answer == null) {
            rc.next();
            return;
        }
        if (answer.challenge() != null) {
            rc.response().headers().set("WWW-Authenticate", answer.challenge());
        }
        send(rc, answer.problem());
    }

    private static boolean isOver(String contentLength, int limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself rejects a malformed Content-Length
        }
    }

    static void send(RoutingContext rc, Problem problem) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Problems.json(problem));
    }
}
