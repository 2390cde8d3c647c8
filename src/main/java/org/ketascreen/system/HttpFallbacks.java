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

    void install(@Observes Router router) {
        router.route().order(-100).handler(HttpFallbacks::rejectOversized);
        router.route().last().handler(rc -> send(rc, Problems.NOT_FOUND));
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
