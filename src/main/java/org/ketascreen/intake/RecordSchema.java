package org.ketascreen.intake;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the intake records declare, read once by reflection: each property's name, kind, whether it is
 * required ({@code @NotNull}), its range ({@code @Min}/{@code @Max}), list size ({@code @Size}),
 * distinctness ({@code @Distinct}) and the answer that enables it ({@link EnabledWhen}, one per conditional
 * property, as many as the record has). The annotations on the records are the one definition of a valid
 * intake; {@link IntakeValidity} enforces them for every input format, the questionnaire renders them,
 * the readers bind by them.
 *
 * <p>The CDS Hooks request records declare the same way what their open JSON needs beyond that: strings
 * ({@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Pattern}, {@link OneOf}, {@link DateTime}), the
 * wording of a value of the wrong type ({@link Expected}) and of a size bound (a constraint's {@code message}),
 * how a record takes {@code null} ({@link NullRefused}) and properties it does not declare
 * ({@link IgnoreUnknownProperties}); {@code Object} holds any JSON value as read.
 */
public final class RecordSchema {

    /** What a property holds on the wire. JSON: any value, null included, handed over as read ({@code Object}). */
    public enum Kind { OBJECT, LIST, ENUM, INTEGER, STRING, JSON }

    /**
     * One property of a record. {@code type} is the record, enum, Integer, String or Object class; for lists, the element's.
     * {@code required}: {@code @NotNull} (or {@code @NotEmpty}, {@code @NotBlank}), or a gate declared {@code required}:
     * then it is required only when asked. {@code distinct}: the list must not hold a value twice ({@code @Distinct}).
     * {@code gates}: the property is asked only when one of these holds ({@link EnabledWhen}, empty = always asked).
     * {@code screenedBy}: asked only when one of these modalities is screened ({@link AskedWhenScreened}), or null.
     * {@code minItems}: for an object, its fewest properties. {@code checks}: a string's rules, in the order they are checked.
     */
    public record Property(String name, Kind kind, Class<?> type, boolean required, Long min, Long max,
                           Integer minItems, Integer maxItems, boolean distinct, List<Condition> gates,
                           List<Modality> screenedBy, Wording wording, List<Check> checks) {

        /** The schema of the record this property holds (or, for a list, of its elements). */
        public RecordSchema schema() {
            return RecordSchema.of(type);
        }

        /** A list that may be left empty (no {@code @Size(min > 0)}). */
        public boolean mayBeEmpty() {
            return minItems == null || minItems == 0;
        }

        /**
         * The one sibling answer that enables this property, or null when it is always asked. Only for the
         * renderings that show one condition (v1's); throws on a property with several gates.
         */
        public Condition enabledWhen() {
            if (gates.isEmpty()) {
                return null;
            }
            if (gates.size() > 1) {
                throw new IllegalStateException(name + " has several gates");
            }
            return gates.get(0);
        }

        /** Whether a gate holds: TRUE, FALSE, or null when a question it depends on has no value. */
        public Boolean asked(Object[] siblings) {
            if (gates.isEmpty()) {
                return Boolean.TRUE;
            }
            boolean unknown = false;
            for (Condition gate : gates) {
                Object answer = gate.value(siblings);
                if (answer == null) {
                    unknown = true;
                } else if (gate.answers().contains(answer)) {
                    return Boolean.TRUE;
                }
            }
            return unknown ? null : Boolean.FALSE;
        }
    }

    /**
     * Property {@code question} (its index and name) must hold one of {@code answers} (enum constants). When
     * {@code within} is set, the answer is that component of the record property {@code question} holds.
     */
    public record Condition(int question, String questionName, RecordComponent within, List<Object> answers) {

        /** The one enabling answer; only for the renderings that show one (v1's), throws when there are several. */
        public Object answer() {
            if (answers.size() != 1) {
                throw new IllegalStateException(questionName + " enables on several answers");
            }
            return answers.get(0);
        }

        /** The question's answer among a record's property values, or null when it has none. */
        public Object value(Object[] siblings) {
            Object value = siblings[question];
            if (value == null || within == null) {
                return value;
            }
            try {
                return within.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + questionName, e);
            }
        }
    }

    /** A property gated by the screened modalities, reached from the root through record properties ({@code route}). */
    public record ModalityGate(int[] route, String path, Property property) {
    }

    /**
     * The declared wording of a property's shape violations, each null where the readers' own applies: a JSON
     * value of the wrong type ({@link Expected}), too few and too many entries (a size constraint's message, or
     * {@link Expected} for too few).
     */
    public record Wording(String wrongType, String tooFew, String tooMany) {
        static final Wording DEFAULT = new Wording(null, null, null);
    }

    /** One rule a string must meet, and the message saying it does not. */
    public record Check(Predicate<String> holds, String message) {
    }

    private static final Map<Class<?>, RecordSchema> CACHE = new ConcurrentHashMap<>();

    private final Class<?> type;
    private final List<Property> properties;
    private final Map<String, Integer> index;
    private final boolean crossField;
    /** The canonical constructor taking its arguments as one Object[]: no reflective call per record. */
    private final MethodHandle construct;
    /** Per property, the schema of the records or the constants of the enum it holds; filled on first use. */
    private final RecordSchema[] children;
    private final EnumValues[] enums;
    private final RecordComponent[] components;
    /** The {@link AskedWhenScreened} properties of this record and the records below it; filled on first use. */
    private List<ModalityGate> modalityGates;
    private final boolean nullRefused;
    private final boolean ignoresUnknownProperties;

    private RecordSchema(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Property> props = new ArrayList<>(components.length);
        Map<String, Integer> idx = new LinkedHashMap<>();
        Map<String, List<Condition>> conditions = conditions(type, components);
        for (RecordComponent component : components) {
            idx.put(component.getName(), props.size());
            props.add(property(type, component, conditions.getOrDefault(component.getName(), List.of()),
                    requiredGates(type).contains(component.getName())));
        }
        this.properties = List.copyOf(props);
        this.index = Map.copyOf(idx);
        this.crossField = type.isAnnotationPresent(Consistent.class) && CrossFieldRules.class.isAssignableFrom(type);
        this.children = new RecordSchema[components.length];
        this.enums = new EnumValues[components.length];
        this.components = components;
        this.nullRefused = type.isAnnotationPresent(NullRefused.class);
        this.ignoresUnknownProperties = type.isAnnotationPresent(IgnoreUnknownProperties.class);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.construct = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("record without canonical constructor: " + type.getSimpleName(), e);
        }
    }

    public static RecordSchema of(Class<?> recordType) {
        return CACHE.computeIfAbsent(recordType, RecordSchema::new);
    }

    public Class<?> type() {
        return type;
    }

    public List<Property> properties() {
        return properties;
    }

    /**
     * The schema of the records property {@code i} holds. Resolved on first use, not in the constructor:
     * the cache cannot build a schema while building another. A race only resolves it twice.
     */
    public RecordSchema child(int i) {
        RecordSchema child = children[i];
        if (child == null) {
            child = of(properties.get(i).type());
            children[i] = child;
        }
        return child;
    }

    /** The constants of the enum property {@code i} holds (or its list elements), by name. */
    public EnumValues enumValues(int i) {
        EnumValues values = enums[i];
        if (values == null) {
            values = EnumValues.of(properties.get(i).type());
            enums[i] = values;
        }
        return values;
    }


    /** Property {@code i} of {@code record}, a record of this schema's type. */
    public Object get(Object record, int i) {
        try {
            return components[i].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + properties.get(i).name(), e);
        }
    }

    /**
     * Every property gated by the screened modalities ({@link AskedWhenScreened}) in this record and in the records
     * it holds (not in list items), with the route to it: what a {@link ScreenedModalities} root checks.
     */
    public List<ModalityGate> modalityGates() {
        List<ModalityGate> gates = modalityGates;
        if (gates == null) {
            List<ModalityGate> found = new ArrayList<>();
            collectModalityGates(this, new int[0], "", found);
            gates = List.copyOf(found);
            modalityGates = gates;
        }
        return gates;
    }

    private static void collectModalityGates(RecordSchema schema, int[] route, String prefix, List<ModalityGate> out) {
        for (int i = 0; i < schema.properties.size(); i++) {
            Property property = schema.properties.get(i);
            int[] next = Arrays.copyOf(route, route.length + 1);
            next[route.length] = i;
            String path = prefix + property.name();
            if (property.screenedBy() != null) {
                out.add(new ModalityGate(next, path, property));
            }
            if (property.kind() == Kind.OBJECT) {
                collectModalityGates(schema.child(i), next, path + ".", out);
            }
        }
    }

    /** The record has rules across its fields ({@code @Consistent}, {@link CrossFieldRules}). */
    public boolean crossField() {
        return crossField;
    }

    /** A property sent as {@code null} is refused rather than read as absent ({@link NullRefused}). */
    public boolean nullRefused() {
        return nullRefused;
    }

    /** Properties the record does not declare are accepted and ignored ({@link IgnoreUnknownProperties}). */
    public boolean ignoresUnknownProperties() {
        return ignoresUnknownProperties;
    }

    /** Position of a property in declaration order, or -1 when the record has no such property. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The record holding these property values, in declaration order. */
    public Object construct(Object[] values) {
        try {
            return construct.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /** Every {@link EnabledWhen} of the record, by the property it makes conditional (several = any of them). */
    private static Map<String, List<Condition>> conditions(Class<?> owner, RecordComponent[] components) {
        Map<String, List<Condition>> conditions = new HashMap<>();
        Map<String, Boolean> required = new HashMap<>();
        for (EnabledWhen rule : owner.getAnnotationsByType(EnabledWhen.class)) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(rule.property()))) {
                throw new IllegalStateException("@EnabledWhen on " + owner.getSimpleName() + " names a property it does not have: "
                        + rule.property());
            }
            if (required.containsKey(rule.property()) && required.get(rule.property()) != rule.required()) {
                throw new IllegalStateException("@EnabledWhen on " + owner.getSimpleName() + " for " + rule.property()
                        + " disagree on required");
            }
            required.put(rule.property(), rule.required());
            conditions.computeIfAbsent(rule.property(), k -> new ArrayList<>()).add(condition(owner, components, rule));
        }
        conditions.replaceAll((k, v) -> List.copyOf(v));
        return conditions;
    }

    /** The properties of {@code owner} whose {@link EnabledWhen} says they are required when asked. */
    private static java.util.Set<String> requiredGates(Class<?> owner) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (EnabledWhen rule : owner.getAnnotationsByType(EnabledWhen.class)) {
            if (rule.required()) {
                names.add(rule.property());
            }
        }
        return names;
    }

    private static Condition condition(Class<?> owner, RecordComponent[] components, EnabledWhen rule) {
        String[] names = rule.question().split("\\.", -1);
        if (names.length > 2) {
            throw new IllegalStateException("@EnabledWhen question nests too deep in " + owner.getSimpleName() + ": " + rule.question());
        }
        for (int i = 0; i < components.length; i++) {
            if (!components[i].getName().equals(names[0])) {
                continue;
            }
            RecordComponent within = null;
            Class<?> question = components[i].getType();
            if (names.length == 2) {
                within = question.isRecord() ? Arrays.stream(question.getRecordComponents())
                        .filter(c -> c.getName().equals(names[1])).findFirst().orElse(null) : null;
                if (within == null) {
                    throw new IllegalStateException("@EnabledWhen question not found in " + owner.getSimpleName() + ": " + rule.question());
                }
                question = within.getType();
            }
            if (!question.isEnum()) {
                throw new IllegalStateException("@EnabledWhen question must be an enum in " + owner.getSimpleName());
            }
            if (rule.answer().length == 0) {
                throw new IllegalStateException("@EnabledWhen without an answer in " + owner.getSimpleName());
            }
            List<Object> answers = new ArrayList<>();
            for (String name : rule.answer()) {
                Object answer = EnumValues.of(question).get(name);
                if (answer == null) {
                    throw new IllegalStateException("@EnabledWhen answer is not a " + question.getSimpleName() + ": " + name);
                }
                answers.add(answer);
            }
            return new Condition(i, rule.question(), within, List.copyOf(answers));
        }
        throw new IllegalStateException("@EnabledWhen question not found in " + owner.getSimpleName());
    }

    private static Property property(Class<?> owner, RecordComponent component, List<Condition> gates, boolean requiredWhenAsked) {
        var field = field(owner, component.getName());
        AskedWhenScreened screened = field.getAnnotation(AskedWhenScreened.class);
        List<Modality> screenedBy = screened == null ? null : List.of(screened.value());
        NotEmpty notEmpty = field.getAnnotation(NotEmpty.class);
        boolean notNull = field.isAnnotationPresent(NotNull.class) || notEmpty != null || field.isAnnotationPresent(NotBlank.class);
        if (notNull && (!gates.isEmpty() || screened != null)) {
            throw new IllegalStateException("a gated property is required only when asked (required = true), never @NotNull: "
                    + owner.getSimpleName() + "." + component.getName());
        }
        if (screened != null && !gates.isEmpty()) {
            throw new IllegalStateException("one gate per property, a modality or an answer: " + owner.getSimpleName() + "." + component.getName());
        }
        boolean required = notNull || requiredWhenAsked || screened != null && screened.required();
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        Size size = field.getAnnotation(Size.class);
        Wording wording = wording(field, size, notEmpty);
        Class<?> raw = component.getType();
        if (List.class.isAssignableFrom(raw)) {
            var listType = (java.lang.reflect.AnnotatedParameterizedType) component.getAnnotatedType();
            var element = listType.getAnnotatedActualTypeArguments()[0];
            Class<?> elementType = (Class<?>) element.getType();
            Integer minItems = notEmpty != null && (size == null || size.min() < 1) ? Integer.valueOf(1) : size == null ? null : size.min();
            return new Property(component.getName(), Kind.LIST, elementType, required, null, null,
                    minItems, size == null ? null : size.max(),
                    field.isAnnotationPresent(Distinct.class), gates, screenedBy, wording, List.of());
        }
        Kind kind = raw.isRecord() ? Kind.OBJECT : raw.isEnum() ? Kind.ENUM : raw == String.class ? Kind.STRING
                : raw == Object.class ? Kind.JSON : Kind.INTEGER;
        if (kind == Kind.INTEGER && raw != Integer.class) {
            throw new IllegalStateException("unsupported property type " + raw.getSimpleName() + " in " + owner.getSimpleName());
        }
        return new Property(component.getName(), kind, raw, required, min == null ? null : min.value(),
                max == null ? null : max.value(), kind == Kind.OBJECT && size != null ? size.min() : null, null, false,
                gates, screenedBy, wording, kind == Kind.STRING ? checks(field, size, notEmpty) : List.of());
    }

    private static Wording wording(java.lang.reflect.Field field, Size size, NotEmpty notEmpty) {
        Expected expected = field.getAnnotation(Expected.class);
        if (expected == null && size == null && notEmpty == null) {
            return Wording.DEFAULT;
        }
        String wrongType = expected == null ? null : "must be " + expected.value();
        String tooFew = declared(notEmpty == null ? null : notEmpty.message(), declared(size == null ? null : size.message(), wrongType));
        return new Wording(wrongType, tooFew, declared(size == null ? null : size.message(), null));
    }

    /** A string's rules in the order a violation is looked for: presence of text, length, form, value. */
    private static List<Check> checks(java.lang.reflect.Field field, Size size, NotEmpty notEmpty) {
        List<Check> checks = new ArrayList<>();
        NotBlank notBlank = field.getAnnotation(NotBlank.class);
        if (notBlank != null) {
            checks.add(new Check(s -> !s.isBlank(), declared(notBlank.message(), "must not be empty")));
        }
        if (notEmpty != null) {
            checks.add(new Check(s -> !s.isEmpty(), declared(notEmpty.message(), "must not be empty")));
        }
        if (size != null && size.min() > 0) {
            int least = size.min();
            checks.add(new Check(s -> s.length() >= least, declared(size.message(),
                    least == 1 ? "must not be empty" : "must have at least " + least + " characters")));
        }
        if (size != null && size.max() < Integer.MAX_VALUE) {
            int most = size.max();
            checks.add(new Check(s -> s.length() <= most, declared(size.message(), "must have at most " + most + " characters")));
        }
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            var regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            checks.add(new Check(s -> regex.matcher(s).matches(), declared(pattern.message(), "must match " + pattern.regexp())));
        }
        OneOf oneOf = field.getAnnotation(OneOf.class);
        if (oneOf != null) {
            List<String> values = List.of(oneOf.value());
            String all = values.size() == 1 ? values.get(0)
                    : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
            checks.add(new Check(values::contains, oneOf.message().isEmpty() ? "must be " + all : oneOf.message()));
        }
        DateTime dateTime = field.getAnnotation(DateTime.class);
        if (dateTime != null) {
            checks.add(new Check(DateTime.Rule::holds, dateTime.message()));
        }
        return List.copyOf(checks);
    }

    /** A constraint's own message, or {@code otherwise} when it keeps Bean Validation's default template. */
    private static String declared(String message, String otherwise) {
        return message == null || message.startsWith("{jakarta.validation.constraints.") ? otherwise : message;
    }

    private static java.lang.reflect.Field field(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

}
