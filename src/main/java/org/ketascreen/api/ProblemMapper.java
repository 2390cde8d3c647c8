package org.ketascreen.api;

import java.util.UUID;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ketascreen.intake.InvalidIntakeException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error as application/problem+json. Bodies carry no stack trace, class name or entered value;
 * a 500 is logged with an error id, the exception type and its stack frames, never its message (which
 * could quote input).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidIntake(InvalidIntakeException e) {
        return Problems.response(Problems.invalidRequest(e));
    }

    /** No token (or an anonymous caller) on an endpoint that needs one: the policy denied an anonymous identity. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problems.unauthorized(Problems.BEARER_CHALLENGE);
    }

    /** A token was sent and rejected (signature, algorithm, expiry, issuer, audience, format). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problems.unauthorized(Problems.INVALID_TOKEN_CHALLENGE);
    }

    /** A valid token without the required role. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problems.notFound();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response response = Problems.response(new Problem("/problems/method-not-allowed", "Method not allowed", 405,
                "This path does not accept that HTTP method.", null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e) {
        return Problems.response(new Problem("/problems/unsupported-media-type", "Unsupported media type", 415,
                "Send the intake as application/json (UTF-8).", null));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return Problems.response(new Problem("/problems/not-acceptable", "Not acceptable", 406,
                "This resource answers in application/json only.", null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return Problems.tooLarge();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return Problems.response(new Problem("/problems/http-" + status, Response.Status.fromStatusCode(status) == null
                ? "Request error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("unexpected error id=%s type=%s%s", errorId, e.getClass().getName(), frames(e));
        return Problems.response(new Problem("/problems/internal-error", "Internal error", 500,
                "The service could not complete the request. Error id " + errorId + ".", null));
    }

    private static String frames(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                sb.append("\n caused by ").append(t.getClass().getName());
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                sb.append("\n\tat ").append(frame);
            }
        }
        return sb.toString();
    }
}
