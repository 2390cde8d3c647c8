package org.ketascreen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.ketascreen.json.Json;

/** RFC 8785 (JCS): the examples of its §3.2.2, §3.2.3 and Appendix B, and the integers profiles hold. */
class JcsTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    /** RFC 8785 §3.2.2: whitespace removed, literals, numbers and the string escapes of ECMAScript. */
    @Test
    void shouldCanonicaliseTheExampleOfSection322() throws Exception {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", Jcs.canonical(json(input)));
    }

    /** The same with floats read as BigDecimal (StrictJson's setting): the canonical form is that of the doubles. */
    @Test
    void shouldCanonicaliseBigDecimalsAsTheDoublesTheyDenote() throws Exception {
        JsonNode node = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree("[333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001, 100000000000000000000000]");
        assertEquals("[333333333.3333333,1e+30,4.5,0.002,1e-27,1e+23]", Jcs.canonical(node));
    }

    /** RFC 8785 §3.2.3: members sorted by UTF-16 code units (the emoji's high surrogate sorts before U+FB33). */
    @Test
    void shouldSortMembersByUtf16CodeUnits() throws Exception {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                Jcs.canonical(json(input)));
    }

    @Test
    void shouldSortNestedObjectsAndKeepArrayOrder() throws Exception {
        assertEquals("{\"a\":{\"b\":[3,1,2],\"c\":{}},\"b\":[]}",
                Jcs.canonical(json("{ \"b\" : [ ], \"a\" : { \"c\" : { }, \"b\" : [3, 1, 2] } }")));
    }

    /** Control characters without a short escape are written \\u00xx with lowercase hex; DEL and U+2028 as they are. */
    @Test
    void shouldEscapeOnlyWhatJsonStringifyEscapes() {
        assertEquals("\"\\u0000\\u001f\\b\\t\\n\\f\\r\u007f\u2028/\"",
                Jcs.canonical(JsonNodeFactory.instance.textNode("\u0000\u001f\b\t\n\f\r\u007f\u2028/")));
    }

    @Test
    void shouldRefuseALoneSurrogate() {
        assertThrows(IllegalArgumentException.class, () -> Jcs.canonical(JsonNodeFactory.instance.textNode("a\ud800b")));
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void shouldWriteNumbersAsEcmaScriptDoes(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertEquals(expected, Jcs.number(value));
        assertEquals(expected, Jcs.canonical(JsonNodeFactory.instance.numberNode(value)));
    }

    /** Integers as profiles hold them; beyond 2^53 an integer is the double nearest to it (RFC 8785 §3.2.2.3). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0",
            "-0, 0",
            "48, 48",
            "-17, -17",
            "365, 365",
            "9007199254740993, 9007199254740992",
            "123456789012345678901, 123456789012345680000",
            "1000000000000000000000, 1e+21",
            "1e2, 100",
            "4.8e1, 48",
            "100.0, 100"})
    void shouldWriteIntegersPlain(String written, String expected) throws Exception {
        assertEquals(expected, Jcs.canonical(json(written)));
    }

    @Test
    void shouldRefuseNumbersWithoutAJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> Jcs.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Jcs.number(Double.POSITIVE_INFINITY));
    }
}
