package org.ketascreen.profile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme (RFC 8785) of a Jackson tree: object members sorted by their names' UTF-16 code
 * units (§3.2.3), no whitespace, strings and numbers written as ECMAScript's {@code JSON.stringify} writes them
 * (§3.2.2). A profile's {@code sha256} is taken over these bytes (api-contract §10.1), so two files that differ only in
 * member order, indentation or the spelling of a number ({@code 48}, {@code 4.8e1}) have the same hash.
 *
 * <p>Numbers are IEEE 754 doubles, as RFC 8785 §3.2.2.3 requires: an integer beyond 2^53 is rounded to the nearest
 * double first and then written in the shortest form that reads back as that double. Java 17's
 * {@link Double#toString} is not always the shortest (JDK-4511638, fixed in 19), so the digits are found here by
 * rounding the double's exact decimal value to 1, 2, ... 17 significant digits until one reads back. NaN and the
 * infinities have no JSON form and are refused; so is a lone surrogate (RFC 8785 §3.2.2.2, I-JSON).
 */
public final class Jcs {
    private Jcs() {
    }

    /** The canonical form of {@code value}, as text (encode it as UTF-8 for the bytes RFC 8785 hashes). */
    public static String canonical(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    members.add(it.next());
                }
                // String.compareTo compares UTF-16 code units, which is RFC 8785 §3.2.3's order.
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(toDouble(node)));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** The double a JSON number denotes, as ECMAScript's {@code JSON.parse} reads it (correctly rounded). */
    private static double toDouble(JsonNode node) {
        if (node.isInt() || node.isLong() || node.isShort()) {
            return (double) node.longValue(); // long -> double rounds to nearest, ties to even (JLS §5.1.2)
        }
        if (node.isDouble() || node.isFloat()) {
            return node.doubleValue();
        }
        // BigInteger and BigDecimal: parseDouble rounds correctly; BigDecimal.doubleValue did not always before JDK 21.
        return Double.parseDouble(node.numberValue().toString());
    }

    /** RFC 8785 §3.2.2.2: the ECMAScript escaping of a string, with its quotes. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a lone surrogate has no canonical form (RFC 8785 §3.2.2.2)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** ECMAScript's Number::toString of a finite double (ECMA-262 §6.1.6.1.20), which RFC 8785 §3.2.2.3 adopts. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and Infinity have no JSON form (RFC 8785 §3.2.2.3)");
        }
        if (value == 0) {
            return "0"; // -0 too
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString(); // s, k digits, no trailing zeros
        int k = digits.length();
        int n = k - shortest.scale(); // value = s × 10^(n − k)
        String text;
        if (k <= n && n <= 21) {
            text = digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            text = digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            text = "0." + "0".repeat(-n) + digits;
        } else {
            String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
            text = (k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
        }
        return sign + text;
    }

    /**
     * The fewest significant digits that read back as {@code value} (positive, finite); of two candidates with
     * that many digits, the nearer to the exact value, and of two as near, the one with the even last digit.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downReads = Double.parseDouble(down.toString()) == value;
            boolean upReads = Double.parseDouble(up.toString()) == value;
            if (downReads && upReads && down.compareTo(up) != 0) {
                int nearer = exact.subtract(down).compareTo(up.subtract(exact));
                if (nearer != 0) {
                    return strip(nearer < 0 ? down : up);
                }
                return strip(exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)));
            }
            if (downReads) {
                return strip(down);
            }
            if (upReads) {
                return strip(up);
            }
        }
        throw new IllegalStateException("17 significant digits always read back");
    }

    private static BigDecimal strip(BigDecimal d) {
        return d.stripTrailingZeros();
    }
}
