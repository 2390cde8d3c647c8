package org.ketascreen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.NonBlocking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP benchmark's baseline (B): the cheapest honest answer to the same request. It reads the same
 * body through the same stack and execution model as {@code POST /api/v1/screenings} (Vert.x, Quarkus
 * REST, on the I/O thread, byte[] body), parses it as a JSON tree and answers a small constant. Comparing {@code POST /api/v1/screenings} (A) with it
 * isolates what the service adds: binding, validation, the rules and the response.
 *
 * <p>Never in the production app: src/bench/java is a test source in the normal build (so it is
 * compiled and tested, and served only by @QuarkusTest apps) and a main source only in the Maven
 * profile {@code bench}, which builds into target/bench/.
 */
@Path("/bench/baseline")
public class BaselineResource {

    static final byte[] ANSWER = "{\"verdict\":\"ELIGIBLE\"}".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;

    public BaselineResource(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    @NonBlocking
    public byte[] parse(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException e) {
            throw new BadRequestException();
        }
        if (tree == null || !tree.isObject()) {
            throw new BadRequestException();
        }
        return ANSWER;
    }
}
