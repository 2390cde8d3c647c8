package org.ketascreen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link MergePatch} gives every result of RFC 7396 Appendix A, its members in the stated order (compared as
 * written, not only as equal JSON values), and leaves its arguments as they were.
 */
class MergePatchTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"b\"}                 | {\"a\":\"c\"}                      | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"b\":\"c\"}                      | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"a\":null}                       | {}",
        "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                       | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}               | {\"a\":\"c\"}                      | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}                    | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}}   | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                        | {\"a\":[1]}",
        "[\"a\",\"b\"]                 | [\"c\",\"d\"]                      | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                 | [\"c\"]                            | [\"c\"]",
        "{\"a\":\"foo\"}               | null                               | null",
        "{\"a\":\"foo\"}               | \"bar\"                            | \"bar\"",
        "{\"e\":null}                  | {\"a\":1}                          | {\"e\":null,\"a\":1}",
        "[1,2]                         | {\"a\":\"b\",\"c\":null}           | {\"a\":\"b\"}",
        "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}}    | {\"a\":{\"bb\":{}}}",
    })
    void shouldGiveTheResultsOfRfc7396AppendixA(String original, String patch, String result) {
        assertEquals(result, MergePatch.apply(json(original), json(patch)).toString());
    }

    @Test
    void shouldKeepTheTargetsMemberOrderAndAppendNewMembersInThePatchsOrder() {
        JsonNode target = json("{\"x\":1,\"y\":{\"p\":1,\"r\":[1,2]},\"v\":0}");
        JsonNode patch = json("{\"z\":2,\"y\":{\"q\":2,\"p\":3,\"r\":null},\"w\":4,\"x\":5}");

        assertEquals("{\"x\":5,\"y\":{\"p\":3,\"q\":2},\"v\":0,\"z\":2,\"w\":4}", MergePatch.apply(target, patch).toString());
    }

    @Test
    void shouldLeaveTheTargetAndThePatchAsTheyWere() {
        JsonNode target = json("{\"a\":{\"b\":\"c\",\"d\":[1]}}");
        JsonNode patch = json("{\"a\":{\"b\":null,\"e\":{\"f\":1}}}");

        MergePatch.apply(target, patch);

        assertEquals("{\"a\":{\"b\":\"c\",\"d\":[1]}}", target.toString());
        assertEquals("{\"a\":{\"b\":null,\"e\":{\"f\":1}}}", patch.toString());
    }

    private static JsonNode json(String text) {
        return Golden.json(text);
    }
}
