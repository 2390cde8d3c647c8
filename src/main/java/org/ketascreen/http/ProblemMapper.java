package org.ketascreen.http;

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

    /**
     * No token, a refused token (signature, algorithm, expiry, issuer, audience, format) or a valid token without
     * the role, whoever raised it: a resource's policy or the CDS Hooks client check ({@link Problems#securityFailure}).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, ForbiddenException.class})
    public Response securityFailure(RuntimeException e) {
        return Problems.securityFailure(e).response();
    }

    /** A problem a door built itself (a CDS Hooks call it cannot serve, a body over its limit): sent as it is. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problems.response(e.problem());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problems.response(Problems.NOT_FOUND);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response response = Problems.response(Problems.METHOD_NOT_ALLOWED);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e) {
        return Problems.response(Problems.UNSUPPORTED_MEDIA_TYPE);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return Problems.response(Problems.NOT_ACCEPTABLE);
    }

    /** The other refusals raised by status: each known status gets its own problem type, the rest a generic one. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return switch (status) {
            case 404 -> Problems.response(Problems.NOT_FOUND);
            case 405 -> Problems.response(Problems.METHOD_NOT_ALLOWED);
            case 406 -> Problems.response(Problems.NOT_ACCEPTABLE);
            case 413 -> Problems.response(Problems.tooLargeIntake());
            case 415 -> Problems.response(Problems.UNSUPPORTED_MEDIA_TYPE);
            default -> status >= 500 ? unexpected(e) : Problems.response(new Problem(Problems.REQUEST_ERROR,
                    known == null ? "Request error" : known.getReasonPhrase(), status, null, null));
        };
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("unexpected error id=%s type=%s%s", errorId, e.getClass().getName(), frames(e));
        return Problems.response(new Problem(Problems.INTERNAL_ERROR, "Internal error", 500,
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
