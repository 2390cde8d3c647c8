package org.ketascreen.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import org.ketascreen.intake.Modality;
import org.ketascreen.json.Json;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.rules.FixedParameter;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;

/**
 * Reads a clinic protocol profile file (api-contract §10.1) into the {@link ActiveProfile} the engine screens under,
 * or refuses it with every problem found (§10.3), one line each, each starting with the member it is about:
 * <pre>
 * parameters.abstain.beforeHours: 6 is outside 12..72 h
 * parameters.bp3.systolic: fixed at 160 by clinical-criteria-v2 §16, not configurable
 * parameters.hr.brady: unknown parameter
 * </pre>
 * Problems are listed in the order §10.1 lists the members (unknown members after them, as written; parameters
 * sorted by name), so the same file always gives the same report. A file that cannot be read to its end (not
 * JSON, a repeated key: Jackson's STRICT_DUPLICATE_DETECTION) has one problem, where reading stopped, since its
 * members have no single meaning.
 *
 * <p>{@code modalitiesOffered} is kept in {@link Modality} order: the order a file lists them in means nothing to
 * screening (§10.6 screens every offered one), while the {@code sha256} is taken over the file's value exactly as
 * written (§10.1), so a reordered list gives another hash and the same behaviour.
 *
 * <p>The file is the clinic's own, not a patient's: problem lines quote names and values as written.
 */
public final class ProfileReader {
    private ProfileReader() {
    }

    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int ID_MAX = 64;
    static final int TEXT_MAX = 200;
    static final Pattern SEMVER = Pattern.compile("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_FORM = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    /** The rule-set major a profile must be based on: that of the rule set the v2 engine screens with (2). */
    static final int RULE_SET_MAJOR = Integer.parseInt(ActiveProfile.REFERENCE.basedOnRuleSet().split("\\.")[0]);

    /** §10.1's members, in its order. */
    static final List<String> MEMBERS = List.of("id", "version", "title", "clinic", "basedOnRuleSet", "approvedBy",
            "approvedOn", "modalitiesOffered", "parameters");
    static final List<String> APPROVAL_MEMBERS = List.of("name", "role");

    private static final String MODALITIES = Arrays.stream(Modality.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** The project's one mapper, reading a tree with duplicate keys and trailing content refused. */
    private static final ObjectReader TREES = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads the file at {@code path} (as configured: it names the file in the refusal). */
    public static ActiveProfile read(String path) throws ProfileRefused {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (IOException | InvalidPathException e) {
            throw new ProfileRefused(path, List.of("file: cannot be read: " + reason(e)));
        }
        return read(path, bytes);
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof InvalidPathException) {
            return "not a valid path";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : " (" + message + ")");
    }

    /** Reads a profile's bytes; {@code path} names it in the refusal. */
    public static ActiveProfile read(String path, byte[] bytes) throws ProfileRefused {
        JsonNode root = parse(path, bytes);
        List<String> problems = new ArrayList<>();
        ActiveProfile profile = check(root, problems);
        if (!problems.isEmpty()) {
            throw new ProfileRefused(path, problems);
        }
        return profile;
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical form of {@code value} (§10.1). */
    public static String sha256(JsonNode value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Jcs.canonical(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static JsonNode parse(String path, byte[] bytes) throws ProfileRefused {
        JsonNode root;
        try {
            root = TREES.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ProfileRefused(path, List.of(unreadable(e)));
        } catch (IOException e) {
            throw new ProfileRefused(path, List.of("file: not JSON: " + e.getClass().getSimpleName()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ProfileRefused(path, List.of("file: not JSON: the file is empty"));
        }
        if (!root.isObject()) {
            throw new ProfileRefused(path, List.of("file: must be a JSON object, not " + kind(root)));
        }
        return root;
    }

    private static String unreadable(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
        String where = at(e.getLocation());
        if (e instanceof JsonParseException p && original.startsWith("Duplicate field") && p.getProcessor() != null) {
            return path(p.getProcessor().getParsingContext()) + ": repeated key" + where;
        }
        return "file: not JSON: " + original + where;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The dotted member path of a parser context ({@code parameters.age.reviewFrom}, {@code modalitiesOffered[1]}). */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + name(c.getCurrentName()));
            }
        }
        return path.length() == 0 ? "file" : path.toString();
    }

    // --- members (§10.1) ------------------------------------------------------------------------------------

    private static ActiveProfile check(JsonNode root, List<String> problems) {
        String id = text(root, "id", ID_MAX, problems);
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                problems.add("id: " + show(root.get("id")) + " must be lowercase letters and digits in groups joined by"
                        + " single hyphens (" + ID.pattern() + ")");
            } else if (id.equals(ActiveProfile.REFERENCE.id())) {
                problems.add("id: \"reference\" is the built-in profile's id");
            }
        }
        String version = semver(root, "version", problems);
        String title = nonEmptyText(root, "title", "title", problems);
        String clinic = nonEmptyText(root, "clinic", "clinic", problems);
        String basedOn = semver(root, "basedOnRuleSet", problems);
        if (basedOn != null && Integer.parseInt(basedOn.substring(0, basedOn.indexOf('.'))) != RULE_SET_MAJOR) {
            problems.add("basedOnRuleSet: " + show(root.get("basedOnRuleSet")) + " is not of rule-set major "
                    + RULE_SET_MAJOR + " (this service screens with rule set " + ActiveProfile.REFERENCE.basedOnRuleSet() + ")");
        }
        ActiveProfile.Approval approval = approval(root, problems);
        String approvedOn = date(root, problems);
        List<Modality> modalities = modalities(root, problems);
        ParameterValues parameters = parameters(root, problems);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                problems.add(name(name) + ": unknown member");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ActiveProfile(id, version, title, clinic, basedOn, approval, approvedOn, modalities, parameters,
                sha256(root));
    }

    /** A required string member, or null (with the problem listed) when it is missing or not a string. */
    private static String string(JsonNode object, String member, String path, List<String> problems) {
        JsonNode value = object.get(member);
        if (value == null) {
            problems.add(path + ": missing");
            return null;
        }
        if (!value.isTextual()) {
            problems.add(path + ": must be a string, not " + kind(value));
            return null;
        }
        return value.textValue();
    }

    private static String text(JsonNode object, String member, int max, List<String> problems) {
        String value = string(object, member, member, problems);
        if (value != null && value.length() > max) {
            problems.add(member + ": " + value.length() + " characters, at most " + max);
            return null;
        }
        return value;
    }

    private static String nonEmptyText(JsonNode object, String member, String path, List<String> problems) {
        String value = string(object, member, path, problems);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problems.add(path + ": must not be empty");
            return null;
        }
        if (value.length() > TEXT_MAX) {
            problems.add(path + ": " + value.length() + " characters, at most " + TEXT_MAX);
            return null;
        }
        return value;
    }

