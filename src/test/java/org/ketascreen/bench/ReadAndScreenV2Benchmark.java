package org.ketascreen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.ketascreen.intake.fhir.QuestionnaireResponseReader;
import org.ketascreen.intake.json.JsonIntakeReader;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.questionnaire.QuestionnaireDefinition;
import org.ketascreen.screening.ActiveProfile;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The v2 reference request (src/test/resources/scenarios-v2/reference.request.json) read, screened under rule set
 * 2.0.0 and the reference profile, and both: the v2 counterpart of {@link ReadAndScreenBenchmark} and
 * {@link EngineBenchmark} on their reference request, so the cost of intake 2.0 can be read beside v1's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ReadAndScreenV2Benchmark {

    @Param({"json", "fhir"})
    public String format;

    private final JsonIntakeReader json = new JsonIntakeReader();
    private final QuestionnaireResponseReader fhir =
            QuestionnaireResponseReader.v2(QuestionnaireDefinition.v2(ActiveProfile.REFERENCE));
    private final Screener screener = new Screener(Catalogue.ruleSet2());
    private byte[] body;
    private IntakeV2 intake;

    @Setup
    public void setUp() {
        try {
            JsonNode reference = Intakes.JSON.readTree(Files.readAllBytes(Path.of("src/test/resources/scenarios-v2/reference.request.json")));
            body = format.equals("fhir")
                    ? Intakes.bytes(QuestionnaireResponses.of(QuestionnaireResponses.QUESTIONNAIRE_V2, reference))
                    : Intakes.bytes(reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intake = read();
    }

    @Benchmark
    public IntakeV2 read() {
        return format.equals("fhir") ? fhir.read(body, IntakeV2.class) : json.read(body, IntakeV2.class);
    }

    @Benchmark
    public Screening screen() {
        return screener.screen(ActiveProfile.REFERENCE.subject(intake));
    }

    @Benchmark
    public Screening readAndScreen() {
        return screener.screen(ActiveProfile.REFERENCE.subject(read()));
    }
}
