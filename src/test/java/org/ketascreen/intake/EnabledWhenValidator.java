package org.ketascreen.intake;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Hibernate Validator's reading of {@link EnabledWhen}, the tests' oracle for {@link IntakeValidity}. */
public final class EnabledWhenValidator implements ConstraintValidator<EnabledWhen, Record> {
    private EnabledWhen rule;

    @Override
    public void initialize(EnabledWhen rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Object dependent = read(value, rule.property());
        Object question = value;
        for (String name : rule.question().split("\\.")) {
            question = question == null ? null : read(question, name);
        }
        if (question == null) {
            return true;
        }
        // several @EnabledWhen on one property are alternatives: asked when any holds
        boolean asked = false;
        boolean unknown = false;
        for (EnabledWhen gate : value.getClass().getAnnotationsByType(EnabledWhen.class)) {
            if (gate.property().equals(rule.property())) {
                Object answer = value;
                for (String name : gate.question().split("\\.")) {
                    answer = answer == null ? null : read(answer, name);
                }
                unknown |= answer == null;
                asked |= answer != null && Arrays.asList(gate.answer()).contains(((Enum<?>) answer).name());
            }
        }
        String message;
        if (dependent == null && asked && rule.required()) {
            message = "is required";
        } else if (dependent != null && !asked && !unknown) {
            message = IntakeValidity.onlyWhen(RecordSchema.of(value.getClass()).properties()
                    .get(RecordSchema.of(value.getClass()).indexOf(rule.property())).gates());
        } else {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(rule.property()).addConstraintViolation();
        return false;
    }

    private static Object read(Object record, String property) {
        try {
            return record.getClass().getMethod(property).invoke(record);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("@EnabledWhen names no property " + property, e);
        }
    }
}
