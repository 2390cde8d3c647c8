package org.ketascreen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
 * The HTTP benchmark's baseline (B): the least work the stack can do for the same request. It reads the
 * same body through the same stack and execution model as {@code POST /api/v1/screenings} (Vert.x, Quarkus
 * REST, on the I/O thread, byte[] body), parses it as a JSON tree and writes back the very bytes the
 * service answers to the reference request (its reviewed golden answer, precomputed). Both sides then
 * read and write the same bytes, so A against B measures only the service's own work: binding, validity,
 * the rules, serializing the answer, the audit line and the metrics.
 *
 * <p>One endpoint, both media types: a QuestionnaireResponse (application/fhir+json) is parsed as a tree
 * the same way, the baseline of the FHIR door.
 *
 * <p>Never in the production app: src/bench/java is a test source in the normal build (so it is
 * compiled and tested, and served only by @QuarkusTest apps) and a main source only in the Maven
 * profile {@code bench}, which builds into target/bench/.
 */
@Path("/bench/baseline")
public class BaselineResource {

    /** The service's answer to the reference request, compact, exactly as it writes it. */
    static final byte[] ANSWER = referenceAnswer();

    private final ObjectMapper mapper;

    public BaselineResource(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/fhir+json"})
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

    private static byte[] referenceAnswer() {
        try (InputStream in = BaselineResource.class.getResourceAsStream("/scenarios/reference.expected.json")) {
            if (in == null) {
                throw new IllegalStateException("the reference answer is not on the classpath");
            }
            ObjectMapper json = new ObjectMapper();
            return json.writeValueAsBytes(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
