package org.ketascreen.pipeline;

/**
 * One request through a door, as the audit line names it: the request id, the EHR's hook instance for a CDS Hooks
 * call ({@code null} otherwise) and when the door began serving it.
 */
public record Call(String requestId, String hookInstance, long startedNanos) {

    /** A call to the v1 JSON or FHIR door, started now. */
    public static Call of(String requestId) {
        return new Call(requestId, null, System.nanoTime());
    }

    /** A CDS Hooks call, started at {@code startedNanos} (before its body was read). */
    public static Call hook(String requestId, String hookInstance, long startedNanos) {
        return new Call(requestId, hookInstance, startedNanos);
    }
}
