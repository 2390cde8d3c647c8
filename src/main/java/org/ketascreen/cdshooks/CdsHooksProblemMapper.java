package org.ketascreen.cdshooks;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ketascreen.api.Problem;
import org.ketascreen.api.Problems;

/** Answers a {@link CdsHooksProblem} in application/problem+json, with its bearer challenge on a 401. */
public class CdsHooksProblemMapper {

    @ServerExceptionMapper
    public Response map(CdsHooksProblem e) {
        Response.ResponseBuilder response = Response.status(e.problem().status()).type(Problem.MEDIA_TYPE)
                .entity(Problems.json(e.problem()));
        if (e.challenge() != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, e.challenge());
        }
        return response.build();
    }
}
