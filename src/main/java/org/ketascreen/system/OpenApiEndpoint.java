package org.ketascreen.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.ketascreen.http.Routes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /q/openapi}: the OpenAPI document the build wrote and the repository commits ({@code openapi/openapi.yaml}
 * and {@code .json}, bundled in the jar under {@value #RESOURCES}), served as bytes, never rebuilt.
 *
 * <p>Why not Quarkus' own endpoint: on Quarkus 3.37 the SmallRye OpenAPI extension rebuilds the model from the
 * build's JSON, runs the filters and writes JSON and YAML at every start, 0.6 to 1.4 s of the start-up, and no
 * setting skips it (docs/performance.md, "Startup"). So the extension is a {@code provided} dependency: it runs
 * when the tests and dev mode build the application, where it writes {@code openapi/} from the annotations and
 * {@code api/OpenApiContract}, and is not part of the production application. Swagger UI
 * ({@code quarkus-swagger-ui}) reads this document.
 *
 * <p>It answers as the extension's endpoint did: {@code /q/openapi.json} in JSON, {@code .yaml} and {@code .yml} in
 * YAML; {@code /q/openapi} in JSON when {@code Accept} contains {@code application/json} or {@code ?format=json},
 * in YAML otherwise; {@code OPTIONS} gets the {@code Allow} header and goes on to the routes after it.
 */
@Singleton
public class OpenApiEndpoint {

    /** Where the build puts a copy of the repository's {@code openapi/} (pom.xml, resources). */
    static final String RESOURCES = "openapi/";
    static final String JSON = "application/json;charset=UTF-8";
    static final String YAML = "application/yaml;charset=UTF-8";
    static final List<String> PATHS = List.of(Routes.OPENAPI, Routes.OPENAPI + ".json", Routes.OPENAPI + ".yaml",
            Routes.OPENAPI + ".yml");
    /**
     * After Quarkus' filters (negative orders) and its compression route (order 0), which marks types outside
     * quarkus.http.compress-media-types as not to be compressed; before the routes Quarkus orders as it adds them,
     * among them the extension's own /q/openapi in the tests and dev mode.
     */
    static final int ORDER = 1;
    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private final byte[] json;
    private final byte[] yaml;

    public OpenApiEndpoint() {
        this.json = read("openapi.json");
        this.yaml = read("openapi.yaml");
    }

    void install(@Observes Router router) {
        for (String path : PATHS) {
            router.route(path).order(ORDER).handler(this::answer);
        }
    }

    private void answer(RoutingContext rc) {
        if (HttpMethod.OPTIONS.equals(rc.request().method())) {
            rc.response().headers().set("Allow", ALLOWED_METHODS);
            rc.next();
            return;
        }
        boolean inJson = json(rc.normalizedPath(), rc.request().getHeader(HttpHeaders.ACCEPT), rc.queryParam("format"));
        rc.response().headers().set("Content-Type", inJson ? JSON : YAML); // spelt as the extension did
        rc.response().end(Buffer.buffer(inJson ? json : yaml));
    }

    /** The path's suffix decides, then {@code Accept}, then {@code ?format=json}; YAML otherwise. */
    static boolean json(String path, String accept, List<String> format) {
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        return (accept != null && accept.contains("application/json")) || (!format.isEmpty() && "JSON".equalsIgnoreCase(format.get(0)));
    }

    private static byte[] read(String name) {
        try (InputStream in = OpenApiEndpoint.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Refusing to start: the OpenAPI document " + RESOURCES + name + " is not in the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
