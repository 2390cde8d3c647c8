package org.ketascreen.cdshooks;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.ketascreen.intake.InputLimits;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.intake.Violation;
import org.ketascreen.intake.json.StrictJson;

/**
 * Reads a CDS Hooks body into a JSON tree under the door's limits ({@link CdsHooks#MAX_BODY_BYTES}, nesting,
 * string, name and number length), refusing duplicate names, trailing content and any encoding but UTF-8, as
 * the v1 readers do ({@link StrictJson}). Floats are kept as written (BigDecimal, trailing zeros kept) so that
 * a prefetched QuestionnaireResponse re-serialised for the §6.2 reader reads exactly as if it had been posted.
 */
final class CdsJson {
    private CdsJson() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(CdsHooks.MAX_NESTING_DEPTH)
                    .maxStringLength(CdsHooks.MAX_STRING_LENGTH)
                    .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                    .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(CdsHooks.MAX_BODY_BYTES)
                    .build())
            .build();

    private static final ObjectMapper READER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Writes the answers and re-serialises prefetched resources: Jackson defaults, as the v1 answers. */
    static final ObjectMapper WRITER = new ObjectMapper();

    /** The body as a JSON object; a 400 problem with {@code title} otherwise. */
    static JsonNode object(byte[] body, String what, String title) {
        try {
            StrictJson.checkEncoding(body, what);
        } catch (InvalidIntakeException e) {
            throw CdsHooksProblem.invalid(title, e.violations());
        }
        JsonNode root = parse(body, title);
        if (!root.isObject()) {
            throw CdsHooksProblem.invalid(title, List.of(new Violation("", "the request body must be a JSON object")));
        }
        return root;
    }

    private static JsonNode parse(byte[] body, String title) {
        JsonParser parser = null;
        try (JsonParser p = READER.createParser(body)) {
            parser = p;
            JsonNode root = READER.readTree(p);
            if (root == null) {
                throw CdsHooksProblem.invalid(title, List.of(new Violation("", "the request body must be a JSON object")));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw CdsHooksProblem.invalid(title, List.of(new Violation("", "exceeds an input limit (nesting depth "
                    + CdsHooks.MAX_NESTING_DEPTH + ", string length " + CdsHooks.MAX_STRING_LENGTH + ", property name length "
                    + InputLimits.MAX_NAME_LENGTH + ", number length " + InputLimits.MAX_NUMBER_LENGTH + ")")));
        } catch (JsonProcessingException e) {
            // StrictJson words the parser's complaint without quoting the input: kind and location only
            throw CdsHooksProblem.invalid(title, StrictJson.unreadable(parser, e).violations());
        } catch (IOException e) {
            throw CdsHooksProblem.invalid(title, StrictJson.unreadable().violations());
        }
    }

    static byte[] bytes(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + e.getClass().getSimpleName());
        }
    }
}
