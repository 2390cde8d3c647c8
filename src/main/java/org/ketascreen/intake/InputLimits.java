package org.ketascreen.intake;

/**
 * Hard limits on what the service reads, chosen far above any real intake (the deepest real path is 5
 * levels; the longest enum value 29 characters) and far below what could cost memory or time. Each is
 * enforced while parsing, before any value is kept; a request over a limit gets a 400 (or 413 for size).
 */
public final class InputLimits {
    private InputLimits() {
    }

    /** Request body, bytes (api-contract §5: above 64 KiB is 413). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** JSON nesting depth (objects and arrays). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Characters in one JSON string value. */
    public static final int MAX_STRING_LENGTH = 1_000;
    /** Characters in one JSON property name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Digits in one JSON number. */
    public static final int MAX_NUMBER_LENGTH = 50;
    /** Violations listed in one error answer; the detail still counts them all. */
    public static final int MAX_VIOLATIONS_LISTED = 100;
}
