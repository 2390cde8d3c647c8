#!/usr/bin/env bash
# HTTP benchmark, startup and memory, one command:
#
#   bench/run-http.sh
#
# 1. Startup: `java -jar target/quarkus-app/quarkus-run.jar` (the production app, default heap) from
#    process start to the first 200 of /q/health/ready, alternated with the least Quarkus app of the same
#    platform (bench/minimal-app: quarkus-rest-jackson and quarkus-smallrye-health only), STARTUP_RUNS
#    times each; medians and their ratio reported.
# 2. Memory: VmRSS (and VmHWM) from /proc/PID/status after RSS_REQUESTS reference requests, for the
#    production run command of docs/operations.md (PROD_JAVA_OPTS) and for plain `java -jar` (default heap).
# 3. Throughput at full load, wrk: A = POST /api/v1/screenings, B = the baseline POST /bench/baseline
#    (parses the same body as a JSON tree, writes the service's own answer bytes; src/bench/java, only in the bench
#    build target/bench/quarkus-app). A and B alternate ROUNDS times (A B, B A, ...) within one process,
#    so machine noise hits both; req/s, p50 and p99 are medians over the rounds, the ratio is A/B.
# 4. Latency at half of A's maximum rate, fixed rate (open model, bench/LoadClient.java, corrected for
#    coordinated omission): p50, p99, p99.9 for A (and B at the same rate, for reference).
# 4b. The FHIR door (step fhir): A_F = POST /api/v1/screenings with the reference answers as a
#    QuestionnaireResponse (application/fhir+json, src/test/resources/fhir/reference.questionnaire-response.json),
#    B_F = the baseline parsing the same body as a tree and writing the same answer bytes; alternated as in 3.
# 5. The CDS Hooks call (step cds): C = POST /cds-services/ketamine-migraine-screening with the committed
#    reference patient-view call (src/test/resources/cds-hooks/reference.patient-view.json: the reference
#    answers as a QuestionnaireResponse in a searchset Bundle, 35 KB as committed, pretty-printed); its maximum
#    rate with wrk (median of ROUNDS rounds), then p50, p99, p99.9 at a fixed half of that rate.
#
# Loopback only (127.0.0.1), every step bounded in time and count. Needs JDK 17, Maven, curl and wrk
# (Debian: apt-get install -y wrk). Settings (environment): PORT ROUNDS ROUND_SECONDS WARMUP_SECONDS
# THREADS CONNECTIONS STARTUP_RUNS RSS_REQUESTS HALF_RATE_SECONDS LATENCY_RUNS CDS_WARMUP_REQUESTS SKIP_BUILD=1 (reuse the jars),
# STEPS (default "startup throughput latency cds"; "memory" runs with "startup", RATE fixes the latency run's rate,
# CDS_RATE the CDS half-rate run's).
# Results: target/bench/http-summary.txt and the raw wrk/client outputs beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
ROUNDS=${ROUNDS:-5}
ROUND_SECONDS=${ROUND_SECONDS:-10}
# Each side's warm-up under full load. On the 2-vCPU VM the JIT needs 20 to 40 s of full load before A's
# throughput stops rising (fresh app, consecutive 10 s runs: 2,777, 8,409, 17,380, 14,358 ... req/s;
# C2 still compiling at 5 % of CPU after 60 s); with 15 s, A's first rounds were measured half-warm.
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
STARTUP_RUNS=${STARTUP_RUNS:-3}
RSS_REQUESTS=${RSS_REQUESTS:-100000}
HALF_RATE_SECONDS=${HALF_RATE_SECONDS:-20}
# One p99 of a 20 s run moves by a factor of three from run to run on this VM (2.2 and 14.7 ms for the same
# build): the latency step alternates A and B this many times and reports the medians.
LATENCY_RUNS=${LATENCY_RUNS:-3}
# The CDS call is 35 KB and ten times the work of a screening: 20,000 warm-up requests left its rounds still
# rising (2,094 to 3,336 req/s); 100,000 is about a minute.
CDS_WARMUP_REQUESTS=${CDS_WARMUP_REQUESTS:-100000}
STEPS=${STEPS:-startup throughput latency fhir cds}
# The production run command sets these (docs/operations.md, "Run command"); plain `java -jar` is measured beside it.
PROD_JAVA_OPTS=${PROD_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}
step() { [[ " $STEPS " == *" $1 "* ]]; }
BODY=src/test/resources/scenarios/reference.request.json
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
A_PATH=/api/v1/screenings
B_PATH=/bench/baseline
CDS_BODY=src/test/resources/cds-hooks/reference.patient-view.json
FHIR_BODY=src/test/resources/fhir/reference.questionnaire-response.json
FHIR_TYPE=application/fhir+json
C_PATH=/cds-services/ketamine-migraine-screening

