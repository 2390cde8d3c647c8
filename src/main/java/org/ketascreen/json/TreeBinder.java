package org.ketascreen.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.FieldPath;
import org.ketascreen.intake.IntakeValidity;
import org.ketascreen.intake.RecordSchema;
import org.ketascreen.intake.Violations;

/**
 * Binds a JSON tree read by {@link StrictJson} to the records its {@link RecordSchema} declares, collecting every
 * violation at its dotted path: the CDS Hooks call and feedback. Like the intake readers it translates syntax
 * only (a JSON value of the wrong type, an enum name it does not know, {@code null} where the record refuses it,
 * a property the record does not declare and does not ignore) and hands each record's values to
 * {@link IntakeValidity}, which decides required, sizes, a string's rules and the cross-field rules, as for the
 * intake. A list over its maximum is reported as such and its items are not read. An {@code Object} property
 * takes the JSON node as it is, {@code null} included. Messages never quote the input.
 *
 * <p>The v1 intake keeps its streaming reader ({@code intake/json/JsonIntakeReader}): it binds the same records
 * by the same schema without building a tree, which is what the screening door's throughput rests on.
 */
public final class TreeBinder {
    private TreeBinder() {
    }

    /** The record {@code object} holds, built with null where a value is missing or invalid; the violations in {@code out}. */
    public static <T> T bind(ObjectNode object, Class<T> type, Violations out) {
        return type.cast(record(object, RecordSchema.of(type), FieldPath.ROOT, out));
    }

    private static Object record(JsonNode object, RecordSchema schema, FieldPath path, Violations out) {
        if (!schema.ignoresUnknownProperties()) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (schema.indexOf(name) < 0) {
                    out.add(path, StrictJson.safeName(name), "unknown property");
                }
            }
        }
        List<RecordSchema.Property> properties = schema.properties();
        Object[] values = new Object[properties.size()];
        long unreadable = 0;
        for (int i = 0; i < values.length; i++) {
            JsonNode node = object.get(properties.get(i).name());
            if (node == null || node.isNull() && !schema.nullRefused() && properties.get(i).kind() != RecordSchema.Kind.JSON) {
                continue; // absent
            }
            values[i] = value(node, schema, i, path, out);
            if (values[i] == null) {
                unreadable |= 1L << i;
            }
        }
        return IntakeValidity.record(schema, values, unreadable, path, out);
    }

    /** The value of property {@code i}, or null after reporting why it cannot be read. */
    private static Object value(JsonNode node, RecordSchema schema, int i, FieldPath path, Violations out) {
        RecordSchema.Property property = schema.properties().get(i);
        String name = property.name();
        String wrongType = property.wording().wrongType();
        switch (property.kind()) {
            case JSON -> {
                return node;
            }
            case STRING -> {
                if (node.isTextual()) {
                    return node.textValue();
                }
                out.add(path, name, wrongType != null ? wrongType : node.isNull() ? "must not be null" : "must be a string");
            }
            case INTEGER -> {
                if (node.isInt()) {
                    return node.intValue();
                }
                out.add(path, name, node.isIntegralNumber() ? IntakeValidity.range(property)
                        : node.isNumber() ? "must be a whole number" : "must be an integer");
            }
            case ENUM -> {
                Object constant = node.isTextual() ? schema.enumValues(i).get(node.textValue()) : null;
                if (constant != null) {
                    return constant;
                }
                out.add(path, name, schema.enumValues(i).message());
            }
            case OBJECT -> {
                String size = node.isObject() ? IntakeValidity.size(property, node.size()) : null;
                if (node.isObject() && size == null) {
                    return record(node, schema.child(i), path.child(name), out);
                }
                out.add(path, name, size != null ? size : wrongType != null ? wrongType : "must be a JSON object");
            }
            case LIST -> {
                boolean over = node.isArray() && property.maxItems() != null && node.size() > property.maxItems();
                if (node.isArray() && !over) {
                    return list(node, schema, i, path.child(name), out);
                }
                out.add(path, name, over ? IntakeValidity.size(property, node.size()) : wrongType != null ? wrongType : "must be a JSON array");
            }
        }
        return null;
    }

    private static List<Object> list(JsonNode array, RecordSchema schema, int i, FieldPath path, Violations out) {
        boolean records = schema.properties().get(i).type().isRecord();
        List<Object> items = new ArrayList<>(array.size());
        for (int k = 0; k < array.size(); k++) {
            JsonNode node = array.get(k);
            Object item = null;
            if (records && node.isObject()) {
                item = record(node, schema.child(i), path.item(k), out);
            } else if (records) {
                out.add(path.item(k), "must be a JSON object");
            } else if (node.isNull()) {
                out.add(path.item(k), "must not be null");
            } else {
                item = node.isTextual() ? schema.enumValues(i).get(node.textValue()) : null;
                if (item == null) {
                    out.add(path.item(k), schema.enumValues(i).message());
                }
            }
            items.add(item);
        }
        return Collections.unmodifiableList(items);
    }
}
