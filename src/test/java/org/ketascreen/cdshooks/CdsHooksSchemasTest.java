package org.ketascreen.cdshooks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketascreen.testing.CdsHooksSchemas;

import com.networknt.schema.Schema;

/**
 * The CDS Hooks 2.0.1 schemas have teeth: the spec's own examples pass, and each rule the spec states (required
 * fields, summary under 140 characters, the indicator and link-type enums, display on override reasons,
 * selectionBehavior with suggestions, prefetch token syntax, no null or empty values, accepted feedback with
 * its suggestions, RFC 3339 timestamps) fails a document that breaks it. Plain JUnit, no boot.
 */
class CdsHooksSchemasTest {

    private static final String SOURCE = "\"source\":{\"label\":\"ketascreen\"}";
    private static final String CARD = "{\"summary\":\"s\",\"indicator\":\"info\"," + SOURCE + "}";

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("response: no guidance", CdsHooksSchemas.RESPONSE, "{\"cards\":[]}"),
                Arguments.of("response: minimal card", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + CARD + "]}"),
                Arguments.of("response: spec's card example", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[{\"uuid\":\"4e0a3a1e-3283-4575-ab82-028d55fe2719\",\"summary\":\"Example Card\",\"indicator\":\"info\","
                                + "\"detail\":\"Add an XYZ complimentary medication OR switch patient order to ABC. See SMART app for more details.\","
                                + "\"source\":{\"label\":\"Medicine Library\",\"url\":\"https://example.com\",\"icon\":\"https://example.com/img/icon-100px.png\"},"
                                + "\"suggestions\":[{\"label\":\"Add Medication XYZ to current prescription\",\"uuid\":\"e56e1945-20b3-4393-8503-a1a20fd73152\","
                                + "\"actions\":[{\"type\":\"update\",\"description\":\"Update current order\",\"resource\":{\"resourceType\":\"MedicationRequest\"}}]}],"
                                + "\"selectionBehavior\":\"at-most-one\",\"overrideReasons\":[{\"code\":\"reason-code-provided-by-service\","
                                + "\"system\":\"http://example.org/cds-services/fhir/CodeSystem/override-reasons\",\"display\":\"Patient refused\"}],"
                                + "\"links\":[{\"label\":\"SMART Example App\",\"url\":\"https://smart.example.com/launch\",\"type\":\"smart\",\"appContext\":\"{\\\"session\\\":3456356}\"}]}]}"),
                Arguments.of("response: system action", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[],\"systemActions\":[{\"type\":\"delete\",\"description\":\"Remove the order\",\"resourceId\":\"ServiceRequest/1\"}]}"),
                Arguments.of("discovery: none", CdsHooksSchemas.DISCOVERY, "{\"services\":[]}"),
                Arguments.of("discovery: spec's example", CdsHooksSchemas.DISCOVERY,
                        "{\"services\":[{\"hook\":\"patient-view\",\"title\":\"Static CDS Service Example\",\"description\":\"An example\","
                                + "\"id\":\"static-patient-greeter\",\"prefetch\":{\"patientToGreet\":\"Patient/{{context.patientId}}\"}},"
                                + "{\"hook\":\"order-sign\",\"description\":\"PGX\",\"id\":\"pgx-on-order-sign\",\"usageRequirements\":\"Note\"},"
                                + "{\"hook\":\"patient-view\",\"description\":\"d\",\"id\":\"u\",\"prefetch\":{\"p\":\"Practitioner/{{userPractitionerId}}\"}}]}"),
                Arguments.of("feedback: accepted", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"4e0a3a1e-3283-4575-ab82-028d55fe2719\",\"outcome\":\"accepted\","
                                + "\"acceptedSuggestions\":[{\"id\":\"e56e1945-20b3-4393-8503-a1a20fd73152\"}],\"outcomeTimestamp\":\"2021-12-11T10:05:31Z\"}]}"),
                Arguments.of("feedback: overridden with reason", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":"
                                + "{\"code\":\"d7ecf885\",\"system\":\"https://example.com/cds-hooks/override-reason-system\"},\"userComment\":\"A comment\"},"
                                + "\"outcomeTimestamp\":\"2020-12-11T00:00:00Z\"}]}"));
    }

