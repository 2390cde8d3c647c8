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
 * A property of this record is asked only when another of its properties has one of the given answers:
 * {@code monthsAgo} only when {@code answer} is {@code YES}. The question is a sibling property holding an
 * enum, or an enum property of a sibling record ({@code ketamineOrDissociativeMisuse.answer}). Several
 * answers are alternatives (an UNKNOWN gate enables the property only when UNKNOWN is listed). Several
 * {@code @EnabledWhen} for one property are alternatives too (FHIR {@code enableBehavior any}): it is asked
 * when any of them holds. When it is not asked it must be absent; when it is asked and {@link #required()},
 * it must be present (a gated property carries no {@code @NotNull}: that would require it always). One declaration serves three uses: the
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

    /** The property whose answer enables it: a sibling, or a sibling record's property ({@code misuse.answer}). */
    String question();

    /** The enum constants of {@link #question()} that enable it, in the enum's order; any one of them does. */
    String[] answer();

    /** When asked, the property must be answered ("is required"); otherwise it is optional even when asked. */
    boolean required() default false;

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
