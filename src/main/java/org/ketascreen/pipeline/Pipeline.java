package org.ketascreen.pipeline;

import jakarta.inject.Singleton;

import org.ketascreen.http.Door;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;

/**
 * The one flow every door runs an intake through: read (syntax and validity, by the door's reader) → screen →
 * audit → count. A door supplies only its reader and renders the {@link Screening} it gets back (the v1 answer,
 * the same bytes for FHIR, a CDS Hooks card). An intake that cannot be read is audited and its
 * {@link InvalidIntakeException} rethrown, for the door to answer (a 400, or a "not screenable" card).
 */
@Singleton
public class Pipeline {

    /** A door's reader: the body's bytes to a valid intake, every violation at once. */
    @FunctionalInterface
    public interface Reader {
        Intake read(byte[] body);
    }

    private final Screener screener;
    private final AuditLog audit;
    private final ScreeningMetrics metrics;

    public Pipeline(Screener screener, AuditLog audit, ScreeningMetrics metrics) {
        this.screener = screener;
        this.audit = audit;
        this.metrics = metrics;
    }

    public Screening screen(Door door, Call call, byte[] body, Reader reader) {
        Intake intake;
        try {
            intake = reader.read(body);
        } catch (InvalidIntakeException e) {
            audit.notScreened(door, call, e.total());
            throw e;
        }
        Screening screening = screener.screen(intake);
        audit.screened(door, call, screening);
        metrics.screened(door, screening);
        return screening;
    }

    public Screener screener() {
        return screener;
    }
}
