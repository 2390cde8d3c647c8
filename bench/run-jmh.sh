#!/usr/bin/env bash
# Engine benchmarks (JMH): Screener.screen(Intake), reading (v1 JSON and FHIR QuestionnaireResponse) and read + screen, on the
# reference request, the worst case (every rule that can fire at once) and all golden scenarios.
# Reports ns/op and bytes allocated per op (-prof gc: gc.alloc.rate.norm).
#
#   bench/run-jmh.sh                      # everything, defaults of the @Warmup/@Measurement annotations
#   BENCHMARKS=EngineBenchmark bench/run-jmh.sh -wi 1 -i 2   # which benchmarks (a regexp); JMH options pass through
#
# The regexp is an environment variable, not an argument: JMH runs the union of the regexps it is given,
# so one added to the default would still run everything.
#
# Needs only JDK 17+ and Maven. Results: target/bench/jmh.txt (and jmh.json).
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target/bench
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/jmh.classpath
CP="target/test-classes:target/classes:$(cat target/bench/jmh.classpath)"

java -cp "$CP" org.openjdk.jmh.Main -prof gc -rf json -rff target/bench/jmh.json "$@" \
    "${BENCHMARKS:-org.ketascreen.bench.*Benchmark}" | tee target/bench/jmh.txt

# The summary: time and allocation per op of each benchmark.
echo
echo "Summary (ns/op, bytes allocated/op):"
grep -E '^(Engine|ReadAndScreen|ReadAndScreenV2)Benchmark\.[a-zA-Z]+(:gc\.alloc\.rate\.norm)? ' target/bench/jmh.txt || true
