package org.ketascreen.system;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ketascreen.screening.ActiveProfile;

/**
 * Names the clinic profile the service screens under in the readiness data, so an operator sees which signed-off
 * version each replica runs after a rollout (docs/profiles.md). Always up: a refused profile never starts.
 */
@Readiness
@Singleton
public class ProfileHealthCheck implements HealthCheck {

    private final ActiveProfile profile;

    public ProfileHealthCheck(ActiveProfile profile) {
        this.profile = profile;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("profile").up().withData("id", profile.id())
                .withData("version", profile.version()).withData("sha256", profile.sha256()).build();
    }
}
