package org.ketascreen.cdshooks;

import java.util.List;

import org.ketascreen.api.Problem;
import org.ketascreen.api.Problems;
import org.ketascreen.intake.Violation;

/**
 * A CDS Hooks call the service answers with a problem (400, 401, 412, 413): the problem+json body, and for a
 * 401 the bearer challenge. Carries no stack trace; its message is the status only.
 */
final class CdsHooksProblem extends RuntimeException {

    private final transient Problem problem;
    private final String challenge;

    CdsHooksProblem(Problem problem, String challenge) {
        super(String.valueOf(problem.status()), null, false, false);
        this.problem = problem;
        this.challenge = challenge;
    }

    static CdsHooksProblem of(Problem problem) {
        return new CdsHooksProblem(problem, null);
    }

    /** 400 listing every violation at once, each a field name and a message that never quotes the value. */
    static CdsHooksProblem invalid(String title, List<Violation> violations) {
        int total = violations.size();
        String detail = total == 1 ? "1 field is invalid" : total + " fields are invalid";
        return of(new Problem(CdsHooks.INVALID_REQUEST, title, 400, detail, List.copyOf(violations)));
    }

    /** 401: {@code Bearer} when no token came, {@code Bearer error="invalid_token"} when one was refused; the body never says why. */
    static CdsHooksProblem unauthorized(String challenge) {
        return new CdsHooksProblem(Problems.UNAUTHORIZED, challenge);
    }

    Problem problem() {
        return problem;
    }

    String challenge() {
        return challenge;
    }
}
