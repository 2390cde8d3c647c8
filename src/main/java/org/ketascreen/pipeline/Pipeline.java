package org.ketascreen.pipeline;

import jakarta.inject.Singleton;

import org.ketascreen.http.Door;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.InvalidIntakeException;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.screening.rules.Subject;

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

    /** A v2 door's reader: the body's bytes to a valid v2 intake under the active profile, as a {@link Subject}. */
    @FunctionalInterface
    public interface SubjectReader {
        Subject read(byte[] body);
    }

    private final Screener screener;
    private final Screener screener2 = new Screener(Catalogue.ruleSet2());
    private final AuditLog audit;
    private final ScreeningMetrics metrics;

    public Pipeline(Screener screener, AuditLog audit, ScreeningMetrics metrics) {
        this.screener = screener;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** A v1 intake, under rule set 1.1. */
    public Screening screen(Door door, Call call, byte[] body, Reader reader) {
        return screen(door, call, body, screener, b -> Subject.of(reader.read(b)));
    }

    /** A v2 intake, under rule set 2.0.0 and the parameters the reader's subject carries (the active profile's). */
    public Screening screen2(Door door, Call call, byte[] body, SubjectReader reader) {
        return screen(door, call, body, screener2, reader);
    }

    private Screening screen(Door door, Call call, byte[] body, Screener engine, SubjectReader reader) {
        Subject subject;
        try {
            subject = reader.read(body);
        } catch (InvalidIntakeException e) {
            audit.notScreened(door, call, e.total());
            throw e;
        }
        Screening screening = engine.screen(subject);
        audit.screened(door, call, screening);
        metrics.screened(door, screening);
        return screening;
    }

    /** The engine of rule set 2.0.0. */
    public Screener screener2() {
        return screener2;
    }

    public Screener screener() {
        return screener;
    }
}
