package org.ketascreen.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A property of this record may be answered only when another of its properties has a given answer:
 * {@code monthsAgo} only when {@code answer} is {@code YES}. One declaration serves three uses: the
 * questionnaire shows the question only then (v1 {@code enableWhen}, FHIR {@code enableWhen}),
 * {@link IntakeValidity} rejects an answer given otherwise, whatever the format, and Hibernate Validator
 * checks the same in the tests that compare it with {@link IntakeValidity}. A record with several
 * conditional questions repeats the annotation, once per dependent property.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(EnabledWhen.List.class)
@Constraint(validatedBy = {}) // validated by the service in IntakeValidity; the tests' oracle registers its own (testing/Intakes)
public @interface EnabledWhen {

    /** The dependent property. */
    String property();

    /** The property whose answer enables it. */
    String question();

    /** The enum constant of {@link #question()} that enables it. */
    String answer();

    String message() default "is only allowed when {question} is {answer}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@code @EnabledWhen} on one record (the container Java and Bean Validation read repeated ones from). */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        EnabledWhen[] value();
    }
}
