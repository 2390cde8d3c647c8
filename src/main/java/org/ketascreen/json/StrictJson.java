package org.ketascreen.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ketascreen.intake.InputLimits;
import org.ketascreen.intake.InvalidIntakeException;

/**
 * What every JSON body the service reads is held to before its content is read, whatever the door (v1 intake,
 * FHIR QuestionnaireResponse, CDS Hooks call and feedback): UTF-8, not empty, the door's {@link Limits}, no
 * duplicate property names, no trailing content. The one place those settings are made: a door chooses its limits,
 * nothing else. A body that breaks one gets that one violation, worded without quoting the input (Jackson's own
 * messages do quote it).
 *
 * <p>Duplicate names are caught by the readers rather than by the parser, whose detection keeps a set per object:
 * the streaming intake reader per record, the tree reader ({@link #tree}) while the tree is built (one map lookup
 * per property). Floats in a tree are kept as written (BigDecimal, trailing zeros kept), so that a resource
 * re-serialised from a tree (a prefetched QuestionnaireResponse) reads exactly as if it had been posted.
 */
public final class StrictJson {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /**
     * A door's input limits; property name and number lengths are the intake's everywhere.
     *
     * @param maxBodyBytes    the whole document
     * @param maxNestingDepth arrays and objects inside each other
     * @param maxStringLength characters in one string value
     */
    public record Limits(int maxBodyBytes, int maxNestingDepth, int maxStringLength) {
        /** The intake's limits (api-contract §2), for both of its formats. */
        public static final Limits INTAKE = new Limits(InputLimits.MAX_BODY_BYTES, InputLimits.MAX_NESTING_DEPTH,
                InputLimits.MAX_STRING_LENGTH);
    }

    /** The reader for both intake formats. */
    public static final StrictJson INTAKE = new StrictJson(Limits.INTAKE);

    private final Limits limits;
    private final JsonFactory factory;
    private final ObjectReader trees;

    public StrictJson(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                .maxDocumentLength(limits.maxBodyBytes())
                .build()).build();
        this.trees = Json.MAPPER.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** A parser of {@code body} under these limits, for a streaming reader that checks duplicates and trailing content itself. */
    public JsonParser parser(byte[] body) throws IOException {
        return factory.createParser(body);
    }

    /**
     * The body as a JSON object tree: encoding checked first ({@code what} says what to send), then the limits,
     * duplicates and trailing content; a body that is not an object is refused.
     */
    public ObjectNode tree(byte[] body, String what) {
        checkEncoding(body, what);
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(body)) {
            parser = p;
            JsonNode root = trees.readTree(p);
            if (root == null || !root.isObject()) {
                throw notAnObject();
            }
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw unreadable(parser, e);
        } catch (IOException e) {
            throw unreadable();
        }
    }

    /** Refuses an empty body and one that is not UTF-8, before parsing. */
    public static void checkEncoding(byte[] body, String what) {
        if (isBlank(body)) {
            throw InvalidIntakeException.of("", "the request body is empty: send " + what);
        }
        if (!looksLikeUtf8(body)) {
            throw InvalidIntakeException.of("", "the request body must be JSON encoded as UTF-8");
        }
    }

    /** The one violation for a body the parser refused: an input limit, bad UTF-8, a duplicate, malformed JSON. */
    public InvalidIntakeException unreadable(JsonParser parser, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return InvalidIntakeException.of(pointer(parser), "exceeds an input limit (nesting depth "
                    + limits.maxNestingDepth() + ", string length " + limits.maxStringLength()
                    + ", property name length " + InputLimits.MAX_NAME_LENGTH + ", number length "
                    + InputLimits.MAX_NUMBER_LENGTH + ")");
        }
        return InvalidIntakeException.of(pointer(parser), malformed(e));
    }

    public static InvalidIntakeException notAnObject() {
        return InvalidIntakeException.of("", "the request body must be a JSON object");
    }

    public static InvalidIntakeException trailingContent(JsonParser parser) {
        return InvalidIntakeException.of("", at("unexpected content after the JSON object", parser.currentTokenLocation()));
    }

    public static InvalidIntakeException duplicate(String field, JsonParser parser) {
        return InvalidIntakeException.of(field, at("duplicate property name", parser.currentTokenLocation()));
    }

    public static InvalidIntakeException unreadable() {
        return InvalidIntakeException.of("", "the request body could not be read as JSON");
    }

    /** Jackson's own messages quote the offending input, so only the kind and the location are kept. */
    private static String malformed(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String what = original.startsWith("Duplicate field") || original.startsWith("Duplicate Object property")
                ? "duplicate property name"
                : original.contains("Invalid UTF-8") ? "invalid UTF-8 byte sequence"
                : original.contains("end-of-input") ? "the JSON ends too early"
                : original.contains("Trailing token") ? "unexpected content after the JSON object"
                : "malformed JSON";
        return at(what, e.getLocation());
    }

    private static String at(String what, JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return what;
        }
        return what + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The dotted path of where the parser stopped, with names that are not plain identifiers withheld. */
    static String pointer(JsonParser parser) {
        var context = parser.getParsingContext();
        List<String> parts = new ArrayList<>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + safeName(c.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Property names are echoed in paths; anything that is not a plain identifier is not. */
    public static String safeName(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "(unreadable property name)";
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** RFC 8259 §8.1: JSON between systems is UTF-8. UTF-16/32 (NUL bytes or their BOMs) are refused. */
    private static boolean looksLikeUtf8(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return false;
        }
        int n = Math.min(body.length, 4);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