    static Stream<Arguments> invalid() {
        String card = CARD.substring(0, CARD.length() - 1);
        return Stream.of(
                Arguments.of("response without cards", CdsHooksSchemas.RESPONSE, "{}"),
                Arguments.of("cards null", CdsHooksSchemas.RESPONSE, "{\"cards\":null}"),
                Arguments.of("summary of 140 characters", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[{\"summary\":\"" + "x".repeat(140) + "\",\"indicator\":\"info\"," + SOURCE + "}]}"),
                Arguments.of("pre-1.0 indicator hard-stop", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[{\"summary\":\"s\",\"indicator\":\"hard-stop\"," + SOURCE + "}]}"),
                Arguments.of("card without source", CdsHooksSchemas.RESPONSE, "{\"cards\":[{\"summary\":\"s\",\"indicator\":\"info\"}]}"),
                Arguments.of("source without label", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[{\"summary\":\"s\",\"indicator\":\"info\",\"source\":{\"url\":\"https://x.org\"}}]}"),
                Arguments.of("null detail", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + card + ",\"detail\":null}]}"),
                Arguments.of("empty detail", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + card + ",\"detail\":\"\"}]}"),
                Arguments.of("empty links", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + card + ",\"links\":[]}]}"),
                Arguments.of("empty extension", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + card + ",\"extension\":{}}]}"),
                Arguments.of("link type other", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"links\":[{\"label\":\"l\",\"url\":\"https://x.org\",\"type\":\"relative\"}]}]}"),
                Arguments.of("absolute link that is not absolute", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"links\":[{\"label\":\"l\",\"url\":\"/intake\",\"type\":\"absolute\"}]}]}"),
                Arguments.of("appContext on an absolute link", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"links\":[{\"label\":\"l\",\"url\":\"https://x.org\",\"type\":\"absolute\",\"appContext\":\"a\"}]}]}"),
                Arguments.of("link without label", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"links\":[{\"url\":\"https://x.org\",\"type\":\"absolute\"}]}]}"),
                Arguments.of("override reason without display", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"overrideReasons\":[{\"code\":\"c\",\"system\":\"s\"}]}]}"),
                Arguments.of("suggestions without selectionBehavior", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[" + card + ",\"suggestions\":[{\"label\":\"l\"}]}]}"),
                Arguments.of("action without description", CdsHooksSchemas.RESPONSE,
                        "{\"cards\":[],\"systemActions\":[{\"type\":\"delete\",\"resourceId\":\"X/1\"}]}"),
                Arguments.of("a property the spec does not define", CdsHooksSchemas.RESPONSE, "{\"cards\":[" + card + ",\"decisions\":[1]}]}"),
                Arguments.of("discovery without services", CdsHooksSchemas.DISCOVERY, "{}"),
                Arguments.of("service without description", CdsHooksSchemas.DISCOVERY, "{\"services\":[{\"hook\":\"patient-view\",\"id\":\"x\"}]}"),
                Arguments.of("service id with a slash", CdsHooksSchemas.DISCOVERY,
                        "{\"services\":[{\"hook\":\"patient-view\",\"description\":\"d\",\"id\":\"a/b\"}]}"),
                Arguments.of("nested prefetch token", CdsHooksSchemas.DISCOVERY,
                        "{\"services\":[{\"hook\":\"patient-view\",\"description\":\"d\",\"id\":\"x\",\"prefetch\":{\"m\":\"Medication/{{context.medication.id}}\"}}]}"),
                Arguments.of("empty prefetch", CdsHooksSchemas.DISCOVERY,
                        "{\"services\":[{\"hook\":\"patient-view\",\"description\":\"d\",\"id\":\"x\",\"prefetch\":{}}]}"),
                Arguments.of("empty feedback", CdsHooksSchemas.FEEDBACK, "{\"feedback\":[]}"),
                Arguments.of("accepted without acceptedSuggestions", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2021-12-11T10:05:31Z\"}]}"),
                Arguments.of("outcome other", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"ignored\",\"outcomeTimestamp\":\"2021-12-11T10:05:31Z\"}]}"),
                Arguments.of("timestamp without time", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"overridden\",\"outcomeTimestamp\":\"2021-12-11\"}]}"),
                Arguments.of("timestamp in month 13", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"overridden\",\"outcomeTimestamp\":\"2021-13-11T10:05:31Z\"}]}"),
                Arguments.of("reason coding without system", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"code\":\"x\"}},\"outcomeTimestamp\":\"2021-12-11T10:05:31Z\"}]}"),
                Arguments.of("empty userComment", CdsHooksSchemas.FEEDBACK,
                        "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"overridden\",\"overrideReason\":{\"userComment\":\"\"},\"outcomeTimestamp\":\"2021-12-11T10:05:31Z\"}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void shouldAcceptWhatTheSpecAllows(String name, Schema schema, String json) {
        CdsHooksSchemas.assertValid(schema, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void shouldRejectWhatTheSpecForbids(String name, Schema schema, String json) {
        assertFalse(CdsHooksSchemas.errors(schema, json).isEmpty(), name + " passed the schema: " + json);
    }
}
