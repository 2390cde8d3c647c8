package org.ketascreen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.json.Json;
import org.ketascreen.profile.ProfileReader;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.Parameters;

/** GET /api/v2/profile's body (api-contract §10.5), written by the service's one mapper. */
class ProfileResponseTest {

    @Test
    void shouldWriteTheReferenceWithoutApprovalAndEveryParameterAtItsDefault() throws Exception {
        String json = Json.string(ProfileResponse.of(ActiveProfile.REFERENCE));
        assertTrue(json.startsWith("{\"id\":\"reference\",\"version\":\"2.0.0\",\"title\":\"Reference screening defaults\","
                + "\"clinic\":\"ketascreen reference\",\"basedOnRuleSet\":\"2.0.0\","
                + "\"modalitiesOffered\":[\"IV_INFUSION\",\"INTRANASAL\",\"ORAL_MICRODOSE\"],\"parameters\":["), json);
        assertTrue(json.endsWith("],\"sha256\":\"6d1ad70d73056155c459989e6374b59b05345f7d4104d9c656c8d41d51399a8c\"}"), json);
        JsonNode parameters = Json.MAPPER.readTree(json).get("parameters");
        assertEquals(34, parameters.size());
        assertEquals(Parameters.ALL.stream().map(p -> p.name()).sorted().toList(),
                java.util.stream.StreamSupport.stream(parameters.spliterator(), false).map(p -> p.get("name").asText()).toList());
        parameters.forEach(p -> assertEquals(p.get("default"), p.get("value"), p.toString()));
        parameters.forEach(p -> assertEquals(false, p.get("differsFromDefault").booleanValue(), p.toString()));
    }

    @Test
    void shouldWriteAClinicProfileWithItsApprovalAndValues() throws Exception {
        ActiveProfile profile = ProfileReader.read("docs/profiles/clinic-example.json");
        String json = Json.string(ProfileResponse.of(profile));
        assertTrue(json.startsWith("{\"id\":\"clinic-example\",\"version\":\"1.0.0\","
                + "\"title\":\"Example Headache Centre ketamine protocol\",\"clinic\":\"Example Headache Centre\","
                + "\"basedOnRuleSet\":\"2.0.0\",\"approvedBy\":{\"name\":\"Dr A. Example\",\"role\":\"Medical director\"},"
                + "\"approvedOn\":\"2026-12-01\",\"modalitiesOffered\":[\"IV_INFUSION\",\"INTRANASAL\"],\"parameters\":["), json);
        // §10.5's own example entry, and one of each other kind
        for (String entry : List.of(
                "{\"name\":\"abstain.beforeHours\",\"value\":48,\"default\":24,\"unit\":\"h\",\"allowed\":{\"min\":12,\"max\":72},\"differsFromDefault\":true}",
                "{\"name\":\"abstain.afterHours\",\"value\":24,\"default\":24,\"unit\":\"h\",\"allowed\":{\"min\":12,\"max\":48},\"differsFromDefault\":false}",
                "{\"name\":\"bmi.reviewFrom\",\"value\":40,\"default\":40,\"unit\":\"kg/m²\",\"allowed\":{\"min\":35,\"max\":45},\"differsFromDefault\":false}",
                "{\"name\":\"cannabis.reviewFrom\",\"value\":\"DAILY_OR_ALMOST\",\"default\":\"DAILY_OR_ALMOST\",\"allowed\":{\"values\":[\"WEEKLY\",\"DAILY_OR_ALMOST\"]},\"differsFromDefault\":false}",
                "{\"name\":\"cv1.anyHistoryIneligible\",\"value\":true,\"default\":false,\"allowed\":{\"values\":[true,false]},\"differsFromDefault\":true}",
                "{\"name\":\"ket2.outcome\",\"value\":\"INELIGIBLE\",\"default\":\"NEEDS_REVIEW\",\"allowed\":{\"values\":[\"NEEDS_REVIEW\",\"INELIGIBLE\"]},\"differsFromDefault\":true}")) {
            assertTrue(json.contains(entry), entry);
        }
        assertTrue(json.endsWith("],\"sha256\":\"6f3851b5568cb242e61c295c20f9fd73c8a0251f89bef675608a48f01f877335\"}"), json);
    }
}
