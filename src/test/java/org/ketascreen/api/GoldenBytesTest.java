package org.ketascreen.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The golden answers byte for byte, property order included: ScenarioTest compares JSON trees, which
 * do not see the order of properties. The expected files keep the order the service writes, so their
 * compact form is the exact body.
 */
@QuarkusTest
class GoldenBytesTest {

    static Stream<String> scenarios() {
        return Scenarios.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldAnswerTheGoldenBodyByteForByte(String name) throws Exception {
        byte[] request = Files.readAllBytes(Scenarios.directory().resolve(name + ".request.json"));
        String expected = Intakes.JSON.writeValueAsString(
                Intakes.JSON.readTree(Scenarios.directory().resolve(name + ".expected.json").toFile()));

        String body = given().contentType("application/json").body(request).when().post("/api/v1/screenings").then()
                .statusCode(200).header("Cache-Control", "no-store").contentType("application/json").extract().asString();

        assertEquals(expected, body, name);
    }
}
