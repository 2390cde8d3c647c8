package org.ketascreen.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with a request: the dotted request path and a message that never echoes the value. */
@Schema(description = "One thing wrong with a request: the dotted v1 request path (list items as treatments.preventive[1].trialWeeks; empty for the body as a whole, or a FHIR element name such as status) and a message that never repeats the value.")
public record Violation(@Schema(required = true) String field, @Schema(required = true) String message) {
}
