package org.ketascreen.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.ketascreen.testing.Intakes;

import io.quarkus.test.junit.QuarkusTest;

/** The HTTP benchmark's baseline (src/bench/java) answers as bench/run-http.sh expects; served only in tests and the bench build. */
@QuarkusTest
class BaselineResourceTest {

    @Test
    void shouldParseTheBodyAndAnswerAConstant() {
        given().contentType("application/json").body(Intakes.reference().toString()).when().post("/bench/baseline")
                .then().statusCode(200).body(equalTo("{\"verdict\":\"ELIGIBLE\"}"));
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        given().contentType("application/json").body("[1,").when().post("/bench/baseline").then().statusCode(400);
    }
}
