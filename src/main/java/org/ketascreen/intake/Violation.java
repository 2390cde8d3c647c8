package org.ketascreen.intake;

/** One thing wrong with a request: the dotted request path and a message that never echoes the value. */
public record Violation(String field, String message) {
}
