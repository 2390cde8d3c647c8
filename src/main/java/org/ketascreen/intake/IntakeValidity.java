package org.ketascreen.intake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/**
 * What makes an intake valid beyond its syntax, decided once for every input format (api-contract §2):
 * required properties present, numbers in their range, list sizes, no duplicates where the contract
 * says so, an answer only where its question is enabled (each {@link EnabledWhen}), and the cross-field rules
 * of the records ({@link CrossFieldRules}). The rules are the annotations on the intake records, read
 * once into {@link RecordSchema}; every reader binds a record's values by its own syntax and hands them
 * here to be checked and built, so v1 JSON and a FHIR QuestionnaireResponse are held to the same rules
 * with the same messages. Messages name the rule, never the value.
 */
public final class IntakeValidity {
    private IntakeValidity() {
    }

    /**
     * Checks one record's bound values and builds the record (with nulls where a value is missing or
     * invalid, so that the checks of the records around it still run).
     *
     * @param values     the property values in declaration order; null where absent or unreadable
     * @param unreadable bit {@code i} set when property {@code i} had a value the reader could not bind and
     *                   has reported why: it is not reported again as missing
     * @param path       where the record sits in the request
     */
    public static Object record(RecordSchema schema, Object[] values, long unreadable, FieldPath path, Violations out) {
        List<RecordSchema.Property> properties = schema.properties();
        for (int i = 0; i < values.length; i++) {
            RecordSchema.Property property = properties.get(i);
            Object value = values[i];
            // a modality gate is the root's to check (screened modalities belong to the whole request)
            Boolean asked = property.screenedBy() != null ? null : property.asked(values);
            if (value == null) {
                if (property.required() && asked == Boolean.TRUE && (unreadable & 1L << i) == 0) {
                    out.add(path, property.name(), "is required");
                }
                continue;
            }
            String broken = broken(property, value);
            if (broken != null) {
                out.add(path, property.name(), broken);
            }
            if (asked == Boolean.FALSE) {
                out.add(path, property.name(), onlyWhen(property.gates()));
            }
        }
        Object record = schema.construct(values);
        if (schema.crossField()) {
            ((CrossFieldRules) record).check((relativePath, message) -> {
                if (!alreadyReported(schema, unreadable, relativePath)) {
                    out.add(path, relativePath, message);
                }
            });
        }
        if (record instanceof ScreenedModalities root) {
            screened(schema, record, root.screenedModalities(out.offer(), out), path, out);
        }
        return record;
    }

    /** The path names a property whose value the reader could not bind: reported already, not again by a cross-field rule. */
    private static boolean alreadyReported(RecordSchema schema, long unreadable, String relativePath) {
        int end = relativePath.indexOf('.');
        int i = schema.indexOf(end < 0 ? relativePath : relativePath.substring(0, end));
        return i >= 0 && (unreadable & 1L << i) != 0;
    }

    /**
     * Each {@link AskedWhenScreened} property below a root: present only when one of its modalities is screened,
     * and then present if required. Nothing is said when the screened modalities, or the record holding the
     * property, are missing (that is reported where it is missing), nor "is required" for a value the reader
     * could not bind (it said why).
     */
    private static void screened(RecordSchema root, Object record, List<Modality> screened, FieldPath path, Violations out) {
        if (screened == null) {
            return;
        }
        for (RecordSchema.ModalityGate gate : root.modalityGates()) {
            Object holder = record;
            RecordSchema schema = root;
            FieldPath at = path;
            int[] route = gate.route();
            for (int k = 0; k < route.length - 1 && holder != null; k++) {
                at = at.child(schema.properties().get(route[k]).name());
                holder = schema.get(holder, route[k]);
                schema = schema.child(route[k]);
            }
            if (holder == null) {
                continue;
            }
            Object value = schema.get(holder, route[route.length - 1]);
            boolean asked = gate.property().screenedBy().stream().anyMatch(screened::contains);
            if (value == null && asked && gate.property().required() && !out.has(at.with(gate.property().name()))) {
                out.add(at, gate.property().name(), "is required");
            } else if (value != null && !asked) {
                out.add(at, gate.property().name(), onlyWhenScreened(gate.property().screenedBy()));
            }
        }
    }