if ! command -v wrk >/dev/null; then
  echo "wrk is required for the HTTP benchmark. Install it with: sudo apt-get install -y wrk   (Debian/Ubuntu)" >&2
  exit 2
fi
for tool in curl java mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$BASE/"; then
  echo "port $PORT is already in use on 127.0.0.1: set PORT=..." >&2
  exit 2
fi
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the production app (target/quarkus-app) and the bench app (target/bench/quarkus-app)"
  mvn -B -q package -DskipTests
  mvn -B -q -Pbench package
fi
PROD_JAR=target/quarkus-app/quarkus-run.jar
MINIMAL_JAR=bench/minimal-app/target/quarkus-app/quarkus-run.jar
if step startup && { [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$MINIMAL_JAR" ]; }; then
  echo "== building the startup yardstick (bench/minimal-app)"
  mvn -B -q -f bench/minimal-app/pom.xml package -DskipTests
fi
BENCH_JAR=$OUT/quarkus-app/quarkus-run.jar

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

# start_app JAR LOG [JAVA_OPTS]: starts the app and sets APP_PID and READY_MS (process start to first ready 200).
start_app() {
  local t0 deadline
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${3:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$1" >"$2" 2>&1 &
  APP_PID=$!
  deadline=$((t0 + 60000000000))
  until curl -sf -o /dev/null --max-time 1 "$BASE/q/health/ready"; do
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(date +%s%N)" -gt "$deadline" ]; then
      echo "the app did not become ready; see $2" >&2
      exit 1
    fi
    sleep 0.005
  done
  READY_MS=$((($(date +%s%N) - t0) / 1000000))
  READY_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat")
}

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# wrk_run NAME PATH SECONDS FILE [BODY [CONTENT_TYPE]]: one wrk run; prints "req/s p50_ms p99_ms server_cpu_us_per_request"
wrk_run() {
  local t0
  t0=$(cpu_ticks "$APP_PID")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3"s --latency -s bench/post.lua "$BASE$2" -- "${5:-$BODY}" "${6:-application/json}" >"$4"
  echo "server_cpu_ticks $(($(cpu_ticks "$APP_PID") - t0)) $(getconf CLK_TCK)" >>"$4"
  if grep -q -E 'Non-2xx|Socket errors' "$4"; then
    echo "errors in $4:" >&2
    cat "$4" >&2
    exit 1
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ {rps = $2}
    / requests in / {n = $1}
    $1 == "50%" {p50 = ms($2)}
    $1 == "99%" {p99 = ms($2)}
    $1 == "server_cpu_ticks" {cpu = $2 / $3 * 1e6 / n}
    END {printf "%.0f %.3f %.3f %.1f\n", rps, p50, p99, cpu}' "$4"
}

# warm_up SIDE_A SIDE_B BODY CONTENT_TYPE: WARMUP_SECONDS of full load on A ($A_PATH), then on B ($B_PATH).
warm_up() {
  wrk_run "$1" "$A_PATH" "$WARMUP_SECONDS" "$OUT/wrk-warmup-$1.txt" "$3" "$4" >/dev/null
  wrk_run "$2" "$B_PATH" "$WARMUP_SECONDS" "$OUT/wrk-warmup-$2.txt" "$3" "$4" >/dev/null
}

# ab_rounds SIDE_A SIDE_B FILE BODY CONTENT_TYPE: warms both sides up, then ROUNDS rounds alternated (A B, B A,
# ...), one line per run in FILE ("round side req/s p50_ms p99_ms server_cpu_us"); sets AB_RATIO, the median
# of the per-round req/s ratios A/B.
ab_rounds() {
  local a=$1 b=$2 file=$3 body=$4 type=$5 r side path order result
  warm_up "$a" "$b" "$body" "$type"
  : >"$file"
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) -eq 1 ]; then order="$a $b"; else order="$b $a"; fi
    for side in $order; do
      path=$A_PATH; [ "$side" = "$b" ] && path=$B_PATH
      result=$(wrk_run "$side" "$path" "$ROUND_SECONDS" "$OUT/wrk-round$r-$side.txt" "$body" "$type")
      echo "$r $side $result" >>"$file"
      echo "   round $r $side: $result   (req/s p50_ms p99_ms server_cpu_us/request)"
    done
  done
  AB_RATIO=$(awk -v a="$a" -v b="$b" '{rps[$1 " " $2] = $3} END {for (r = 1; (r " " a) in rps; r++) print rps[r " " a] / rps[r " " b]}' "$file" | median)
}

# col FILE SIDE COLUMN: the median of COLUMN over SIDE's lines of FILE.
col() { awk -v s="$2" -v c="$3" '$2 == s {print $c}' "$1" | median; }

STARTUP_MS=-; startups=(-); minimal=(-); MINIMAL_MS=-; STARTUP_RATIO=-; RSS_READY=-; RSS_AFTER=-; HWM_AFTER=-
RSS_PLAIN_READY=-; RSS_PLAIN_AFTER=-; HWM_PLAIN_AFTER=-
FA_RPS=-; FA_P50=-; FA_P99=-; FA_CPU=-; FB_RPS=-; FB_P50=-; FB_P99=-; FB_CPU=-; F_RATIO=-
C_RPS=-; C_P50=-; C_P99=-; C_CPU=-; C_HALF=-; HALF=-
A_RPS=-; A_P50=-; A_P99=-; A_CPU=-; B_RPS=-; B_P50=-; B_P99=-; B_CPU=-; RATIO=-; RSS_BENCH=-
if step startup; then
# ---- 1. startup, alternated with the minimal Quarkus app -----------------------------------------------
echo "== startup: $PROD_JAR and $MINIMAL_JAR, $STARTUP_RUNS runs each, alternated"
startups=(); minimal=()
for i in $(seq 1 "$STARTUP_RUNS"); do
  start_app "$PROD_JAR" "$OUT/app-prod.log"
  startups+=("$READY_MS")
  echo "   run $i: service ready in $READY_MS ms, CPU $READY_CPU_MS ms ($(grep -o 'started in [0-9.]*s' "$OUT/app-prod.log" | head -1) by Quarkus' own clock)"
  stop_app
  start_app "$MINIMAL_JAR" "$OUT/app-minimal.log"
  minimal+=("$READY_MS")
  echo "   run $i: minimal app ready in $READY_MS ms, CPU $READY_CPU_MS ms"
  stop_app
done
STARTUP_MS=$(printf '%s\n' "${startups[@]}" | median)
MINIMAL_MS=$(printf '%s\n' "${minimal[@]}" | median)
STARTUP_RATIO=$(awk -v a="$STARTUP_MS" -v b="$MINIMAL_MS" 'BEGIN {printf "%.2f", a / b}')

# ---- 2. memory after RSS_REQUESTS requests: the production run command, then plain java -jar -------------
for mode in production plain; do
  opts=$PROD_JAVA_OPTS; [ "$mode" = plain ] && opts=
  start_app "$PROD_JAR" "$OUT/app-memory-$mode.log" "$opts"
  ready=$(rss_mb "$APP_PID")
  echo "== memory ($mode: java ${opts:-(no flags)} -jar): $RSS_REQUESTS reference requests"
  java bench/LoadClient.java --url "$BASE$A_PATH" --body "$BODY" --requests "$RSS_REQUESTS" --connections 16 | tee "$OUT/rss-load-$mode.txt"
  grep -q 'errors=0 ' "$OUT/rss-load-$mode.txt" || { echo "errors during the memory run" >&2; exit 1; }
  after=$(rss_mb "$APP_PID"); hwm=$(hwm_mb "$APP_PID")
  echo "   VmRSS ready: $ready MB, after $RSS_REQUESTS requests: $after MB (VmHWM $hwm MB)"
  if [ "$mode" = production ]; then RSS_READY=$ready; RSS_AFTER=$after; HWM_AFTER=$hwm
  else RSS_PLAIN_READY=$ready; RSS_PLAIN_AFTER=$after; HWM_PLAIN_AFTER=$hwm; fi
  stop_app
done
fi

# ---- 3. full load, A and B alternated --------------------------------------------------------------
if step throughput || step latency; then
start_app "$BENCH_JAR" "$OUT/app-bench.log"
curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE$A_PATH"
curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @"$BODY" "$BASE$B_PATH"


if step throughput; then
echo "== throughput: $BENCH_JAR, wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds of ${ROUND_SECONDS}s each for A and B"
echo "   warm-up: ${WARMUP_SECONDS}s each"
ab_rounds A B "$OUT/rounds.txt" "$BODY" application/json
A_RPS=$(col "$OUT/rounds.txt" A 3); A_P50=$(col "$OUT/rounds.txt" A 4); A_P99=$(col "$OUT/rounds.txt" A 5); A_CPU=$(col "$OUT/rounds.txt" A 6)
B_RPS=$(col "$OUT/rounds.txt" B 3); B_P50=$(col "$OUT/rounds.txt" B 4); B_P99=$(col "$OUT/rounds.txt" B 5); B_CPU=$(col "$OUT/rounds.txt" B 6)
RATIO=$AB_RATIO
fi

# ---- 4. half of A's maximum rate ---------------------------------------------------------------------
HALF=${RATE:-$(awk -v a="$A_RPS" 'BEGIN {printf "%.0f", a / 2}')}
: >"$OUT/half-rate-A.txt"; : >"$OUT/half-rate-B.txt"
if step latency; then
if ! step throughput; then # a fresh app: warm both sides up as the throughput step would have
  warm_up A B "$BODY" application/json
fi
echo "== latency at a fixed $HALF req/s (half of A's $A_RPS), $LATENCY_RUNS alternated runs of ${HALF_RATE_SECONDS}s after 5s of warm-up each"
for r in $(seq 1 "$LATENCY_RUNS"); do
  if [ $((r % 2)) -eq 1 ]; then order="A B"; else order="B A"; fi
  for side in $order; do
    path=$A_PATH; [ "$side" = B ] && path=$B_PATH
    java bench/LoadClient.java --url "$BASE$path" --body "$BODY" --rate "$HALF" --duration "$HALF_RATE_SECONDS" --warmup 5 \
      | tee -a "$OUT/half-rate-$side.txt"
  done
done
fi
RSS_BENCH=$(rss_mb "$APP_PID")
stop_app
fi
# ---- 4b. the FHIR door, A_F and B_F alternated ---------------------------------------------------------
if step fhir; then
start_app "$BENCH_JAR" "$OUT/app-bench-fhir.log"
curl -sf -o /dev/null -H "Content-Type: $FHIR_TYPE" --data-binary @"$FHIR_BODY" "$BASE$A_PATH"
curl -sf -o /dev/null -H "Content-Type: $FHIR_TYPE" --data-binary @"$FHIR_BODY" "$BASE$B_PATH"
echo "== FHIR door: $(wc -c <"$FHIR_BODY") bytes, wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds of ${ROUND_SECONDS}s for A_F and B_F"
ab_rounds FA FB "$OUT/rounds-fhir.txt" "$FHIR_BODY" "$FHIR_TYPE"
FA_RPS=$(col "$OUT/rounds-fhir.txt" FA 3); FA_P50=$(col "$OUT/rounds-fhir.txt" FA 4); FA_P99=$(col "$OUT/rounds-fhir.txt" FA 5); FA_CPU=$(col "$OUT/rounds-fhir.txt" FA 6)
FB_RPS=$(col "$OUT/rounds-fhir.txt" FB 3); FB_P50=$(col "$OUT/rounds-fhir.txt" FB 4); FB_P99=$(col "$OUT/rounds-fhir.txt" FB 5); FB_CPU=$(col "$OUT/rounds-fhir.txt" FB 6)
F_RATIO=$AB_RATIO
stop_app
fi

# ---- 5. the CDS Hooks call -----------------------------------------------------------------------------
: >"$OUT/half-rate-C.txt"
if step cds; then
start_app "$BENCH_JAR" "$OUT/app-bench-cds.log"
curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @"$CDS_BODY" "$BASE$C_PATH"
echo "== CDS Hooks: POST $C_PATH, $(wc -c <"$CDS_BODY") bytes, $CDS_WARMUP_REQUESTS warm-up requests, then wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds of ${ROUND_SECONDS}s"
# warm-up by count (LoadClient, 30 s socket timeout): on a busy machine wrk's 2 s timeout can fire while the JIT compiles
java bench/LoadClient.java --url "$BASE$C_PATH" --body "$CDS_BODY" --requests "$CDS_WARMUP_REQUESTS" --connections 8 | tee "$OUT/warmup-C.txt"
grep -q 'errors=0 ' "$OUT/warmup-C.txt" || { echo "errors during the CDS warm-up" >&2; exit 1; }
: >"$OUT/rounds-C.txt"
for r in $(seq 1 "$ROUNDS"); do
  result=$(wrk_run C "$C_PATH" "$ROUND_SECONDS" "$OUT/wrk-round$r-C.txt" "$CDS_BODY")
  echo "$r C $result" >>"$OUT/rounds-C.txt"
  echo "   round $r C: $result   (req/s p50_ms p99_ms server_cpu_us/request)"
done
C_RPS=$(col "$OUT/rounds-C.txt" C 3); C_P50=$(col "$OUT/rounds-C.txt" C 4); C_P99=$(col "$OUT/rounds-C.txt" C 5); C_CPU=$(col "$OUT/rounds-C.txt" C 6)
C_HALF=${CDS_RATE:-$(awk -v a="$C_RPS" 'BEGIN {printf "%.0f", a / 2}')}
echo "== CDS Hooks latency at a fixed $C_HALF req/s (half of its $C_RPS), ${HALF_RATE_SECONDS}s after 5s of warm-up"
java bench/LoadClient.java --url "$BASE$C_PATH" --body "$CDS_BODY" --rate "$C_HALF" --duration "$HALF_RATE_SECONDS" --warmup 5 | tee "$OUT/half-rate-C.txt"
grep -q 'errors=0 ' "$OUT/half-rate-C.txt" || { echo "errors during the CDS half-rate run" >&2; exit 1; }
stop_app
fi
# field FILE NAME: the median of NAME=value over the RESULT lines of FILE (one line per run), or -.
field() { local v; v=$(grep -o "$2=[0-9.]*" "$1" | cut -d= -f2); if [ -n "$v" ]; then echo "$v" | median; else echo -; fi; }

{
  echo "HTTP benchmark, $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "wrk -t$THREADS -c$CONNECTIONS, $ROUNDS alternated rounds of ${ROUND_SECONDS}s, reference request, loopback"
  printf '%-34s %10s %10s %10s %16s\n' "" "req/s" "p50 ms" "p99 ms" "server CPU us/req"
  printf '%-34s %10s %10s %10s %16s\n' "A POST /api/v1/screenings" "$A_RPS" "$A_P50" "$A_P99" "$A_CPU"
  printf '%-34s %10s %10s %10s %16s\n' "B baseline (tree, same answer)" "$B_RPS" "$B_P50" "$B_P99" "$B_CPU"
  echo "throughput ratio A/B (median of per-round ratios): $RATIO"
  echo "fixed rate $HALF req/s (half of A's max), medians of $LATENCY_RUNS runs, A: p50 $(field "$OUT/half-rate-A.txt" p50_ms) ms, p99 $(field "$OUT/half-rate-A.txt" p99_ms) ms, p99.9 $(field "$OUT/half-rate-A.txt" p999_ms) ms, achieved $(field "$OUT/half-rate-A.txt" rate) req/s"
  echo "fixed rate $HALF req/s, B: p50 $(field "$OUT/half-rate-B.txt" p50_ms) ms, p99 $(field "$OUT/half-rate-B.txt" p99_ms) ms, p99.9 $(field "$OUT/half-rate-B.txt" p999_ms) ms"
  printf '%-34s %10s %10s %10s %16s\n' "C POST $C_PATH" "$C_RPS" "$C_P50" "$C_P99" "$C_CPU"
  echo "fixed rate $C_HALF req/s (half of C's max), C: p50 $(field "$OUT/half-rate-C.txt" p50_ms) ms, p99 $(field "$OUT/half-rate-C.txt" p99_ms) ms, p99.9 $(field "$OUT/half-rate-C.txt" p999_ms) ms, achieved $(field "$OUT/half-rate-C.txt" rate) req/s"
  printf '%-34s %10s %10s %10s %16s\n' "A_F QuestionnaireResponse" "$FA_RPS" "$FA_P50" "$FA_P99" "$FA_CPU"
  printf '%-34s %10s %10s %10s %16s\n' "B_F baseline (tree, same answer)" "$FB_RPS" "$FB_P50" "$FB_P99" "$FB_CPU"
  echo "FHIR door throughput ratio A_F/B_F (median of per-round ratios): $F_RATIO"
  echo "startup java -jar to first ready 200 (median of $STARTUP_RUNS): service $STARTUP_MS ms [runs: ${startups[*]}], minimal Quarkus app $MINIMAL_MS ms [runs: ${minimal[*]}], ratio $STARTUP_RATIO"
  echo "VmRSS production run command (java $PROD_JAVA_OPTS -jar): ready $RSS_READY MB, after $RSS_REQUESTS requests $RSS_AFTER MB (VmHWM $HWM_AFTER MB)"
  echo "VmRSS plain java -jar (default heap): ready $RSS_PLAIN_READY MB, after $RSS_REQUESTS requests $RSS_PLAIN_AFTER MB (VmHWM $HWM_PLAIN_AFTER MB)"
  echo "VmRSS bench app after the whole run: $RSS_BENCH MB"
} | tee "$OUT/http-summary.txt"
