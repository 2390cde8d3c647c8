package org.ketascreen.system;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

import org.ketascreen.config.ServiceConfig;
import org.ketascreen.profile.ProfileCheck;
import org.ketascreen.profile.ProfileReader;
import org.ketascreen.profile.ProfileRefused;
import org.ketascreen.screening.ActiveProfile;

/**
 * The clinic protocol profile the service screens under (api-contract §10.1), read once at start-up: the file
 * {@code ketascreen.profile} names, or the built-in reference without it.
 *
 * <p>A refused file stops the start (§10.3) before the HTTP port opens: {@code @Startup} beans are created by the
 * StartupEvent, and Quarkus opens the socket in a build step that runs after it (VertxHttpProcessor#openSocket
 * consumes ApplicationStartBuildItem; ProfileStartupIT checks that the port never answers). Each line of the
 * refusal is logged, and a {@link ConfigurationException} (the configured file is refused) makes Quarkus'
 * ApplicationLifecycleManager print its message, the same lines, on standard error without a stack trace, stop,
 * and exit with status 1. No fallback to the reference. (PreventFurtherStepsException would not do: the generated
 * start-up code catches it, skips the remaining steps and then waits as if started, with no port and no exit.)
 */
@Singleton
public class ProfileProducer {

    private static final Logger LOG = Logger.getLogger("org.ketascreen.profile");

    @Produces
    @Singleton
    @Startup
    ActiveProfile activeProfile(ServiceConfig config) {
        if (config.profile().isEmpty()) {
            LOG.info("profile: the built-in reference (ketascreen.profile is not set)");
            return ActiveProfile.REFERENCE;
        }
        String path = config.profile().get();
        try {
            ActiveProfile profile = ProfileReader.read(path);
            LOG.info(ProfileCheck.accepted(path, profile));
            return profile;
        } catch (ProfileRefused refused) {
            refused.lines().forEach(LOG::error);
            throw new ConfigurationException(String.join(System.lineSeparator(), refused.lines()));
        }
    }
}
