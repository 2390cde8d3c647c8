package org.ketascreen.intake;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The string is an RFC 3339 §5.6 date-time that names a real instant: seconds required, fraction optional,
 * {@code Z} or a numeric offset, either case of {@code T} and {@code Z}; 30 February and 24:00 are not. The
 * OpenAPI document says {@code format: date-time}, which means exactly this.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DateTime {

    String message() default "must be an RFC 3339 date-time";

    /** The check, for the readers. */
    final class Rule {
        private Rule() {
        }

        /** The form first, so that the parser sees only what RFC 3339 allows (it would take more). */
        private static final Pattern FORM = Pattern.compile(
                "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

        public static boolean holds(String value) {
            if (!FORM.matcher(value).matches()) {
                return false;
            }
            try {
                OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
