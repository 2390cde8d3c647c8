package org.ketascreen.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one JSON mapper of the service, with Jackson's defaults: every answer's bytes (v1, FHIR, CDS Hooks, problems)
 * are written by it, Quarkus REST serialises with this very instance (system/EngineProducers), and the strict
 * readers ({@link StrictJson}) read trees with readers derived from it. Changing a setting here changes every door's
 * bytes at once, which the golden answers would show.
 */
public final class Json {
    private Json() {
    }

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** A writer made once for a type written on every request, so no serializer is looked up per answer. */
    public static ObjectWriter writerFor(Class<?> type) {
        return MAPPER.writerFor(type);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + e.getClass().getSimpleName());
        }
    }

    public static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + e.getClass().getSimpleName());
        }
    }
}
