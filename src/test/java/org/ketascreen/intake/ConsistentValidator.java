package org.ketascreen.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Hibernate Validator's reading of {@link Consistent}, the tests' oracle for {@link IntakeValidity}. */
public final class ConsistentValidator implements ConstraintValidator<Consistent, CrossFieldRules> {
    @Override
    public boolean isValid(CrossFieldRules value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean[] valid = {true};
        value.check((relativePath, message) -> {
            valid[0] = false;
            var builder = context.buildConstraintViolationWithTemplate(message);
            String[] names = relativePath.split("\\.");
            var node = builder.addPropertyNode(names[0]);
            for (int i = 1; i < names.length; i++) {
                node = node.addPropertyNode(names[i]);
            }
            node.addConstraintViolation();
        });
        if (!valid[0]) {
            context.disableDefaultConstraintViolation();
        }
        return valid[0];
    }
}
