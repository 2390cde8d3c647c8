package org.ketascreen.system;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ketascreen.screening.Screener;

/** Ready once the rule set is loaded: reports its id, version and rule count (no patient data). */
@Readiness
@Singleton
public class RuleSetHealthCheck implements HealthCheck {

    private final Screener screener;

    public RuleSetHealthCheck(Screener screener) {
        this.screener = screener;
    }

    @Override
    public HealthCheckResponse call() {
        var ruleSet = screener.ruleSet();
        return HealthCheckResponse.named("ruleset").status(!ruleSet.rules().isEmpty())
                .withData("id", ruleSet.id()).withData("version", ruleSet.version())
                .withData("rules", ruleSet.rules().size()).build();
    }
}
