package org.ketascreen.bench;

import java.util.concurrent.TimeUnit;

import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.intake.Intake;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.testing.Intakes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure engine, {@code Screener.screen(Intake)}, on intakes read beforehand, and {@code answer}: the
 * answer's bytes as the v1 door writes them ({@code ScreeningResponse.of(screening).json()}) for screenings
 * made beforehand, so writing the answer is measured apart from the rules. One op = one intake.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EngineBenchmark {

    @Param({Requests.REFERENCE, Requests.WORST_CASE, Requests.GOLDEN})
    public String profile;

    private final Screener screener = Intakes.SCREENER;
    private Intake[] intakes;
    private Screening[] screenings;
    private int next;

    @Setup
    public void setUp() {
        intakes = Requests.intakes(profile);
        screenings = new Screening[intakes.length];
        for (int i = 0; i < intakes.length; i++) {
            screenings[i] = screener.screen(intakes[i]);
        }
    }

    /** The golden profile takes the next scenario each call, so the score is the mean over all of them. */
    @Benchmark
    public Screening screen() {
        Intake intake = intakes[next];
        next = next + 1 == intakes.length ? 0 : next + 1;
        return screener.screen(intake);
    }

    @Benchmark
    public byte[] answer() {
        Screening screening = screenings[next];
        next = next + 1 == screenings.length ? 0 : next + 1;
        return ScreeningResponse.of(screening).json();
    }
}
