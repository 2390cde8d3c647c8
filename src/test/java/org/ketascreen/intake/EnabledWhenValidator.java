package org.ketascreen.intake;

import java.lang.reflect.InvocationTargetException;

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
        Object question = read(value, rule.question());
        if (dependent == null || question == null || ((Enum<?>) question).name().equals(rule.answer())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(IntakeValidity.onlyWhen(rule))
                .addPropertyNode(rule.property()).addConstraintViolation();
        return false;
    }

    private static Object read(Record record, String property) {
        try {
            return record.getClass().getMethod(property).invoke(record);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("@EnabledWhen names no property " + property, e);
        }
    }
}
