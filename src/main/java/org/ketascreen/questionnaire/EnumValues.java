package org.ketascreen.questionnaire;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The constants of an enum by name, and the violation message listing them, computed once per enum. */
record EnumValues(Map<String, Object> byName, String message) {

    private static final ClassValue<EnumValues> CACHE = new ClassValue<>() {
        @Override
        protected EnumValues computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : constants) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return new EnumValues(Map.copyOf(byName),
                    "must be one of: " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ")));
        }
    };

    static EnumValues of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The constant with this name, or null. */
    Object get(String name) {
        return byName.get(name);
    }
}
