package org.ketascreen.intake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The constants of an enum by name, and the violation message listing them, computed once per enum.
 * Names can also be looked up from a parser's character buffer, without making a String.
 */
public record EnumValues(Map<String, Object> byName, String message, char[][] names, Object[] constants) {

    private static final ClassValue<EnumValues> CACHE = new ClassValue<>() {
        @Override
        protected EnumValues computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : constants) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            char[][] names = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toCharArray();
            }
            return new EnumValues(Map.copyOf(byName),
                    "must be one of: " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ")),
                    names, constants);
        }
    };

    public static EnumValues of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The constant with this name, or null. */
    public Object get(String name) {
        return byName.get(name);
    }

    /** The constant named by {@code length} characters of {@code text} from {@code offset}, or null. */
    public Object get(char[] text, int offset, int length) {
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, text, offset, offset + length)) {
                return constants[i];
            }
        }
        return null;
    }
}
