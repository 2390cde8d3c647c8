package org.ketascreen.testing;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch, RFC 7396 §2 (https://www.rfc-editor.org/rfc/rfc7396#section-2), over Jackson trees: each
 * golden scenario's request is a merge patch over the reference request ({@link Scenarios}). The RFC's
 * algorithm is a dozen lines, so it is written here rather than taken from a library.
 */
public final class MergePatch {
    private MergePatch() {
    }

    /**
     * The target with the patch applied; neither argument is changed. A patch that is not an object replaces
     * the target; an array replaces whole; a null removes the member. A member the target has keeps its
     * place, a new one comes after the target's, in the patch's order.
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
