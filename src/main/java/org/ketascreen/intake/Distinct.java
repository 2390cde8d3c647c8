package org.ketascreen.intake;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The list holds no value twice. */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = {}) // validated by the service in IntakeValidity; the tests' oracle registers its own (testing/Intakes)
public @interface Distinct {
    String message() default "must not contain duplicates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
