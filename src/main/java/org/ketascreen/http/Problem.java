package org.ketascreen.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Violation;

/**
 * An RFC 9457 problem detail (api-contract §5). Never carries a stack trace, a Java class name or a
 * value the patient entered.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; violations lists every field that could not be read.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@Schema(required = true, ref = "ProblemType") String type,
                      @Schema(required = true, examples = "Invalid screening request") String title,
                      @Schema(required = true, examples = "400") int status,
                      @Schema(examples = "3 fields are invalid") String detail,
                      @Schema(description = "Present on 400: every violation found, with its dotted request path.")
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
