package org.ketascreen.http;

import java.util.List;

import org.ketascreen.intake.Violation;

/**
 * A request the service answers with a problem it has already built (a CDS Hooks call it cannot serve, a body
 * over its limit): {@link ProblemMapper} sends the body as it is. Carries no stack trace; its message is the
 * status only.
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(String.valueOf(problem.status()), null, false, false);
        this.problem = problem;
    }

    /** 400 listing every violation at once, each a field name and a message that never quotes the value. */
    public static ProblemException invalid(String type, String title, List<Violation> violations) {
        return new ProblemException(Problems.invalid(type, title, violations.size(), violations));
    }

    public Problem problem() {
        return problem;
    }
}
