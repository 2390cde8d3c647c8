package org.ketascreen.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;

import org.ketascreen.http.ProblemException;
import org.ketascreen.intake.Violations;
import org.ketascreen.json.TreeBinder;

/**
 * Reads a patient-view call (api-contract §7): the body is bound to {@link HookRequest}, which declares what a
 * valid one is (every violation at once, 400, field names only); then {@code prefetch.intake} decides what is
 * screened, and without it the answer is 412. Keeps the hook instance and the prefetched intake, nothing else.
 */
final class HookRequestReader {
    private HookRequestReader() {
    }

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
        Violations out = new Violations();
        HookRequest request = TreeBinder.bind(CdsHooks.tree(body, "a CDS Hooks request", CdsHooks.INVALID_REQUEST_TITLE),
                HookRequest.class, out);
        PrefetchedIntake intake = request.prefetch() == null ? new NotPrefetched() : intake((JsonNode) request.prefetch().intake(), out);
        CdsHooks.throwIfAny(out, HookRequest.class, CdsHooks.INVALID_REQUEST_TITLE);
        if (intake instanceof NotPrefetched) {
            throw new ProblemException(CdsHooks.NOT_PREFETCHED);
        }
        return new HookCall(request.hookInstance(), intake);
    }

    /**
     * CDS Hooks §Prefetch: a key the client could not fill is omitted; "no data" is null for a read and an
     * empty Bundle for a search; a failed fetch may come back as an OperationOutcome. In a searchset Bundle
     * the entries marked {@code include} or {@code outcome} are not matches; the first match is screened.
     */
    private static PrefetchedIntake intake(JsonNode intake, Violations out) {
        if (intake == null) {
            return new NotPrefetched();
        }
        if (intake.isNull()) {
            return new NothingOnFile();
        }
        String path = "prefetch." + CdsHooks.PREFETCH_KEY;
        if (!intake.isObject()) {
            out.add(path, "must be a Bundle or a QuestionnaireResponse, or null");
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
            out.add(path + ".entry", "must be a JSON array");
            return new NothingOnFile();
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = path + ".entry[" + i + "]";
            if (!entry.isObject()) {
                out.add(at, "must be a JSON object");
                return new NothingOnFile();
            }
            String mode = text(entry.path("search").get("mode"));
            if ("include".equals(mode) || "outcome".equals(mode)) {
                continue;
            }
            JsonNode resource = entry.get("resource");
            if (resource == null || !resource.isObject()) {
                out.add(at + ".resource", "must be a FHIR resource");
                return new NothingOnFile();
            }
            return new OnFile(resource);
        }
        return new NothingOnFile();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
