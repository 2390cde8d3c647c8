package org.ketascreen.system;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds problem+json answers; serialised here so the media type never depends on a writer's registration. */
final class Problems {
    private Problems() {
    }

    static final String INVALID_REQUEST = "/problems/invalid-request";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final Problem NOT_FOUND = new Problem("/problems/not-found", "Not found", 404,
            "No such resource. The API is described at /q/openapi.", null);
    static final Problem TOO_LARGE = new Problem("/problems/payload-too-large", "Payload too large", 413,
            "The request body is larger than 64 KiB.", null);

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    static Response notFound() {
        return response(NOT_FOUND);
    }

    static Response tooLarge() {
        return response(TOO_LARGE);
    }

    static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
