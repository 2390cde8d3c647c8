package org.ketascreen.profile;

import java.io.PrintStream;
import java.util.List;

import org.ketascreen.screening.ActiveProfile;

/**
 * The check a medical director runs on a profile file before it is deployed (docs/profiles.md), with the very code
 * the service reads it with at start-up, without starting the service:
 * <pre>
 * java -jar target/quarkus-app/quarkus-run.jar --check-profile docs/profiles/clinic-example.json
 * </pre>
 * Exit status 0 with {@code profile <path> accepted: <id> <version> sha256 <hex>} on standard output; 1 with the
 * refusal of §10.3 on standard error; 2 when the command itself is wrong.
 */
public final class ProfileCheck {
    private ProfileCheck() {
    }

    /** The command-line option, handled by the service's main class before the framework boots. */
    public static final String OPTION = "--check-profile";

    /** Checks the one file named after {@link #OPTION} in {@code args}; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.get(0).equals(OPTION)) {
            err.println("usage: java -jar quarkus-run.jar " + OPTION + " <profile.json>");
            return 2;
        }
        String path = args.get(1);
        try {
            ActiveProfile profile = ProfileReader.read(path);
            out.println(accepted(path, profile));
            return 0;
        } catch (ProfileRefused refused) {
            refused.lines().forEach(err::println);
            return 1;
        }
    }

    /** {@code profile <path> accepted: <id> <version> sha256 <hex>}: also the service's start-up log line. */
    public static String accepted(String path, ActiveProfile profile) {
        return "profile " + path + " accepted: " + profile.id() + " " + profile.version() + " sha256 " + profile.sha256();
    }
}
