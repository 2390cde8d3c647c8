package org.ketascreen.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Properties this record does not declare are accepted and never read (CDS Hooks bodies carry
 * fhirAuthorization, extensions and context fields of other hooks). Without it, as for the intake, each is an
 * {@code unknown property} violation.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface IgnoreUnknownProperties {
}
