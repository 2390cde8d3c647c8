package org.ketascreen.system;

import java.util.List;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.ketascreen.profile.ProfileCheck;

/**
 * The service's entry point: {@code --check-profile <file>} checks a clinic profile and exits without booting
 * anything (docs/profiles.md); any other arguments start the service. The profile the service screens under is read
 * by {@link ProfileProducer} at start-up, before the HTTP port opens.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(ProfileCheck.OPTION)) {
            System.exit(ProfileCheck.run(List.of(args), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
