package org.ketascreen.cdshooks;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.http.Problem;
import org.ketascreen.http.ProblemException;
import org.ketascreen.http.Problems;
import org.ketascreen.http.Routes;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.intake.Violations;
import org.ketascreen.json.StrictJson;

/**
 * The CDS Hooks 2.0.1 door (api-contract §7): its fixed names, the prefetch template and the limits. The
 * service is discovered at {@link Routes#CDS_SERVICES}, called at {@link Routes#CDS_SERVICE} and told about the
 * clinician's decision at {@link Routes#CDS_FEEDBACK}.
 */
public final class CdsHooks {
    private CdsHooks() {
    }

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
     * A hook call's limits: the body of {@link Routes#CDS_MAX_BODY_BYTES}; nesting 40 (the intake's limit for
     * the QuestionnaireResponse plus the wrapper); 16 K characters in one string, room for an access token or a
     * narrative (the QuestionnaireResponse's own strings are held to the intake's limit when it is read).
     */
    static final StrictJson.Limits LIMITS = new StrictJson.Limits(Routes.CDS_MAX_BODY_BYTES, 40, 16 * 1024);
    private static final StrictJson JSON = new StrictJson(LIMITS);

    static final Problem NOT_PREFETCHED = new Problem(Problems.PREFETCH_MISSING, "Precondition failed", 412,
            "This service screens the prefetched intake (prefetch key intake, the patient's latest completed "
                    + "QuestionnaireResponse) and does not query the EHR's FHIR server: send the prefetch.", null);
    static final String INVALID_REQUEST_TITLE = "Invalid CDS Hooks request";
    static final String INVALID_FEEDBACK_TITLE = "Invalid CDS Hooks feedback";

    /** A 400 problem with {@code title} listing every violation found, in the order {@code request} declares its fields. */
    static void throwIfAny(Violations out, Class<?> request, String title) {
        if (!out.isEmpty()) {
            throw ProblemException.invalid(Problems.INVALID_HOOK_REQUEST, title, out.inOrderOf(RecordSchema.of(request)));
        }
    }

    /** The body as a JSON object under the door's limits; a 400 problem with {@code title} otherwise. */
    static ObjectNode tree(byte[] body, String what, String title) {
        try {
            return JSON.tree(body, what);
        } catch (InvalidIntakeException e) {
            throw ProblemException.invalid(Problems.INVALID_HOOK_REQUEST, title, e.violations());
        }
    }
}
