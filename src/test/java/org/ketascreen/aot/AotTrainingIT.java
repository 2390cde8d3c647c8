package org.ketascreen.aot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ketascreen.http.Routes;
import org.ketascreen.testing.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The training run of the AOT cache (Maven profile {@code aot}, docs/operations.md "AOT cache"): with
 * {@code quarkus.package.jar.aot.enabled=true} Quarkus 3.37 starts the packaged app for a
 * {@code @QuarkusIntegrationTest} with {@code -XX:AOTMode=record} and, once it has stopped, writes
 * {@code target/quarkus-app/app.aot} with {@code -XX:AOTMode=create}. What the app does in between is what the
 * cache holds (loaded and linked classes, and on JDK 25 the method profiles of JEP 515), so this test sends every
 * golden scenario through the three doors: the v1 and v2 JSON API, the same answers as a FHIR QuestionnaireResponse,
 * and the CDS Hooks patient-view call; then the reference requests ROUNDS more times, so the screening path's
 * profiles are those of a used service. In the default build it is excluded (the profile includes it): it
 * asserts only that every request is answered as the golden files' intents say (200 or 400).
 */
@QuarkusIntegrationTest
class AotTrainingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = Integer.getInteger("aot.training.rounds", 300);
    private static final Path V1 = Path.of("src/test/resources/scenarios");
    private static final Path V2 = Path.of("src/test/resources/scenarios-v2");
    private static final Path FHIR_V1 = Path.of("src/test/resources/fhir/reference.questionnaire-response.json");
    private static final Path FHIR_V2 = Path.of("src/test/resources/fhir/reference-v2.questionnaire-response.json");
    private static final Path CDS = Path.of("src/test/resources/cds-hooks/reference.patient-view.json");

    @Test
    void trainsEveryDoorWithTheGoldenScenarios() throws IOException {
        int v1 = scenarios(V1, Routes.V1_SCREENINGS);
        int v2 = scenarios(V2, Routes.V2_SCREENINGS);
        assertTrue(v1 > 10 && v2 > 10, "golden scenarios found: v1 " + v1 + ", v2 " + v2);

        byte[] v1Json = Files.readAllBytes(V1.resolve("reference.request.json"));
        byte[] v2Json = Files.readAllBytes(V2.resolve("reference.request.json"));
        byte[] v1Fhir = Files.readAllBytes(FHIR_V1);
        byte[] v2Fhir = Files.readAllBytes(FHIR_V2);
        byte[] cds = Files.readAllBytes(CDS);
        for (int i = 0; i < ROUNDS; i++) {
            post(Routes.V1_SCREENINGS, "application/json", v1Json, 200);
            post(Routes.V2_SCREENINGS, "application/json", v2Json, 200);
            post(Routes.V1_SCREENINGS, "application/fhir+json", v1Fhir, 200);
            post(Routes.V2_SCREENINGS, "application/fhir+json", v2Fhir, 200);
            if (i % 5 == 0) {
                post(Routes.CDS_SERVICE, "application/json", cds, 200);
            }
        }
        given().when().get(Routes.CDS_SERVICES).then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    /** Every scenario of a golden directory (the reference request with a scenario's merge patch), once each; the count. */
    private static int scenarios(Path dir, String path) throws IOException {
        JsonNode reference = JSON.readTree(dir.resolve("reference.request.json").toFile());
        List<Path> patches = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".patch.json")).sorted().forEach(patches::add);
        }
        for (Path patch : patches) {
            JsonNode request = MergePatch.apply(reference, JSON.readTree(patch.toFile()));
            int status = given().contentType("application/json").body(JSON.writeValueAsBytes(request)).when().post(path)
                    .then().extract().statusCode();
            assertTrue(status == 200 || status == 400, patch + " answered " + status);
        }
        return patches.size();
    }

    private static void post(String path, String contentType, byte[] body, int status) {
        int actual = given().contentType(contentType).body(body).when().post(path).then().extract().statusCode();
        assertEquals(status, actual, path + " " + contentType);
    }
}
