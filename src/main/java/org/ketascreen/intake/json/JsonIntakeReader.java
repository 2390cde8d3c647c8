package org.ketascreen.intake.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

import org.ketascreen.json.StrictJson;
import org.ketascreen.intake.EnumValues;
import org.ketascreen.intake.FieldPath;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.IntakeValidity;
import org.ketascreen.intake.Offer;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.intake.Violations;

/**
 * Reads a JSON body into its root record: a v1 body (api-contract §2) into an {@link Intake}, a v2 body (§9.2)
 * into the v2 root; or fails with every violation at once (§5, §9.7). It translates syntax only: an unknown property, a wrong JSON type, an unknown enum value, a null
 * list item or a null optional property (an optional answer is left out, not null: api-contract §2 and the
 * OpenAPI document); everything else (required, ranges, list sizes, duplicates, cross-field rules) is decided by
 * {@link IntakeValidity}, as for every other format. The body must first pass {@link StrictJson}. Thread-safe:
 * one instance serves every request.
 *
 * <p>One pass over the parser's tokens, no JSON tree: properties are matched on their encoded bytes
 * (they usually come in the documented order, so the next expected name is tried first), enum values in
 * the parser's buffer, and duplicate names are caught with one bit per property. A body that fails to
 * parse (malformed, over a limit, bad UTF-8, a duplicate name) gets that one violation and nothing else.
 */
public final class JsonIntakeReader {

    private static final RecordSchema INTAKE = RecordSchema.of(Intake.class);

