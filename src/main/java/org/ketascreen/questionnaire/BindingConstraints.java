package org.ketascreen.questionnaire;

import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The binder's own check of the request records' constraints, so that a valid request does not pay for a
 * Hibernate Validator pass that would find nothing (it was two fifths of reading a request).
 *
 * <p>Hibernate Validator stays the authority: it runs whenever the binder found a violation or saw a
 * constraint broken, and its violations and messages are the ones reported. The shortcut is taken only
 * when {@link #coverEveryConstraint} proved, from the validator's own metadata at start-up, that every
 * constraint it would check is one the binder checks with the same bounds: {@code @NotNull} (required
 * properties and list elements), {@code @Min}, {@code @Max}, {@code @Size} on lists, {@code @Distinct}
 * and the class-level {@code @Consistent}. A new kind of constraint on a request record turns the shortcut
 * off, never makes a request pass that the validator would refuse.
 */
final class BindingConstraints {
    private BindingConstraints() {
    }

    /** The range, list size and distinctness of one bound, non-null value. */
    static boolean hold(RecordSchema.Property property, Object value) {
        switch (property.kind()) {
            case INTEGER -> {
                int v = (Integer) value;
                return (property.min() == null || v >= property.min()) && (property.max() == null || v <= property.max());
            }
            case LIST -> {
                List<?> list = (List<?>) value;
                if (property.minItems() != null && list.size() < property.minItems()
                        || property.maxItems() != null && list.size() > property.maxItems()) {
                    return false;
                }
                return !property.distinct() || distinct(list);
            }
            default -> {
                return true;
            }
        }
    }

    private static boolean distinct(List<?> list) {
        for (int i = 1; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Objects.equals(list.get(i), list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The record's cross-field rules, as {@link Consistent} runs them. */
    static boolean crossFieldRulesHold(CrossFieldRules record) {
        boolean[] hold = {true};
        record.check((path, message) -> hold[0] = false);
        return hold[0];
    }

    /**
     * Whether every constraint the validator knows on the records reachable from {@code root} is checked
     * by the binder as the validator checks it. Any doubt (an unknown constraint, a group, a composed
     * constraint, a bound that differs, metadata that cannot be read) answers false.
     */
    static boolean coverEveryConstraint(Validator validator, RecordSchema root) {
        try {
            return cover(validator, root, new HashSet<>());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean cover(Validator validator, RecordSchema schema, Set<Class<?>> seen) {
        if (!seen.add(schema.type())) {
            return true;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(schema.type());
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            if (!plain(constraint) || !(constraint.getAnnotation() instanceof Consistent) || !schema.crossField()) {
                return false;
            }
        }
        for (PropertyDescriptor descriptor : bean.getConstrainedProperties()) {
            int i = schema.indexOf(descriptor.getPropertyName());
            if (i < 0) {
                return false;
            }
            RecordSchema.Property property = schema.properties().get(i);
            for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
                if (!plain(constraint) || !checked(constraint.getAnnotation(), property)) {
                    return false;
                }
            }
            for (ContainerElementTypeDescriptor element : descriptor.getConstrainedContainerElementTypes()) {
                if (!element.getConstrainedContainerElementTypes().isEmpty()) {
                    return false;
                }
                for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                    // the binder reports every null list element, required or not
                    if (!plain(constraint) || !(constraint.getAnnotation() instanceof NotNull) || property.kind() != RecordSchema.Kind.LIST) {
                        return false;
                    }
                }
            }
        }
        for (RecordSchema.Property property : schema.properties()) {
            if (property.type().isRecord() && !cover(validator, property.schema(), seen)) {
                return false;
            }
        }
        return true;
    }

    /** A constraint of the default group, not composed of others. */
    private static boolean plain(ConstraintDescriptor<?> constraint) {
        return constraint.getComposingConstraints().isEmpty() && constraint.getGroups().equals(Set.of(Default.class));
    }

    private static boolean checked(Annotation annotation, RecordSchema.Property property) {
        if (annotation instanceof NotNull) {
            return property.required(); // a missing required property is a binder violation
        }
        if (annotation instanceof Min min) {
            return property.kind() == RecordSchema.Kind.INTEGER && property.min() != null && property.min() == min.value();
        }
        if (annotation instanceof Max max) {
            return property.kind() == RecordSchema.Kind.INTEGER && property.max() != null && property.max() == max.value();
        }
        if (annotation instanceof Size size) {
            return property.kind() == RecordSchema.Kind.LIST && Objects.equals(property.minItems(), size.min())
                    && Objects.equals(property.maxItems(), size.max());
        }
        if (annotation instanceof Distinct) {
            return property.kind() == RecordSchema.Kind.LIST && property.distinct();
        }
        return false;
    }
}
