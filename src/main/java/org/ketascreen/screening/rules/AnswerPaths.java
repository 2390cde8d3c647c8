package org.ketascreen.screening.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ketascreen.questionnaire.Answer;
import org.ketascreen.questionnaire.Intake;

/**
 * Narrows a finding's fields to the answers it rests on: of the paths a rule reads, those holding a
 * YES/NO/UNKNOWN answer are kept only when they are not NO (a finding about depression does not cite
 * the anxiety answer that was NO). Other paths (numbers, lists) are always kept.
 */
final class AnswerPaths {
    private AnswerPaths() {
    }

    private static final Map<String, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    static List<String> notNo(Intake intake, List<String> paths) {
        if (paths.size() == 1) {
            return paths;
        }
        List<String> kept = paths.stream().filter(path -> value(intake, path) != Answer.NO).toList();
        return kept.isEmpty() ? paths : kept;
    }

    private static Object value(Object root, String path) {
        Object value = root;
        for (Method accessor : ACCESSORS.computeIfAbsent(path, AnswerPaths::accessors)) {
            if (value == null) {
                return null;
            }
            try {
                value = accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        return value;
    }

    private static Method[] accessors(String path) {
        String[] names = path.split("\\.");
        Method[] methods = new Method[names.length];
        Class<?> type = Intake.class;
        for (int i = 0; i < names.length; i++) {
            try {
                methods[i] = type.getMethod(names[i]);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("rule field is not a request path: " + path, e);
            }
            type = methods[i].getReturnType();
        }
        return methods;
    }
}
