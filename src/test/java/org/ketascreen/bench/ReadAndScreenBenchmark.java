package org.ketascreen.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ketascreen.intake.Intake;
import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.screening.Screener;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Catalogue;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;
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
 * From the request bytes: reading (strict JSON, binding, {@code IntakeValidity}) alone, and followed by
 * {@code Screener.screen}, so the reading cost is visible next to {@link EngineBenchmark}. {@code format}
 * {@code json} posts the v1 request ({@code JsonIntakeReader}), {@code fhir} the same answers as a
 * QuestionnaireResponse of the served Questionnaire ({@code QuestionnaireResponseReader}). One op = one
 * request body. {@code tree} is the yardstick: the same body parsed as a plain Jackson tree, which is what
 * the HTTP benchmark's baseline does, so {@code read - tree} is what reading costs beyond parsing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ReadAndScreenBenchmark {

    @Param({Requests.REFERENCE, Requests.WORST_CASE, Requests.GOLDEN})
    public String profile;

    @Param({"json", "fhir"})
    public String format;

    private final JsonIntakeReader json = Intakes.READER;
    private final QuestionnaireResponseReader fhir = new QuestionnaireResponseReader(Catalogue.VERSION);
    private Function<byte[], Intake> reader;
    private final Screener screener = Intakes.SCREENER;
    private final ObjectMapper plain = new ObjectMapper();
    private byte[][] bodies;
    private int next;

    @Setup
    public void setUp() {
        bodies = Requests.bodies(profile);
        if (format.equals("fhir")) {
            bodies = Stream.of(bodies).map(QuestionnaireResponses::bytes).toArray(byte[][]::new);
            reader = fhir::read;
        } else {
            reader = json::read;
        }
    }

    private byte[] nextBody() {
        byte[] body = bodies[next];
        next = next + 1 == bodies.length ? 0 : next + 1;
        return body;
    }

    @Benchmark
    public Intake read() {
        return reader.apply(nextBody());
    }

    @Benchmark
    public JsonNode tree() throws java.io.IOException {
        return plain.readTree(nextBody());
    }

    @Benchmark
    public Screening readAndScreen() {
        return screener.screen(reader.apply(nextBody()));
    }
}
