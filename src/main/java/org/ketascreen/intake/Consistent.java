package org.ketascreen.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Runs a record's {@link CrossFieldRules}, reporting each broken rule on the field it concerns. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Consistent.Validator.class)
public @interface Consistent {
    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Consistent, CrossFieldRules> {
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
}
