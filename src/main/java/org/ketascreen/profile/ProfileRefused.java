package org.ketascreen.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * A profile file the service will not screen under (api-contract §10.3), with every problem found in it, one line
 * each, each naming the member it is about ({@code parameters.abstain.beforeHours: 6 is outside 12..72 h}).
 */
public final class ProfileRefused extends Exception {

    private final transient String path;
    private final transient List<String> problems;

    public ProfileRefused(String path, List<String> problems) {
        super(header(path, problems.size()), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one problem");
        }
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    /** The file as it was named (the configuration property's value, or the check command's argument). */
    public String path() {
        return path;
    }

    public List<String> problems() {
        return problems;
    }

    /** The report as §10.3 prints it: {@code profile <path> refused: N problems}, then one line per problem. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems.size() + 1);
        lines.add(getMessage());
        lines.addAll(problems);
        return lines;
    }

    private static String header(String path, int count) {
        return "profile " + path + " refused: " + count + (count == 1 ? " problem" : " problems");
    }
}
