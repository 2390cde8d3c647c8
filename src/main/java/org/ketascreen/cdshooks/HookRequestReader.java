package org.ketascreen.cdshooks;

import org.ketascreen.http.Problems;
import org.ketascreen.http.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.intake.Violation;

/**
 * Reads a patient-view call (api-contract §7, CDS Hooks 2.0.1): {@code hook}, {@code hookInstance},
 * {@code context.patientId} and {@code context.userId} are required, every missing or malformed one is
 * reported at once (400, field names only); then {@code prefetch.intake} decides what is screened, and
 * without it the answer is 412. Keeps the hook instance and the prefetched intake, nothing else: the
 * context ids are checked for presence and dropped. Other properties (fhirServer, fhirAuthorization,
 * extension, other context fields) are accepted and never read.
 */
final class HookRequestReader {
    private HookRequestReader() {
    }

    /** RFC 4122 text form. hookInstance is logged, so it must be exactly this and nothing a person typed. */
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A readable call: the EHR's id for it and what prefetch.intake holds. */
    record HookCall(String hookInstance, PrefetchedIntake intake) {
    }

    /** What {@code prefetch.intake} holds. */
    sealed interface PrefetchedIntake {
    }

    /** The key is absent (the client could not fill it) or holds an OperationOutcome (the fetch failed): 412. */
    record NotPrefetched() implements PrefetchedIntake {
    }

    /** {@code null} or a Bundle without a match: the patient has no completed intake. */
    record NothingOnFile() implements PrefetchedIntake {
    }

    /** The resource to screen: a QuestionnaireResponse, or whatever else came, for the §6.2 reader to judge. */
    record OnFile(JsonNode resource) implements PrefetchedIntake {
    }

    static HookCall read(byte[] body) {
        JsonNode root = CdsHooks.tree(body, "a CDS Hooks request", CdsHooks.INVALID_REQUEST_TITLE);
        List<Violation> out = new ArrayList<>();
        String hook = requiredString(root, "hook", "hook", out);
        if (hook != null && !hook.equals(CdsHooks.HOOK)) {
            out.add(new Violation("hook", "must be " + CdsHooks.HOOK + ", the hook this service is registered for"));
        }
        String hookInstance = requiredString(root, "hookInstance", "hookInstance", out);
        if (hookInstance != null && !UUID.matcher(hookInstance).matches()) {
            out.add(new Violation("hookInstance", "must be a UUID"));
            hookInstance = null;
        }
        JsonNode context = root.get("context");
        if (context == null || context.isNull()) {
            out.add(new Violation("context", "is required"));
        } else if (!context.isObject()) {
            out.add(new Violation("context", "must be a JSON object"));
        } else {
            requiredString(context, "patientId", "context.patientId", out);
            requiredString(context, "userId", "context.userId", out);
        }
        PrefetchedIntake intake = new NotPrefetched();
        JsonNode prefetch = root.get("prefetch");
        if (prefetch != null && !prefetch.isNull()) {
            if (prefetch.isObject()) {
                intake = intake(prefetch.get(CdsHooks.PREFETCH_KEY), out);
            } else {
                out.add(new Violation("prefetch", "must be a JSON object"));
            }
        }
        if (!out.isEmpty()) {
            throw ProblemException.invalid(Problems.INVALID_HOOK_REQUEST, CdsHooks.INVALID_REQUEST_TITLE, out);
        }
        if (intake instanceof NotPrefetched) {
            throw new ProblemException(CdsHooks.NOT_PREFETCHED);
        }
        return new HookCall(hookInstance, intake);
    }

    /**
     * CDS Hooks §Prefetch: a key the client could not fill is omitted; "no data" is null for a read and an
     * empty Bundle for a search; a failed fetch may come back as an OperationOutcome. In a searchset Bundle
     * the entries marked {@code include} or {@code outcome} are not matches; the first match is screened.
     */
    private static PrefetchedIntake intake(JsonNode intake, List<Violation> out) {
        if (intake == null) {
            return new NotPrefetched();
        }
        if (intake.isNull()) {
            return new NothingOnFile();
        }
        String path = "prefetch." + CdsHooks.PREFETCH_KEY;
        if (!intake.isObject()) {
            out.add(new Violation(path, "must be a Bundle or a QuestionnaireResponse, or null"));
            return new NothingOnFile();
        }
        String type = text(intake.get("resourceType"));
        if ("OperationOutcome".equals(type)) {
            return new NotPrefetched();
        }
        if (!"Bundle".equals(type)) {
            return new OnFile(intake);
        }
        JsonNode entries = intake.get("entry");
        if (entries == null || entries.isNull()) {
            return new NothingOnFile();
        }
        if (!entries.isArray()) {
            out.add(new Violation(path + ".entry", "must be a JSON array"));
            return new NothingOnFile();
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = path + ".entry[" + i + "]";
            if (!entry.isObject()) {
                out.add(new Violation(at, "must be a JSON object"));
                return new NothingOnFile();
            }
            String mode = text(entry.path("search").get("mode"));
            if ("include".equals(mode) || "outcome".equals(mode)) {
                continue;
            }
            JsonNode resource = entry.get("resource");
            if (resource == null || !resource.isObject()) {
                out.add(new Violation(at + ".resource", "must be a FHIR resource"));
                return new NothingOnFile();
            }
            return new OnFile(resource);
        }
        return new NothingOnFile();
    }

    private static String requiredString(JsonNode parent, String name, String path, List<Violation> out) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            out.add(new Violation(path, "is required"));
            return null;
        }
        if (!value.isTextual()) {
            out.add(new Violation(path, "must be a string"));
            return null;
        }
        if (value.textValue().isBlank()) {
            out.add(new Violation(path, "must not be empty"));
            return null;
        }
        return value.textValue();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
