package org.ketascreen.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ketascreen.intake.Modality;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Parameter;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Parameters;
import org.ketascreen.screening.rules.Subject;
import org.ketascreen.testing.Intakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared fixture of the v2 boundary, parameter and property tests: the scenarios-v2 reference request, a small
 * change language over it, the engine call (plain JUnit, no HTTP) and a compact finding notation.
 *
 * <p>Changes: {@code ;}-separated {@code path=value} (or {@code path+=json} to append to a list). A path may start
 * with an alias ({@code bp.} = cardiovascular.bloodPressure, {@code sb.} = respiratory.stopBang, ...). A value is
 * {@code -} (delete), an integer, JSON when it starts with {@code [ { "}, otherwise a string. Macros (applied in
 * order, so later entries override them): {@code mods=IV+ORAL} (requested modalities, and the questions asked
 * only for the others deleted), {@code lung=YES} (follow-ups NO), {@code osa=YES} / {@code osa=YES-NO} / {@code osa=YES-UNKNOWN} (sleep
 * apnoea YES, treated YES / NO / UNKNOWN, STOP-Bang deleted; {@code osa=UNKNOWN}: STOP-Bang kept), {@code ket=YES} (prior ketamine for HEADACHE, not current, helped
 * YES, no reaction), {@code alc=F/D/S} (AUDIT-C points per item, {@code U} = UNKNOWN; F 0 = NEVER),
 * {@code bp=S/D}, {@code body=W/H}, {@code sb=snoring/tired/observed/treatedBP/neck} ({@code 1} YES, {@code 0} NO,
 * {@code U} UNKNOWN), {@code misuse=M} (misuse YES M months ago, disorder NO; {@code M} = {@code -} for no months).
 *
 * <p>Notation: {@code RULE=OUTCOME} or, for a finding with modalities, {@code RULE=OUTCOME@IV+IN+ORAL}; OUTCOME is
 * {@code URGENT}, {@code INEL}, {@code NR} or {@code INFO}.
 */
final class V2Cases {
    private V2Cases() {
    }

    static final Path DIR = Path.of("src/test/resources/scenarios-v2");
    static final JsonIntakeReader READER = new JsonIntakeReader();
    static final Screener SCREENER = new Screener(Catalogue.ruleSet2());
    static final ObjectNode REFERENCE = readReference();

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("bp.", "cardiovascular.bloodPressure.");
        ALIASES.put("sb.", "respiratory.stopBang.");
        ALIASES.put("resp.", "respiratory.");
        ALIASES.put("sub.", "substanceUse.");
        ALIASES.put("psy.", "psychiatric.");
        ALIASES.put("cond.", "conditions.");
        ALIASES.put("pk.", "priorKetamine.");
        ALIASES.put("alc.", "alcohol.");
        ALIASES.put("log.", "logistics.");
        ALIASES.put("cv.", "cardiovascular.");
        ALIASES.put("pat.", "patient.");
        ALIASES.put("ref.", "referral.");
        ALIASES.put("rf.", "redFlags.");
    }

    static final String[] FREQUENCY = {"NEVER", "MONTHLY_OR_LESS", "TWO_TO_FOUR_PER_MONTH", "TWO_TO_THREE_PER_WEEK",
            "FOUR_OR_MORE_PER_WEEK"};
    static final String[] DRINKS = {"ONE_OR_TWO", "THREE_OR_FOUR", "FIVE_OR_SIX", "SEVEN_TO_NINE", "TEN_OR_MORE"};
    static final String[] SIX = {"NEVER", "LESS_THAN_MONTHLY", "MONTHLY", "WEEKLY", "DAILY_OR_ALMOST"};

    private static ObjectNode readReference() {
        try {
            return (ObjectNode) Intakes.JSON.readTree(Files.readAllBytes(DIR.resolve("reference.request.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode reference() {
        return REFERENCE.deepCopy();
    }

    /** The reference with the changes applied. */
    static ObjectNode request(String changes) {
        ObjectNode root = reference();
        if (changes == null || changes.isBlank() || changes.trim().equals("none")) {
            return root;
        }
        for (String change : changes.split(";")) {
            change = change.trim();
            if (change.isEmpty()) {
                continue;
            }
            boolean append = change.contains("+=");
            int eq = append ? change.indexOf("+=") : change.indexOf('=');
            String path = change.substring(0, eq).trim();
            String value = change.substring(eq + (append ? 2 : 1)).trim();
            if (!macro(root, path, value)) {
                if (append) {
                    JsonNode node = resolve(root, path);
                    ((ArrayNode) node).add(value(value));
                } else {
                    set(root, path, value.equals("-") ? null : value(value));
                }
            }
        }
        return root;
    }

    private static boolean macro(ObjectNode root, String name, String value) {
        switch (name) {
            case "mods" -> {
                Set<Modality> mods = EnumSet.noneOf(Modality.class);
                ArrayNode list = root.arrayNode();
                for (String m : value.split("\\+")) {
                    Modality modality = modality(m);
                    mods.add(modality);
                }
                mods.forEach(m -> list.add(m.name()));
                set(root, "logistics.requestedModalities", list);
                if (!mods.contains(Modality.ORAL_MICRODOSE)) {
                    root.remove("home");
                }
                if (!mods.contains(Modality.INTRANASAL)) {
                    set(root, "logistics.nasalBlockage", null);
                }
                if (!mods.contains(Modality.INTRANASAL) && !mods.contains(Modality.IV_INFUSION)) {
                    set(root, "logistics.responsibleAdultAvailable", null);
                }
            }
            case "lung" -> {
                set(root, "respiratory.lungCondition", text(value));
                if (value.equals("YES")) {
                    set(root, "respiratory.homeOxygenOrVentilator", text("NO"));
                    set(root, "respiratory.recentFlareUp", text("NO"));
                }
            }
            case "osa" -> {
                boolean yes = value.startsWith("YES");
                set(root, "respiratory.sleepApnoea", text(yes ? "YES" : value));
                if (yes) {
                    set(root, "respiratory.stopBang", null);
                    set(root, "respiratory.sleepApnoeaTreated", text(value.equals("YES") ? "YES" : value.substring(4)));
                }
            }
            case "ket" -> {
                ObjectNode pk = root.objectNode();
                pk.put("treated", value);
                if (value.equals("YES")) {
                    pk.put("condition", "HEADACHE");
                    pk.put("currentlyPrescribed", "NO");
                    pk.put("helped", "YES");
                    pk.set("seriousReaction", root.arrayNode().add("NONE"));
                }
                root.set("priorKetamine", pk);
            }
            case "alc" -> {
                String[] p = value.split("/");
                ObjectNode alcohol = (ObjectNode) root.get("alcohol");
                if (p[0].equals("0")) {
                    alcohol.removeAll();
                    alcohol.put("frequency", "NEVER");
                } else {
                    alcohol.put("frequency", item(FREQUENCY, p[0]));
                    alcohol.put("typicalDrinks", item(DRINKS, p[1]));
                    alcohol.put("sixOrMore", item(SIX, p[2]));
                    if (!alcohol.has("withdrawalEver")) {
                        alcohol.put("withdrawalEver", "NO");
                    }
                }
            }
            case "bp" -> {
                String[] p = value.split("/");
                set(root, "cardiovascular.bloodPressure.systolic", number(p[0]));
                set(root, "cardiovascular.bloodPressure.diastolic", number(p[1]));
            }
            case "body" -> {
                if (value.equals("-")) {
                    set(root, "patient.body", null);
                } else {
                    String[] p = value.split("/");
                    set(root, "patient.body.weightKg", number(p[0]));
                    set(root, "patient.body.heightCm", number(p[1]));
                }
            }
            case "sb" -> {
                String[] p = value.split("/");
                String[] items = {"snoring", "tired", "observedApnoea", "treatedHighBloodPressure", "neckOver40cm"};
                for (int i = 0; i < items.length; i++) {
                    set(root, "respiratory.stopBang." + items[i],
                            text(p[i].equals("1") ? "YES" : p[i].equals("0") ? "NO" : "UNKNOWN"));
                }
            }
            case "misuse" -> {
                ObjectNode misuse = root.objectNode();
                misuse.put("answer", "YES");
                if (!value.equals("-")) {
                    misuse.put("monthsAgo", Integer.parseInt(value));
                }
                set(root, "substanceUse.ketamineOrDissociativeMisuse", misuse);
                set(root, "substanceUse.ketamineUseDisorder", text("NO"));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String item(String[] values, String points) {
        return points.equals("U") ? "UNKNOWN" : values[Integer.parseInt(points)];
    }

    static Modality modality(String shortName) {
        return switch (shortName) {
            case "IV" -> Modality.IV_INFUSION;
            case "IN" -> Modality.INTRANASAL;
            case "ORAL" -> Modality.ORAL_MICRODOSE;
            default -> Modality.valueOf(shortName);
        };
    }

    static String shortName(Modality m) {
        return switch (m) {
            case IV_INFUSION -> "IV";
            case INTRANASAL -> "IN";
            case ORAL_MICRODOSE -> "ORAL";
        };
    }

    private static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }

    private static JsonNode number(String s) {
        return JsonNodeFactory.instance.numberNode(Integer.parseInt(s));
    }

    private static JsonNode value(String value) {
        if (value.startsWith("[") || value.startsWith("{") || value.startsWith("\"")) {
            try {
                return Intakes.JSON.readTree(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (value.matches("-?\\d+")) {
            return number(value);
        }
        return text(value);
    }

    private static String expand(String path) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (path.startsWith(alias.getKey())) {
                return alias.getValue() + path.substring(alias.getKey().length());
            }
        }
        return path;
    }

    private static JsonNode resolve(ObjectNode root, String path) {
        JsonNode node = root;
        for (String segment : expand(path).split("\\.")) {
            node = node.get(segment);
        }
        return node;
    }

    /** Sets (or with null deletes) the member at the dotted path, creating objects on the way. */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] segments = expand(path).split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode child = parent.get(segments[i]);
            if (!(child instanceof ObjectNode)) {
                if (value == null) {
                    return;
                }
                child = parent.putObject(segments[i]);
            }
            parent = (ObjectNode) child;
        }
        if (value == null) {
            parent.remove(segments[segments.length - 1]);
        } else {
            parent.set(segments[segments.length - 1], value);
        }
    }

    static IntakeV2 read(JsonNode request) {
        return READER.read(Intakes.bytes(request), IntakeV2.class);
    }

    static Screening screen(JsonNode request, ParameterValues parameters) {
        IntakeV2 intake = read(request);
        return screen(intake, parameters);
    }

    static Screening screen(IntakeV2 intake, ParameterValues parameters) {
        return SCREENER.screen(Subject.of(intake, parameters, intake.logistics().modalities()));
    }

    static Screening screen(String changes, ParameterValues parameters) {
        return screen(request(changes), parameters);
    }

    /** A profile from {@code name=value;...} (registry names), or the defaults for blank/"defaults". */
    static ParameterValues profile(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equals("defaults")) {
            return ParameterValues.defaults();
        }
        Map<Parameter, Object> values = new LinkedHashMap<>();
        for (String entry : spec.split(";")) {
            String[] p = entry.trim().split("=");
            Parameter parameter = Parameters.named(p[0].trim());
            if (parameter == null) {
                throw new IllegalArgumentException("no parameter " + p[0]);
            }
            values.put(parameter, parse(p[1].trim()));
        }
        return ParameterValues.of(values);
    }

    static Object parse(String value) {
        if (value.matches("-?\\d+")) {
            return Integer.valueOf(value);
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    static String outcome(org.ketascreen.screening.rules.Outcome outcome) {
        return switch (outcome) {
            case URGENT_REFERRAL -> "URGENT";
            case INELIGIBLE -> "INEL";
            case NEEDS_REVIEW -> "NR";
            case INFO -> "INFO";
        };
    }

    static String notation(Finding f) {
        return f.ruleId() + "=" + outcome(f.outcome()) + (f.modalities() == null ? ""
                : "@" + f.modalities().stream().map(V2Cases::shortName).collect(Collectors.joining("+")));
    }

    /** The notation of every finding of these rules, as a sorted set. */
    static Set<String> findingsOf(Screening screening, Set<String> rules) {
        return screening.findings().stream().filter(f -> rules.contains(f.ruleId())).map(V2Cases::notation)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The notation of every finding of these rules, in the order the answer lists them. */
    static List<String> orderedFindingsOf(Screening screening, Set<String> rules) {
        List<String> list = new ArrayList<>();
        screening.findings().stream().filter(f -> rules.contains(f.ruleId())).forEach(f -> list.add(notation(f)));
        return list;
    }

    static Set<String> words(String cell) {
        if (cell == null || cell.isBlank() || cell.trim().equals("none")) {
            return new TreeSet<>();
        }
        return new TreeSet<>(Arrays.asList(cell.trim().split("\\s+")));
    }

    /** Every rule id in a family cell: {@code HR-1 HR-2} or {@code HR-1..5}. */
    static Set<String> rules(String cell) {
        Set<String> out = new TreeSet<>();
        for (String word : words(cell)) {
            int dots = word.indexOf("..");
            if (dots < 0) {
                out.add(word);
            } else {
                String first = word.substring(0, dots);
                int dash = first.lastIndexOf('-');
                String prefix = first.substring(0, dash + 1);
                int from = Integer.parseInt(first.substring(dash + 1));
                int to = Integer.parseInt(word.substring(dots + 2));
                for (int i = from; i <= to; i++) {
                    out.add(prefix + i);
                }
            }
        }
        return out;
    }

    static String all(Screening screening) {
        return screening.findings().stream().map(V2Cases::notation).collect(Collectors.joining(" "))
                + " | " + screening.modalities().stream().map(m -> shortName(m.modality()) + "=" + m.verdict())
                .collect(Collectors.joining(" "));
    }
}
