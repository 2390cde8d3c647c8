package org.ketascreen.screening.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.v2.IntakeV2;

/**
 * Narrows a finding's fields to the answers it rests on: of the paths a rule reads, those holding a
 * YES/NO/UNKNOWN answer are kept only when they are not NO (a finding about depression does not cite
 * the anxiety answer that was NO). Other paths (numbers, lists) are always kept.
 *
 * <p>Each rule resolves its paths to accessor chains once, when it is built ({@link #of}); a finding
 * then reads its answers through method handles, with no reflective lookup or call per request.
 */
final class AnswerPaths {

    private final List<String> paths;
    /** Per path, the record accessors from the intake down (resolved only when there are several paths). */
    private final MethodHandle[][] accessors;
    /** Whether the paths are read from the v2 intake (some are not v1 paths) rather than the v1 view. */
    private final boolean v2;

    private AnswerPaths(List<String> paths) {
        this.paths = paths;
        this.accessors = new MethodHandle[paths.size()][];
        this.v2 = !paths.stream().allMatch(path -> resolves(Intake.class, path));
        if (paths.size() > 1) { // one path is always kept as it is: nothing to read
            for (int i = 0; i < accessors.length; i++) {
                accessors[i] = accessors(v2 ? IntakeV2.class : Intake.class, paths.get(i));
            }
        }
    }

    /** The paths a rule reads, resolved once. */
    static AnswerPaths of(List<String> paths) {
        return new AnswerPaths(paths);
    }

    /** The paths whose value is not NO; all of them when every one is NO (or there is only one). */
    List<String> notNo(Subject subject) {
        if (paths.size() == 1) {
            return paths;
        }
        Object intake = v2 ? subject.v2() : subject.v1();
        List<String> kept = new ArrayList<>(paths.size());
        for (int i = 0; i < accessors.length; i++) {
            if (value(intake, i) != Answer.NO) {
                kept.add(paths.get(i));
            }
        }
        return kept.isEmpty() ? paths : List.copyOf(kept);
    }

    private Object value(Object root, int i) {
        Object value = root;
        for (MethodHandle accessor : accessors[i]) {
            if (value == null) {
                return null;
            }
            try {
                value = accessor.invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + paths.get(i), e);
            }
        }
        return value;
    }

    /** Fails when the rule is built, not when a finding is made, if a path is not a request path. */
    private static boolean resolves(Class<?> root, String path) {
        Class<?> type = root;
        for (String name : path.replace("[]", "").split("\\.")) {
            try {
                type = type.getMethod(name).getReturnType();
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
        return true;
    }

    private static MethodHandle[] accessors(Class<?> root, String path) {
        String[] names = path.split("\\.");
        MethodHandle[] handles = new MethodHandle[names.length];
        Class<?> type = root;
        try {
            for (int i = 0; i < names.length; i++) {
                Method method = type.getMethod(names[i]);
                handles[i] = MethodHandles.publicLookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
                type = method.getReturnType();
            }
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("rule field is not a request path: " + path, e);
        }
        return handles;
    }
}
