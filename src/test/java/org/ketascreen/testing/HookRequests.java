package org.ketascreen.testing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CDS Hooks 2.0.1 patient-view calls for tests, shaped as an EHR sends them (spec §Calling a CDS Service,
 * interop-next §3.3): hook, hookInstance, fhirServer, context and the prefetch key {@code intake} holding
 * the result of the service's prefetch template, a searchset Bundle of QuestionnaireResponses built by
 * {@link QuestionnaireResponses} from v1 requests.
 */
public final class HookRequests {
    private HookRequests() {
    }

    public static final String HOOK_INSTANCE = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea";
    public static final String PATIENT_ID = "example-patient";
    public static final String USER_ID = "Practitioner/example";

    /** The call with {@code prefetch.intake} = {@code intake} (null: the key is absent; NullNode: JSON null). */
    public static ObjectNode patientView(String hookInstance, String patientId, String userId, JsonNode intake) {
        ObjectNode call = Intakes.JSON.createObjectNode();
        call.put("hook", "patient-view");
        call.put("hookInstance", hookInstance);
        call.put("fhirServer", "https://ehr.example.org/fhir");
        ObjectNode context = call.putObject("context");
        context.put("userId", userId);
        context.put("patientId", patientId);
        if (intake != null) {
            call.putObject("prefetch").set("intake", intake);
        }
        return call;
    }

    public static ObjectNode patientView(String hookInstance, JsonNode intake) {
        return patientView(hookInstance, PATIENT_ID, USER_ID, intake);
    }

    /** The call for a v1 request's answers: its QuestionnaireResponse in a searchset Bundle. */
    public static ObjectNode of(JsonNode v1Request) {
        return patientView(HOOK_INSTANCE, bundle(QuestionnaireResponses.of(v1Request)));
    }

    public static ObjectNode of(String hookInstance, JsonNode v1Request) {
        return patientView(hookInstance, bundle(QuestionnaireResponses.of(v1Request)));
    }

    /** A searchset Bundle with one match per resource, as a FHIR server answers the prefetch template. */
    public static ObjectNode bundle(JsonNode... resources) {
        ObjectNode bundle = Intakes.JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", resources.length);
        var entries = bundle.putArray("entry");
        for (JsonNode resource : resources) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", "https://ehr.example.org/fhir/QuestionnaireResponse/qr-" + entries.size());
            entry.set("resource", resource);
            entry.putObject("search").put("mode", "match");
        }
        return bundle;
    }

    public static JsonNode nullIntake() {
        return NullNode.getInstance();
    }

    public static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
