package org.ketascreen.system;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.ketascreen.questionnaire.InputLimits;

/**
 * Answers what never reaches a JAX-RS resource in problem+json: paths no route matches (404), and
 * bodies over 64 KiB announced by Content-Length (413, before any byte of the body is read).
 */
@Singleton
public class HttpFallbacks {

    /** A caller's request id is kept only when it is a plain token; anything else is replaced. */
    static final java.util.regex.Pattern SAFE_REQUEST_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final String REQUEST_ID = "X-Request-Id";

    void install(@Observes Router router) {
        router.route().order(-101).handler(HttpFallbacks::requestIdAndCaching);
        router.route().order(-100).handler(HttpFallbacks::rejectOversized);
        router.route().last().handler(rc -> send(rc, Problems.NOT_FOUND));
    }

    /**
     * Every answer carries a request id for correlation with the audit log; answers about a patient
     * (everything under /api/v1/screenings, errors included) are never cached.
     */
    private static void requestIdAndCaching(RoutingContext rc) {
        String id = rc.request().getHeader(REQUEST_ID);
        if (id == null || !SAFE_REQUEST_ID.matcher(id).matches()) {
            id = java.util.UUID.randomUUID().toString();
            rc.request().headers().set(REQUEST_ID, id);
        }
        rc.response().putHeader(REQUEST_ID, id);
        if (rc.normalizedPath().startsWith("/api/v1/screenings")) {
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        rc.next();
    }

    private static void rejectOversized(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(rc, Problems.TOO_LARGE);
            return;
        }
        rc.next();
    }

    private static boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > InputLimits.MAX_BODY_BYTES;
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
