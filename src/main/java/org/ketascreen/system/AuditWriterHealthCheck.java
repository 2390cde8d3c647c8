package org.ketascreen.system;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.ketascreen.pipeline.AuditWriter;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the audit writer takes lines. If it has died, no line is lost (each request writes its own
 * line), but every request then pays for it and a stall of standard output stalls the service: a
 * restart is the cure, which is what liveness is for.
 */
@Liveness
@Singleton
public class AuditWriterHealthCheck implements HealthCheck {

    private final AuditWriter audit;

    public AuditWriterHealthCheck(AuditWriter audit) {
        this.audit = audit;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("audit-writer").status(audit.writerAlive())
                .withData("queued", audit.queued()).withData("synchronousWrites", audit.synchronousWrites()).build();
    }
}
