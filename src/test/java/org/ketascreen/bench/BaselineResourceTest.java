package org.ketascreen.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ketascreen.http.Routes;
import org.junit.jupiter.api.Test;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The HTTP benchmark's baseline (src/bench/java) writes exactly the bytes the service answers to the
 * reference request, through either door, so A/B compares the same bytes out; served only in tests and
 * the bench build.
 */
@QuarkusTest
class BaselineResourceTest {

    @Test
    void shouldAnswerTheServicesOwnBytesForTheReferenceRequest() {
        String service = given().contentType("application/json").body(Intakes.reference().toString()).when()
                .post(Routes.V1_SCREENINGS).then().statusCode(200).extract().asString();

        String baseline = given().contentType("application/json").body(Intakes.reference().toString()).when()
                .post("/bench/baseline").then().statusCode(200).extract().asString();
        String baselineFhir = given().contentType("application/fhir+json").body(QuestionnaireResponses.of(Intakes.reference()).toString())
                .when().post("/bench/baseline").then().statusCode(200).extract().asString();

        assertEquals(service, baseline);
        assertEquals(service, baselineFhir);
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        given().contentType("application/json").body("[1,").when().post("/bench/baseline").then().statusCode(400);
    }
}
