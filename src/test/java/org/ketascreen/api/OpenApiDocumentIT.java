package org.ketascreen.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketascreen.http.Routes;
import org.ketascreen.testing.PackagedApp;

/**
 * The packaged service (run by Failsafe after {@code package}) serves the committed OpenAPI document as is and
 * carries no OpenAPI extension, so nothing rebuilds the document at start-up (docs/performance.md, "Startup").
 */
class OpenApiDocumentIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
    }

    @Test
    void shouldShipWithoutTheOpenApiExtension() throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        String dependencies = Files.readString(jar.resolveSibling("quarkus-app-dependencies.txt"));
        assertTrue(dependencies.contains("io.quarkus:quarkus-swagger-ui:"), dependencies);
        assertFalse(dependencies.contains("io.quarkus:quarkus-smallrye-openapi:"),
                "quarkus-smallrye-openapi is provided: it writes the document when the tests build the application only");
    }

    @Test
    void shouldServeTheCommittedDocumentInYamlAndJson() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("openapi", "openapi.yaml"));
        byte[] json = Files.readAllBytes(Path.of("openapi", "openapi.json"));
        assertDocument(yaml, "application/yaml;charset=UTF-8", get(Routes.OPENAPI, "*/*"));
        assertDocument(json, "application/json;charset=UTF-8", get(Routes.OPENAPI, "application/json"));
        assertDocument(json, "application/json;charset=UTF-8", get(Routes.OPENAPI + "?format=json", "*/*"));
        assertDocument(json, "application/json;charset=UTF-8", get(Routes.OPENAPI + ".json", "*/*"));
        assertDocument(yaml, "application/yaml;charset=UTF-8", get(Routes.OPENAPI + ".yaml", "application/json"));
    }

    @Test
    void shouldPointSwaggerUiAtTheDocument() throws Exception {
        HttpResponse<byte[]> page = get("/q/swagger-ui/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body()).contains("url: '" + Routes.OPENAPI + "'"), "Swagger UI reads " + Routes.OPENAPI);
    }

    private static void assertDocument(byte[] expected, String contentType, HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(null), response.uri().toString());
        assertArrayEquals(expected, response.body(), response.uri() + " answers the committed openapi/ document");
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.origin() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
