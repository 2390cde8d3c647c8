package org.ketascreen.intake;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The string is one of these values, exactly (a protocol's fixed vocabulary, such as a CDS Hooks feedback
 * outcome). The OpenAPI document lists them as the property's {@code enum}.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface OneOf {
    String[] value();

    /** The violation's message; by default {@code must be a or b}. */
    String message() default "";
}
