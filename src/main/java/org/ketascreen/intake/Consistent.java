package org.ketascreen.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Runs a record's {@link CrossFieldRules}, reporting each broken rule on the field it concerns. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = {}) // validated by the service in IntakeValidity; the tests' oracle registers its own (testing/Intakes)
public @interface Consistent {
    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
