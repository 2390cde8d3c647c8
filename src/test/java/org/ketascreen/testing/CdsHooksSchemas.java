package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas of CDS Hooks 2.0.1 under {@code src/test/resources/cds-hooks-2.0.1}, written from the spec
 * (interop-next §3.1, §3.4): the discovery response, the service response and the feedback request. Checked
 * with networknt json-schema-validator 3.x (draft 2020-12, formats asserted, not only annotated).
 */
public final class CdsHooksSchemas {
    private CdsHooksSchemas() {
    }

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    public static final Schema DISCOVERY = load("discovery");
    public static final Schema RESPONSE = load("response");
    public static final Schema FEEDBACK = load("feedback");

    private static Schema load(String name) {
        String resource = "/cds-hooks-2.0.1/" + name + ".schema.json";
        try (InputStream in = CdsHooksSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + resource);
            }
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of {@code json} against {@code schema}, as "instance location: message". */
    public static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(CdsHooksSchemas::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    public static void assertValid(Schema schema, String json) {
        List<String> errors = errors(schema, json);
        assertTrue(errors.isEmpty(), "not valid CDS Hooks 2.0.1: " + errors + "\n" + json);
    }
}
