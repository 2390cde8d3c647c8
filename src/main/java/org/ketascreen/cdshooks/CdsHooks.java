package org.ketascreen.cdshooks;

import org.ketascreen.api.Problem;
import org.ketascreen.api.Problems;

/**
 * The CDS Hooks 2.0.1 door (api-contract §7): its fixed names, the prefetch template and the limits. The
 * service is discovered at {@code /cds-services}, called at {@code /cds-services/ketamine-migraine-screening}
 * and told about the clinician's decision at {@code .../feedback}.
 */
public final class CdsHooks {
    private CdsHooks() {
    }

    public static final String BASE_PATH = "/cds-services";
    public static final String SERVICE_ID = "ketamine-migraine-screening";
    public static final String SERVICE_PATH = BASE_PATH + "/" + SERVICE_ID;
    public static final String FEEDBACK_PATH = SERVICE_PATH + "/feedback";
    /** The one hook this service is registered for (maturity 5: the chart is opened before the visit). */
    public static final String HOOK = "patient-view";
    public static final String PREFETCH_KEY = "intake";
    /**
     * api-contract §7, character for character: the patient's latest completed intake. {@code patient=}
     * rather than {@code subject=} (a bare id is ambiguous for subject), tokens on root-level context fields
     * only (interop-next §3.3).
     */
    public static final String PREFETCH_TEMPLATE = "QuestionnaireResponse?patient={{context.patientId}}"
            + "&questionnaire=https://ketascreen.org/fhir/Questionnaire/ketamine-migraine-intake"
            + "&status=completed&_sort=-authored&_count=1";

    /**
     * Request body limit for the two POST endpoints. A hook request wraps a QuestionnaireResponse (itself held
     * to the v1 limit of 64 KiB once re-serialised) in a Bundle, the context and possibly an access token, so
     * it is allowed three times the v1 limit; the transport's backstop (quarkus.http.limits.max-body-size,
     * 256K) stays above it so that every refusal is problem+json.
     */
    public static final int MAX_BODY_BYTES = 192 * 1024;
    /** JSON nesting depth of a hook request: the v1 limit for the QuestionnaireResponse plus the wrapper. */
    static final int MAX_NESTING_DEPTH = 40;
    /** Characters in one string value: room for an access token or a narrative; the QuestionnaireResponse's own strings are held to 1,000 when it is read. */
    static final int MAX_STRING_LENGTH = 16 * 1024;

    public static final Problem TOO_LARGE = new Problem("/problems/payload-too-large", "Payload too large", 413,
            "The request body is larger than 192 KiB.", null);
    static final Problem NOT_PREFETCHED = new Problem(Problems.PREFETCH_MISSING, "Precondition failed", 412,
            "This service screens the prefetched intake (prefetch key intake, the patient's latest completed "
                    + "QuestionnaireResponse) and does not query the EHR's FHIR server: send the prefetch.", null);
    static final String INVALID_REQUEST = Problems.INVALID_HOOK_REQUEST;
    static final String INVALID_REQUEST_TITLE = "Invalid CDS Hooks request";
    static final String INVALID_FEEDBACK_TITLE = "Invalid CDS Hooks feedback";
}
