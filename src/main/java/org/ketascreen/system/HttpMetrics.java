package org.ketascreen.system;

import org.ketascreen.http.Routes;
import org.ketascreen.pipeline.ScreeningMetrics;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP server timings ({@code http_server_requests_seconds{method, uri, status, outcome}}, the names and
 * labels of Micrometer's HTTP binder) and the count of every 4xx answer, from one Vert.x route that runs
 * before every other and observes the moment the answer's headers are written. So it sees the answers of
 * the resources, the exception mappers, routing (404, 405) and {@link org.ketascreen.http.HttpFallbacks} (413 by
 * Content-Length, a refused origin) alike, each once.
 *
 * <p>Why not the Vert.x binder of quarkus-micrometer: it measured at 6 % of the request path's CPU
 * samples, three times the 2 % budget for all metrics (docs/performance.md, "What metrics cost"), mostly spent
 * building tags and looking meters up for every request. Here a request costs two clock reads, a few
 * comparisons and one timer update; the meters are found in arrays by route, method and status.
 *
 * <p>Label values never come from a request: {@code uri} is one of {@link #ROUTES}, {@code /{unmatched}}
 * for any other path, {@code NOT_FOUND} for a 404 and {@code REDIRECTION} for a 3xx; {@code method} is a
 * standard method or {@code UNKNOWN}. Paths under /q/ (health, metrics, OpenAPI) are not timed.
 */
@Singleton
public class HttpMetrics {

    /** Before every other route (HttpFallbacks' first one runs at -500). */
    static final int HOOK_ORDER = -600;
    /** The API's routes ({@link Routes#TIMED}, the templated read last); any other path's timings read /{unmatched}. */
    static final String[] ROUTES = Routes.TIMED.toArray(String[]::new);
    /** The one templated route: a Questionnaire read by id. */
    private static final String READ_PREFIX = Routes.FHIR_QUESTIONNAIRE + "/";
    private static final int READ = ROUTES.length - 1;
    private static final String[] URIS = java.util.stream.Stream.concat(java.util.Arrays.stream(ROUTES),
            java.util.stream.Stream.of("/{unmatched}", "NOT_FOUND", "REDIRECTION")).toArray(String[]::new);
    private static final int UNMATCHED = ROUTES.length;
    private static final int NOT_FOUND = ROUTES.length + 1;
    private static final int REDIRECTION = ROUTES.length + 2;
    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PATCH, HttpMethod.TRACE, HttpMethod.CONNECT};

    private final MeterRegistry registry;
    private final ScreeningMetrics screening;
    /** [uri][method][status - 100]; the innermost arrays are made when a uri and method are first seen. */
    private final Timer[][][] timers = new Timer[URIS.length][METHODS.length + 1][];

    public HttpMetrics(MeterRegistry registry, ScreeningMetrics screening) {
        this.registry = registry;
        this.screening = screening;
    }

    void install(@Observes Router router) {
        router.route().order(HOOK_ORDER).handler(this::observe);
    }

    private void observe(RoutingContext rc) {
        long started = System.nanoTime();
        rc.addHeadersEndHandler(ignored -> answered(rc, started));
        rc.next();
    }

    private void answered(RoutingContext rc, long started) {
        int status = rc.response().getStatusCode();
        String path = rc.normalizedPath();
        if (status >= 400 && status <= 499) {
            screening.rejected(Routes.door(path, rc.request().getHeader(HttpHeaders.CONTENT_TYPE)), status);
        }
        if (path.startsWith(Routes.NON_APPLICATION)) {
            return;
        }
        timer(uri(path, status), method(rc.request().method()), Math.max(100, Math.min(599, status)))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private static int uri(String path, int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status >= 300 && status <= 399) {
            return REDIRECTION;
        }
        for (int i = 0; i < READ; i++) {
            if (ROUTES[i].equals(path)) {
                return i;
            }
        }
        return path.startsWith(READ_PREFIX) && path.indexOf('/', READ_PREFIX.length()) < 0 ? READ : UNMATCHED;
    }

    private static int method(HttpMethod method) {
        for (int i = 0; i < METHODS.length; i++) {
            if (METHODS[i] == method) {
                return i;
            }
        }
        for (int i = 0; i < METHODS.length; i++) {
            if (METHODS[i].equals(method)) {
                return i;
            }
        }
        return METHODS.length; // UNKNOWN: a method name is the caller's text
    }

    /** Two threads may both make a meter the first time: the registry hands both the same one. */
    private Timer timer(int uri, int method, int status) {
        Timer[] byStatus = timers[uri][method];
        if (byStatus == null) {
            byStatus = timers[uri][method] = new Timer[500];
        }
        Timer timer = byStatus[status - 100];
        if (timer == null) {
            timer = byStatus[status - 100] = Timer.builder("http.server.requests")
                    .description("HTTP server requests, by route template, method and status")
                    .tag("uri", URIS[uri]).tag("method", method < METHODS.length ? METHODS[method].name() : "UNKNOWN")
                    .tag("status", Integer.toString(status)).tag("outcome", outcome(status)).register(registry);
        }
        return timer;
    }

    private static String outcome(int status) {
        return status < 200 ? "INFORMATIONAL" : status < 300 ? "SUCCESS" : status < 400 ? "REDIRECTION"
                : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
