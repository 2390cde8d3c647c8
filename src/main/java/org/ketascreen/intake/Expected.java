package org.ketascreen.intake;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What the property must hold, as its violation words it ({@code must be <value>}) when a reader finds a JSON
 * value of another type (or null, in a {@link NullRefused} record), or a list or object with fewer entries than
 * its {@code @Size} allows. Without it a reader words it by kind: {@code must be a JSON object}.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Expected {
    /** The noun phrase: {@code a Coding (system, code, display)}. */
    String value();
}