    /** Property names pre-encoded for {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}. */
    private static final ClassValue<SerializedString[]> NAMES = new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
            return RecordSchema.of(type).properties().stream().map(p -> new SerializedString(p.name()))
                    .toArray(SerializedString[]::new);
        }
    };

    static final String NULL_OPTIONAL = "must not be null: leave the property out when there is no answer";

    /** A v1 body (api-contract §2). */
    public Intake read(byte[] body) {
        return read(body, Intake.class);
    }

    /** A body whose root record is {@code root}: {@link Intake} for v1, the v2 root for v2 (api-contract §9.2). */
    public <T extends Record> T read(byte[] body, Class<T> root) {
        return read(body, root, Offer.EVERY);
    }

    /** As {@link #read(byte[], Class)}, for a request screened under a clinic's {@code offer} (api-contract §10.6). */
    public <T extends Record> T read(byte[] body, Class<T> root, Offer offer) {
        RecordSchema schema = root == Intake.class ? INTAKE : RecordSchema.of(root);
        StrictJson.checkEncoding(body, "the intake as a JSON object");
        Violations out = new Violations(root, offer);
        JsonParser parser = null;
        try (JsonParser p = StrictJson.INTAKE.parser(body)) {
            parser = p;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw StrictJson.notAnObject();
            }
            T intake = root.cast(record(p, schema, FieldPath.ROOT, out));
            if (p.nextToken() != null) {
                throw StrictJson.trailingContent(p);
            }
            out.throwIfAny();
            return intake;
        } catch (JsonProcessingException e) {
            throw StrictJson.INTAKE.unreadable(parser, e);
        } catch (IOException e) {
            throw StrictJson.unreadable();
        }
    }

    /** The parser is on the record's START_OBJECT; it is left on its END_OBJECT. */
    private static Object record(JsonParser p, RecordSchema schema, FieldPath path, Violations out) throws IOException {
        List<RecordSchema.Property> properties = schema.properties();
        SerializedString[] names = NAMES.get(schema.type());
        Object[] values = new Object[properties.size()];
        long seen = 0;
        long unreadable = 0;
        Set<String> unknown = null;
        int expected = 0;
        while (true) {
            int i;
            if (expected < values.length && p.nextFieldName(names[expected])) {
                i = expected;
            } else {
                JsonToken token = expected < values.length ? p.currentToken() : p.nextToken();
                if (token != JsonToken.FIELD_NAME) {
                    break; // END_OBJECT
                }
                String name = p.currentName();
                i = schema.indexOf(name);
                if (i < 0) {
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (!unknown.add(name)) {
                        throw StrictJson.duplicate(path.with(StrictJson.safeName(name)), p);
                    }
                    out.add(path, StrictJson.safeName(name), "unknown property");
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
            }
            RecordSchema.Property property = properties.get(i);
            if ((seen & 1L << i) != 0) {
                throw StrictJson.duplicate(path.with(property.name()), p);
            }
            seen |= 1L << i;
            expected = i + 1;
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                // an optional answer is given or left out; null would be a guess. A gated one is left out when
                // not asked, so null is never its answer either
                if (!property.required() || !property.gates().isEmpty() || property.screenedBy() != null) {
                    out.add(path, property.name(), NULL_OPTIONAL);
                    unreadable |= 1L << i;
                }
                continue; // a required one that is null is missing: the validity rules say so
            }
            Object value = value(p, token, schema, i, path, out);
            if (value == null) {
                unreadable |= 1L << i;
            } else {
                values[i] = value;
            }
        }
        return IntakeValidity.record(schema, values, unreadable, path, out);
    }

    /** The value of property {@code i}, or null after reporting why it cannot be read. */
    private static Object value(JsonParser p, JsonToken token, RecordSchema schema, int i, FieldPath path, Violations out)
            throws IOException {
        RecordSchema.Property property = schema.properties().get(i);
        String name = property.name();
        switch (property.kind()) {
            case OBJECT -> {
                if (token == JsonToken.START_OBJECT) {
                    return record(p, schema.child(i), path.child(name), out);
                }
                out.add(path, name, "must be a JSON object");
            }
            case ENUM -> {
                Object constant = token == JsonToken.VALUE_STRING ? constant(p, schema.enumValues(i)) : null;
                if (constant != null) {
                    return constant;
                }
                out.add(path, name, schema.enumValues(i).message());
            }
            case INTEGER -> {
                if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                out.add(path, name, token == JsonToken.VALUE_NUMBER_INT ? IntakeValidity.range(property)
                        : token == JsonToken.VALUE_NUMBER_FLOAT ? "must be a whole number" : "must be an integer");
            }
            case LIST -> {
                if (token == JsonToken.START_ARRAY) {
                    return list(p, schema, i, path.child(name), out);
                }
                out.add(path, name, "must be a JSON array");
            }
        }
        p.skipChildren();
        return null;
    }

    /** The parser is on START_ARRAY; it is left on END_ARRAY. Items beyond what the size rule needs are skipped. */
    private static List<Object> list(JsonParser p, RecordSchema schema, int i, FieldPath path, Violations out) throws IOException {
        RecordSchema.Property property = schema.properties().get(i);
        boolean records = property.type().isRecord();
        int limit = IntakeValidity.itemsToBind(property);
        List<Object> items = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (index >= limit) {
                p.skipChildren();
                continue;
            }
            Object item = null;
            if (token == JsonToken.VALUE_NULL) {
                out.add(path.item(index), "must not be null");
            } else if (records) {
                if (token == JsonToken.START_OBJECT) {
                    item = record(p, schema.child(i), path.item(index), out);
                } else {
                    out.add(path.item(index), "must be a JSON object");
                    p.skipChildren();
                }
            } else {
                EnumValues constants = schema.enumValues(i);
                item = token == JsonToken.VALUE_STRING ? constant(p, constants) : null;
                if (item == null) {
                    out.add(path.item(index), constants.message());
                    p.skipChildren();
                }
            }
            items.add(item);
            index++;
        }
        return Collections.unmodifiableList(items);
    }

    /** The enum constant the current string names, read from the parser's buffer; null if none. */
    private static Object constant(JsonParser p, EnumValues constants) throws IOException {
        return constants.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
}