    private static String semver(JsonNode root, String member, List<String> problems) {
        String value = string(root, member, member, problems);
        if (value != null && !SEMVER.matcher(value).matches()) {
            problems.add(member + ": " + show(root.get(member)) + " is not MAJOR.MINOR.PATCH (e.g. 1.2.0)");
            return null;
        }
        return value;
    }

    private static ActiveProfile.Approval approval(JsonNode root, List<String> problems) {
        JsonNode approvedBy = root.get("approvedBy");
        if (approvedBy == null) {
            problems.add("approvedBy: missing");
            return null;
        }
        if (!approvedBy.isObject()) {
            problems.add("approvedBy: must be an object with name and role, not " + kind(approvedBy));
            return null;
        }
        String name = nonEmptyText(approvedBy, "name", "approvedBy.name", problems);
        String role = nonEmptyText(approvedBy, "role", "approvedBy.role", problems);
        for (Iterator<String> names = approvedBy.fieldNames(); names.hasNext(); ) {
            String member = names.next();
            if (!APPROVAL_MEMBERS.contains(member)) {
                problems.add("approvedBy." + name(member) + ": unknown member");
            }
        }
        return name == null || role == null ? null : new ActiveProfile.Approval(name, role);
    }

    private static String date(JsonNode root, List<String> problems) {
        String value = string(root, "approvedOn", "approvedOn", problems);
        if (value == null) {
            return null;
        }
        if (!DATE_FORM.matcher(value).matches()) {
            problems.add("approvedOn: " + show(root.get("approvedOn")) + " is not a date written YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problems.add("approvedOn: " + show(root.get("approvedOn")) + " is not a date of the calendar");
            return null;
        }
        return value;
    }

    private static List<Modality> modalities(JsonNode root, List<String> problems) {
        JsonNode list = root.get("modalitiesOffered");
        if (list == null) {
            problems.add("modalitiesOffered: missing");
            return null;
        }
        if (!list.isArray()) {
            problems.add("modalitiesOffered: must be a list of " + MODALITIES + ", not " + kind(list));
            return null;
        }
        if (list.isEmpty()) {
            problems.add("modalitiesOffered: must offer at least one of " + MODALITIES);
            return null;
        }
        Set<Modality> offered = EnumSet.noneOf(Modality.class);
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            Modality modality = item.isTextual() ? modality(item.textValue()) : null;
            if (modality == null) {
                problems.add("modalitiesOffered[" + i + "]: " + show(item) + " is not one of " + MODALITIES);
                valid = false;
            } else if (!offered.add(modality)) {
                problems.add("modalitiesOffered[" + i + "]: " + modality + " is listed twice");
                valid = false;
            }
        }
        return valid ? List.copyOf(offered) : null; // EnumSet iterates in Modality order
    }

