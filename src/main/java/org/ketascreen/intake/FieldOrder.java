package org.ketascreen.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders request paths as the questionnaire asks them (as the records declare them): declaration order, then list index. */
public final class FieldOrder {
    private FieldOrder() {
    }

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");
    private static final int UNKNOWN = 10_000;

    static final Comparator<List<Integer>> KEYS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** Paths of {@code root}'s request in questionnaire order (declaration order, then list index). */
    public static Comparator<String> of(Class<?> root) {
        RecordSchema schema = RecordSchema.of(root);
        return (a, b) -> KEYS.compare(key(schema, a), key(schema, b));
    }

    static List<Integer> key(String path) {
        return key(RecordSchema.of(Intake.class), path);
    }

    /** The path's position in the records of {@code root}, declaration order first. */
    static List<Integer> key(RecordSchema root, String path) {
        List<Integer> key = new ArrayList<>();
        RecordSchema schema = root;
        RecordSchema.Property property = null;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(2) != null) {
                key.add(Integer.parseInt(m.group(2)));
                continue;
            }
            if (schema == null) {
                key.add(UNKNOWN);
                continue;
            }
            int i = schema.indexOf(m.group(1));
            key.add(i < 0 ? UNKNOWN : i);
            property = i < 0 ? null : schema.properties().get(i);
            schema = property != null && property.type().isRecord() ? RecordSchema.of(property.type()) : null;
        }
        return key;
    }
}
