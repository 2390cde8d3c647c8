package org.ketascreen.questionnaire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a request body into an {@link Intake}, or fails with every violation at once (api-contract §5).
 *
 * <p>Three passes: strict JSON parsing (duplicate keys, trailing content and {@link InputLimits}); a
 * binder driven by {@link RecordSchema} that reports unknown properties, missing required ones, wrong
 * JSON types and unknown enum values while building the records; then Hibernate Validator for ranges,
 * list sizes and cross-field rules. Messages name the field and the rule, never the value.
 *
 * <p>The binder also checks those ranges, sizes and rules as it goes ({@link BindingConstraints}); when
 * it found nothing wrong, the validator, which would find nothing either, is not run. A valid request is
 * first tried on a fast path that binds straight from the parser's tokens ({@link StreamingBinder});
 * anything else is read the full way above, so every violation is found and worded as before.
 */
public final class IntakeReader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final RecordSchema INTAKE = RecordSchema.of(Intake.class);

    private final ObjectMapper mapper;
    /** The same limits without duplicate detection, for {@link StreamingBinder}, which detects duplicates itself. */
    private final JsonFactory fastPathFactory;
    private final Validator validator;
    /** Every constraint Hibernate Validator knows on the request records is one the binder checks too. */
    private final boolean bindingChecksEveryConstraint;

    public IntakeReader(Validator validator) {
        this.validator = validator;
        this.bindingChecksEveryConstraint = BindingConstraints.coverEveryConstraint(validator, INTAKE);
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                .maxDocumentLength(InputLimits.MAX_BODY_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
                .build();
        this.fastPathFactory = JsonFactory.builder().streamReadConstraints(limits).build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public Intake read(byte[] body) {
        Intake valid = readValid(body);
        if (valid != null) {
            return valid;
        }
        Bound bound = bind(body);
        List<Violation> violations = bound.violations();
        if (violations.isEmpty() && bound.constraintsHold() && bindingChecksEveryConstraint) {
            return bound.intake(); // Hibernate Validator would find nothing: the binder checked all it checks
        }
        Set<String> reported = null;
        for (ConstraintViolation<Intake> cv : validator.validate(bound.intake())) {
            String field = path(cv.getPropertyPath());
            if (reported == null) {
                reported = violations.stream().map(Violation::field).collect(Collectors.toSet());
            }
            if (!coveredBy(field, reported)) {
                violations.add(new Violation(field, message(cv)));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return bound.intake();
    }

    /**
     * The fast path ({@link StreamingBinder}): a valid request bound straight from the parser, or null
     * for anything else, which {@link #read} then reads the full way. Only taken when the binder is known
     * to check every constraint the validator knows.
     */
    Intake readValid(byte[] body) {
        if (!bindingChecksEveryConstraint || isBlank(body) || !looksLikeUtf8(body)) {
            return null;
        }
        return StreamingBinder.bind(fastPathFactory, body);
    }

    /** Whether a valid request is read without running Hibernate Validator (see {@link BindingConstraints}). */
    boolean skipsTheValidatorForValidRequests() {
        return bindingChecksEveryConstraint;
    }

    /**
     * Passes 1 and 2: the intake, the structural violations, and whether every range, list size,
     * distinctness and cross-field rule held while binding.
     */
    Bound bind(byte[] body) {
        Binding binding = new Binding();
        Intake intake = (Intake) bindRecord(parse(body), INTAKE, "", binding);
        return new Bound(intake, binding.violations, binding.constraintsHold);
    }

    record Bound(Intake intake, List<Violation> violations, boolean constraintsHold) {
    }

    /** What binding one body collects. */
    private static final class Binding {
        final List<Violation> violations = new ArrayList<>();
        boolean constraintsHold = true;

        void add(Violation violation) {
            violations.add(violation);
        }
    }

    // ---- pass 1: strict JSON ----------------------------------------------------------------------

    private JsonNode parse(byte[] body) {
        if (isBlank(body)) {
            throw InvalidIntakeException.of("", "the request body is empty: send the intake as a JSON object");
        }
        if (!looksLikeUtf8(body)) {
            throw InvalidIntakeException.of("", "the request body must be JSON encoded as UTF-8");
        }
        try (JsonParser parser = mapper.createParser(body)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null || !root.isObject()) {
                    throw InvalidIntakeException.of("", "the request body must be a JSON object");
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw InvalidIntakeException.of(pointer(parser), "exceeds an input limit (nesting depth "
                        + InputLimits.MAX_NESTING_DEPTH + ", string length " + InputLimits.MAX_STRING_LENGTH
                        + ", property name length " + InputLimits.MAX_NAME_LENGTH + ", number length "
                        + InputLimits.MAX_NUMBER_LENGTH + ")");
            } catch (JsonProcessingException e) {
                throw InvalidIntakeException.of(pointer(parser), malformed(e));
            }
        } catch (IOException e) {
            throw InvalidIntakeException.of("", "the request body could not be read as JSON");
        }
    }

    /** Jackson's own messages quote the offending input, so only the kind and the location are kept. */
    private static String malformed(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String what = original.startsWith("Duplicate field") ? "duplicate property name"
                : original.contains("Invalid UTF-8") ? "invalid UTF-8 byte sequence"
                : original.contains("end-of-input") ? "the JSON ends too early"
                : original.contains("Trailing token") ? "unexpected content after the JSON object"
                : "malformed JSON";
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return what;
        }
        return what + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String pointer(JsonParser parser) {
        var context = parser.getParsingContext();
        List<String> parts = new ArrayList<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + safeName(c.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** RFC 8259 §8.1: JSON between systems is UTF-8. UTF-16/32 (NUL bytes or their BOMs) are refused. */
    private static boolean looksLikeUtf8(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return false;
        }
        int n = Math.min(body.length, 4);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    // ---- pass 2: bind and check structure ----------------------------------------------------------

    /**
     * Paths are built only where they are needed: for a nested record or list (its children's paths) and
     * for a violation. A valid leaf value costs no string.
     */
    private Object bindRecord(JsonNode node, RecordSchema schema, String path, Binding out) {
        if (!node.isObject()) {
            out.add(new Violation(path, "must be a JSON object"));
            return null;
        }
        List<RecordSchema.Property> properties = schema.properties();
        if (node.size() > properties.size() || !allKnown(node, schema)) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (schema.indexOf(name) < 0) {
                    out.add(new Violation(join(path, safeName(name)), "unknown property"));
                }
            }
        }
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            RecordSchema.Property property = properties.get(i);
            JsonNode child = node.get(property.name());
            if (child == null || child.isNull()) {
                if (property.required()) {
                    out.add(new Violation(join(path, property.name()), "is required"));
                }
            } else {
                values[i] = bindProperty(child, property, path, out);
                if (out.constraintsHold && values[i] != null && !BindingConstraints.hold(property, values[i])) {
                    out.constraintsHold = false;
                }
            }
        }
        Object record = schema.construct(values);
        if (out.constraintsHold && schema.crossField() && !BindingConstraints.crossFieldRulesHold((CrossFieldRules) record)) {
            out.constraintsHold = false;
        }
        return record;
    }

    private static boolean allKnown(JsonNode node, RecordSchema schema) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (schema.indexOf(names.next()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code parent} is the path of the record holding the property. */
    private Object bindProperty(JsonNode node, RecordSchema.Property property, String parent, Binding out) {
        return switch (property.kind()) {
            case OBJECT -> bindRecord(node, property.schema(), join(parent, property.name()), out);
            case ENUM -> bindEnum(node, property.type(), parent, property.name(), out);
            case INTEGER -> bindInteger(node, property, parent, out);
            case LIST -> bindList(node, property, join(parent, property.name()), out);
        };
    }

    private Object bindList(JsonNode node, RecordSchema.Property property, String path, Binding out) {
        if (!node.isArray()) {
            out.add(new Violation(path, "must be a JSON array"));
            return null;
        }
        if (property.maxItems() != null && node.size() > property.maxItems()) {
            out.add(new Violation(path, "must have at most " + property.maxItems() + " items"));
            return null;
        }
        Object[] values = new Object[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = node.get(i);
            if (element.isNull()) {
                out.add(new Violation(path + "[" + i + "]", "must not be null"));
            } else if (property.type().isRecord()) {
                values[i] = bindRecord(element, property.schema(), path + "[" + i + "]", out);
            } else {
                values[i] = bindEnum(element, property.type(), path + "[" + i + "]", null, out);
            }
        }
        return java.util.Collections.unmodifiableList(Arrays.asList(values));
    }

    /** The violation's path is {@code path}, or {@code path.name} when a name is given. */
    private static Object bindEnum(JsonNode node, Class<?> type, String path, String name, Binding out) {
        if (node.isTextual()) {
            Object constant = EnumValues.of(type).get(node.textValue());
            if (constant != null) {
                return constant;
            }
        }
        out.add(new Violation(name == null ? path : join(path, name), EnumValues.of(type).message()));
        return null;
    }

    private static Integer bindInteger(JsonNode node, RecordSchema.Property property, String parent, Binding out) {
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            out.add(new Violation(join(parent, property.name()), range(property.min(), property.max())));
            return null;
        }
        out.add(new Violation(join(parent, property.name()), node.isNumber() ? "must be a whole number" : "must be an integer"));
        return null;
    }

    // ---- pass 3: Hibernate Validator --------------------------------------------------------------

    private static String message(ConstraintViolation<Intake> cv) {
        var annotation = cv.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof NotNull) {
            return cv.getPropertyPath().toString().endsWith(">") ? "must not be null" : "is required";
        }
        if (annotation instanceof Min || annotation instanceof Max) {
            var property = leafProperty(cv);
            return range(property.min(), property.max());
        }
        if (annotation instanceof Size size) {
            int count = cv.getInvalidValue() instanceof List<?> list ? list.size() : 0;
            if (count < size.min()) {
                return size.min() == 1 ? "must not be empty" : "must have at least " + size.min() + " items";
            }
            return "must have at most " + size.max() + " items";
        }
        return cv.getMessage();
    }

    private static RecordSchema.Property leafProperty(ConstraintViolation<Intake> cv) {
        String name = null;
        for (Path.Node node : cv.getPropertyPath()) {
            name = node.getName();
        }
        RecordSchema schema = RecordSchema.of(cv.getLeafBean().getClass());
        return schema.properties().get(schema.indexOf(name));
    }

    private static String range(Long min, Long max) {
        return "must be between " + min + " and " + max;
    }

    /** Hibernate Validator's path as a dotted request path with list indexes: {@code treatments.preventive[1].trialWeeks}. */
    static String path(Path propertyPath) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN || node.getName() == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.toString();
    }

    private static boolean coveredBy(String field, Set<String> reported) {
        for (String done : reported) {
            if (field.equals(done) || field.startsWith(done + ".") || field.startsWith(done + "[")) {
                return true;
            }
        }
        return false;
    }

    // ---- reporting ----------------------------------------------------------------------------

    private static InvalidIntakeException invalid(List<Violation> violations) {
        Map<String, Violation> unique = new LinkedHashMap<>();
        for (Violation v : violations) {
            unique.putIfAbsent(v.field() + "\u0000" + v.message(), v);
        }
        List<Violation> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing((Violation v) -> FieldOrder.key(v.field()), FieldOrder.KEYS)
                .thenComparing(Violation::field).thenComparing(Violation::message));
        int total = sorted.size();
        return new InvalidIntakeException(sorted.subList(0, Math.min(total, InputLimits.MAX_VIOLATIONS_LISTED)), total);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Property names are echoed in paths; anything that is not a plain identifier is not. */
    static String safeName(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "(unreadable property name)";
    }
}