    /**
     * How many items of a list a reader binds at most: one more than the list may hold, so that the size
     * rule still sees the list is too long, and the rest of a huge list costs no work.
     */
    public static int itemsToBind(RecordSchema.Property list) {
        return list.maxItems() == null ? Integer.MAX_VALUE : list.maxItems() + 1;
    }

    /** The rule a present value breaks (range, list size, duplicates, a string's rules), or null. */
    static String broken(RecordSchema.Property property, Object value) {
        switch (property.kind()) {
            case INTEGER -> {
                int v = (Integer) value;
                if (property.min() != null && v < property.min() || property.max() != null && v > property.max()) {
                    return range(property);
                }
                return null;
            }
            case LIST -> {
                List<?> list = (List<?>) value;
                String size = size(property, list.size());
                if (size != null) {
                    return size;
                }
                return property.distinct() && !distinct(list) ? "must not contain duplicates" : null;
            }
            case STRING -> {
                for (RecordSchema.Check check : property.checks()) {
                    if (!check.holds().test((String) value)) {
                        return check.message();
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The rule {@code size} entries of a list (or properties of an object) break, or null: {@code must not be empty},
     * {@code must have at most 3 items}, or the property's declared wording.
     */
    public static String size(RecordSchema.Property property, int size) {
        if (property.minItems() != null && size < property.minItems()) {
            return property.wording().tooFew() != null ? property.wording().tooFew()
                    : property.minItems() == 1 ? "must not be empty" : "must have at least " + property.minItems() + " items";
        }
        if (property.maxItems() != null && size > property.maxItems()) {
            return property.wording().tooMany() != null ? property.wording().tooMany() : "must have at most " + property.maxItems() + " items";
        }
        return null;
    }

    /** The message for a number outside the property's range: {@code must be between 0 and 120}. */
    public static String range(RecordSchema.Property property) {
        return "must be between " + property.min() + " and " + property.max();
    }

    /** The message for an answer given where its question is not asked: {@code is only allowed when answer is YES}; several gates are alternatives. */
    static String onlyWhen(List<RecordSchema.Condition> gates) {
        StringBuilder sb = new StringBuilder("is only allowed when ");
        for (int g = 0; g < gates.size(); g++) {
            RecordSchema.Condition gate = gates.get(g);
            sb.append(g == 0 ? "" : " or ").append(gate.questionName()).append(" is ");
            for (int a = 0; a < gate.answers().size(); a++) {
                sb.append(a == 0 ? "" : " or ").append(gate.answers().get(a));
            }
        }
        return sb.toString();
    }

    /** The message for an answer given where no modality that asks it is screened. */
    static String onlyWhenScreened(List<Modality> modalities) {
        StringBuilder sb = new StringBuilder("is only allowed when ");
        for (int m = 0; m < modalities.size(); m++) {
            sb.append(m == 0 ? "" : " or ").append(modalities.get(m));
        }
        return sb.append(" is screened").toString();
    }

    /** Null items (already reported by the reader) are not duplicates of each other. */
    private static boolean distinct(List<?> list) {
        for (int i = 1; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (list.get(i) != null && Objects.equals(list.get(i), list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- a built record checked as a whole ---------------------------------------------------------

    /**
     * The violations of an intake built by other means (tests hold this against Hibernate Validator): the
     * same per-record checks, applied to every record reachable from {@code intake}, with a null list item
     * reported as the JSON reader reports it.
     */
    public static Violations check(Record intake) {
        Violations out = new Violations(intake.getClass());
        walk(intake, RecordSchema.of(intake.getClass()), FieldPath.ROOT, out);
        return out;
    }

    private static void walk(Object record, RecordSchema schema, FieldPath path, Violations out) {
        RecordComponent[] components = schema.type().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(components[i], record);
            RecordSchema.Property property = schema.properties().get(i);
            if (values[i] == null) {
                continue;
            }
            FieldPath child = path.child(property.name());
            if (property.kind() == RecordSchema.Kind.OBJECT) {
                walk(values[i], schema.child(i), child, out);
            } else if (property.kind() == RecordSchema.Kind.LIST) {
                List<?> list = (List<?>) values[i];
                for (int k = 0; k < list.size(); k++) {
                    if (list.get(k) == null) {
                        out.add(child.item(k), "must not be null");
                    } else if (property.type().isRecord()) {
                        walk(list.get(k), schema.child(i), child.item(k), out);
                    }
                }
            }
        }
        record(schema, values, 0, path, out);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
