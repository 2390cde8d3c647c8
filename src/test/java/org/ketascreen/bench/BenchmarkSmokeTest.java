package org.ketascreen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ketascreen.screening.Finding;
import org.ketascreen.screening.Screening;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks from rotting without running them as benchmarks: the fixtures are what they
 * claim, and every JMH benchmark runs one very short iteration in this JVM (about a second in all).
 * The real runs are bench/run-jmh.sh and bench/run-http.sh.
 */
public class BenchmarkSmokeTest {

    /**
     * Rules that cannot fire together with the worst case's findings: inclusion criteria (no finding),
     * and the alternatives of mutually exclusive grades (one age band, one diagnosis scope, one
     * frequency band, single-class or combined overuse, one blood pressure grade, one remission length).
     */
    public static final Set<String> CANNOT_FIRE_WITH_THE_OTHERS = Set.of("DX-1", "IND-1", "AGE-1", "DX-3", "IND-3", "IND-4",
            "MO-3", "BP-1", "BP-2", "BP-3", "SUB-3");

    @Test
    void shouldFireEveryRuleThatCanFireInTheWorstCase() {
        Screening screening = Intakes.SCREENER.screen(Requests.intakes(Requests.WORST_CASE)[0]);
        Set<String> fired = screening.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> silent = Intakes.SCREENER.ruleSet().rules().stream().map(Rule::id).filter(id -> !fired.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CANNOT_FIRE_WITH_THE_OTHERS), silent);
        assertEquals(fired.size(), screening.findings().size(), "one finding per rule");
    }

    @Test
    void shouldTakeEveryGoldenScenarioInTheGoldenProfile() {
        assertEquals(Scenarios.names().size(), Requests.intakes(Requests.GOLDEN).length);
        assertTrue(Requests.intakes(Requests.GOLDEN).length >= 25);
    }

    /**
     * JMH takes a machine-wide lock (/tmp/jmh.lock) so that two measurements do not disturb each other.
     * This smoke run measures nothing, so it must not fail, or wait, because a real benchmark is running.
     */
    @Test
    void shouldRunEveryBenchmarkForOneShortIteration() throws Exception {
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + "|" + ReadAndScreenBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(30))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> names = results.stream()
                .map(r -> r.getParams().getBenchmark() + "(" + r.getParams().getParam("profile") + ","
                        + r.getParams().getParam("format") + ")").sorted().toList();
        assertEquals(24, results.size(), names.toString()); // screen and answer x 3 profiles; read, tree and readAndScreen x 3 profiles x 2 formats
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
