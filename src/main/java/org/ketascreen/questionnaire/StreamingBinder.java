package org.ketascreen.questionnaire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;

/**
 * The fast path for a request with nothing wrong in it: binds the records straight from the parser's
 * tokens, with no JSON tree in between (building the tree was most of the cost of reading a request).
 *
 * <p>It only ever recognises a valid request; it never decides what is wrong with one. At the first
 * thing that is not plainly valid (an unknown or missing property, a null, a wrong JSON type, an
 * unknown enum value, a number that is not an int, a list too long, a broken range, size, distinctness
 * or cross-field rule, trailing content, or any parser error: duplicate name, input limit, bad UTF-8)
 * it gives up and {@link IntakeReader} reads the body again the full way, which finds and words every
 * violation exactly as before. The parser is the reader's own (strict duplicate detection, input
 * limits) but for duplicate detection, which the binder does itself.
 */
final class StreamingBinder {
    private StreamingBinder() {
    }

    /**
     * The intake, or null when the body is anything but a valid request (or anything unexpected happens).
     * {@code factory} is the reader's parser configuration without duplicate detection: a property seen
     * twice is caught here (and read again by the strict parser), without a set of names per object.
     */
    static Intake bind(JsonFactory factory, byte[] body) {
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object intake = record(parser, RecordSchema.of(Intake.class));
            if (intake == null || parser.nextToken() != null) {
                return null;
            }
            return (Intake) intake;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The parser is on the record's START_OBJECT; on success it is left on its END_OBJECT. */
    private static Object record(JsonParser parser, RecordSchema schema) throws IOException {
        List<RecordSchema.Property> properties = schema.properties();
        if (properties.size() > Long.SIZE) {
            return null; // the seen-set below is one long
        }
        Object[] values = new Object[properties.size()];
        long seen = 0;
        int expected = 0;
        JsonToken token;
        while (true) {
            // Properties usually come in the documented order: try the next one's encoded name first,
            // which matches the raw bytes without decoding or hashing the name.
            int i;
            if (expected < values.length && parser.nextFieldName(schema.jsonName(expected))) {
                i = expected;
            } else {
                token = expected < values.length ? parser.currentToken() : parser.nextToken();
                if (token != JsonToken.FIELD_NAME) {
                    break;
                }
                i = schema.indexOf(parser.currentName());
            }
            if (i < 0 || (seen & 1L << i) != 0) {
                return null;
            }
            expected = i + 1;
            seen |= 1L << i;
            RecordSchema.Property property = properties.get(i);
            token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                if (property.required()) {
                    return null;
                }
                continue;
            }
            Object value = value(parser, token, schema, i);
            if (value == null || !BindingConstraints.hold(property, value)) {
                return null;
            }
            values[i] = value;
        }
        if (token != JsonToken.END_OBJECT) {
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && properties.get(i).required()) {
                return null;
            }
        }
        Object record = schema.construct(values);
        if (schema.crossField() && !BindingConstraints.crossFieldRulesHold((CrossFieldRules) record)) {
            return null;
        }
        return record;
    }

    private static Object value(JsonParser parser, JsonToken token, RecordSchema schema, int i) throws IOException {
        return switch (schema.properties().get(i).kind()) {
            case OBJECT -> token == JsonToken.START_OBJECT ? record(parser, schema.child(i)) : null;
            case ENUM -> token == JsonToken.VALUE_STRING ? constant(parser, schema.enumValues(i)) : null;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                    ? Integer.valueOf(parser.getIntValue()) : null;
            case LIST -> token == JsonToken.START_ARRAY ? list(parser, schema, i) : null;
        };
    }

    /** The enum constant the current string names, read from the parser's buffer. */
    private static Object constant(JsonParser parser, EnumValues constants) throws IOException {
        return constants.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The parser is on START_ARRAY; on success it is left on END_ARRAY. */
    private static List<Object> list(JsonParser parser, RecordSchema schema, int i) throws IOException {
        RecordSchema.Property property = schema.properties().get(i);
        RecordSchema elements = property.type().isRecord() ? schema.child(i) : null;
        EnumValues constants = elements == null ? schema.enumValues(i) : null;
        List<Object> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (property.maxItems() != null && values.size() >= property.maxItems()) {
                return null;
            }
            Object value = elements != null
                    ? token == JsonToken.START_OBJECT ? record(parser, elements) : null
                    : token == JsonToken.VALUE_STRING ? constant(parser, constants) : null;
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return Collections.unmodifiableList(values);
    }
}
