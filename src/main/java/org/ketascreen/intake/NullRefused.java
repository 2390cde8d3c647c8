package org.ketascreen.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A property of this record sent as JSON {@code null} is refused ({@code must not be null}, or the property's
 * {@link Expected} wording), not read as absent: CDS Hooks 2.0.1 §Use of JSON has a property without a value
 * left out. Without it a tree reader reads {@code null} as absent.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface NullRefused {
}
