package org.ketascreen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.ketascreen.intake.Intake;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

/**
 * The request bodies the benchmarks use, by profile: {@code reference} (the contract's reference
 * request), {@code worst-case} (as many rules firing as the rules allow at once, every list at its
 * maximum size) and {@code golden} (every golden scenario's full request, reference plus patch, taken in turn).
 */
public final class Requests {
    private Requests() {
    }

    static {
        productionLogLevels();
    }

    public static final String REFERENCE = "reference";
    public static final String WORST_CASE = "worst-case";
    public static final String GOLDEN = "golden";

    public static byte[][] bodies(String profile) {
        return switch (profile) {
            case REFERENCE -> new byte[][] {resource("/scenarios/reference.request.json")};
            case WORST_CASE -> new byte[][] {resource("/bench/worst-case.request.json")};
            case GOLDEN -> Scenarios.names().stream().map(Scenarios.golden()::request).toArray(byte[][]::new);
            default -> throw new IllegalArgumentException("unknown profile " + profile);
        };
    }

    /** The bodies read once by the real reader: the engine benchmarks start from a bound, valid intake. */
    public static Intake[] intakes(String profile) {
        return List.of(bodies(profile)).stream().map(Intakes.READER::read).toArray(Intake[]::new);
    }

    /**
     * Outside a started Quarkus app the test classpath's log manager (Quarkus' InitialConfigurator) leaves
     * the root level at ALL and queues every record for a Quarkus start that never comes, so Hibernate
     * Validator's per-constraint TRACE lines would be built and kept. The service runs at INFO.
     */
    static void productionLogLevels() {
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Requests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