    private static Modality modality(String name) {
        for (Modality m : Modality.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    // --- parameters (§10.2, §10.4) ------------------------------------------------------------------------------

    private static ParameterValues parameters(JsonNode root, List<String> problems) {
        JsonNode object = root.get("parameters");
        if (object == null) {
            problems.add("parameters: missing");
            return null;
        }
        if (!object.isObject()) {
            problems.add("parameters: must be an object of parameter names and values, not " + kind(object));
            return null;
        }
        Map<String, JsonNode> byName = new TreeMap<>();
        object.fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<Parameter, Object> values = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            String path = "parameters." + name(entry.getKey());
            Parameter parameter = Parameters.named(entry.getKey());
            FixedParameter fixed = Parameters.fixedNamed(entry.getKey());
            Object value = null;
            String problem;
            if (fixed != null) {
                problem = "fixed at " + fixed.value() + " by clinical-criteria-v2 §16, not configurable";
            } else if (parameter == null) {
                problem = "unknown parameter";
            } else {
                value = value(parameter, entry.getValue());
                problem = value == null ? problem(parameter, entry.getValue()) : null;
            }
            if (problem != null) {
                problems.add(path + ": " + problem);
                valid = false;
            } else {
                values.put(parameter, value);
            }
        }
        return valid ? ParameterValues.of(values) : null;
    }

    /** The value as {@link ParameterValues} holds it (Integer, Boolean, a name), or null when it is not allowed. */
    private static Object value(Parameter parameter, JsonNode node) {
        Object value = switch (parameter.kind()) {
            case INTEGER -> node.isIntegralNumber() && node.canConvertToInt() ? (Object) node.intValue() : null;
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
            case OUTCOME, CANNABIS_USE -> node.isTextual() ? node.textValue() : null;
        };
        return value != null && parameter.allows(value) ? value : null;
    }

    private static String problem(Parameter parameter, JsonNode node) {
        return switch (parameter.kind()) {
            case INTEGER -> node.isIntegralNumber()
                    ? show(node) + " is outside " + parameter.allowedText()
                    : show(node) + " is not a whole number in " + parameter.allowedText();
            case BOOLEAN, OUTCOME, CANNABIS_USE -> show(node) + " is not one of " + parameter.allowedText();
        };
    }

    // --- wording ------------------------------------------------------------------------------------------------

    /** A value as written, compact, cut at 60 characters. */
    private static String show(JsonNode value) {
        String text = Json.string(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A member name as written, quoted as JSON when it holds a quote, a backslash, a control character or a space. */
    private static String name(String name) {
        boolean plain = !name.isEmpty() && name.chars().allMatch(c -> c > 0x20 && c != '"' && c != '\\' && c != 0x7f);
        String shown = plain ? name : Json.string(name);
        return shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> value.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase();
        };
    }
}
