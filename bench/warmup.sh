#!/usr/bin/env bash
# Warm-up: throughput in consecutive WINDOW_SECONDS windows from the first request, for WINDOWS windows, of a
# freshly started service, default packaging against the AOT cache (both on JDK 25, production run command):
#
#   bench/warmup.sh            # after bench/startup.sh (it builds target/startup/default and, with -Paot, target/quarkus-app)
#
# Per variant and round: start (cd APP && java -Xmx128m -XX:+UseSerialGC [-XX:AOTCache=app.aot] -jar
# quarkus-run.jar), wait for /q/health/ready, then WINDOWS back-to-back wrk runs of WINDOW_SECONDS each
# (THREADS threads, CONNECTIONS connections, POST of the v1 reference request, bench/post.lua); the gap between
# two runs is wrk's start-up, a few ms. Reports each window's req/s (median over ROUNDS alternated rounds) and
# the time from the first request to the end of the first window at >= 90 % of the last window's req/s.
# Settings (environment): ROUNDS (3) WINDOWS (12) WINDOW_SECONDS (5) THREADS (2) CONNECTIONS (32) PORT (18960)
# JDK25_HOME PROD_JAVA_OPTS VARIANTS ("default-jdk25 aot-jdk25") BODY. Needs wrk (apt-get install -y wrk).
# Results: target/startup/warmup-summary.txt. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
WINDOWS=${WINDOWS:-12}
WINDOW_SECONDS=${WINDOW_SECONDS:-5}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18960}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PROD_JAVA_OPTS=${PROD_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}
VARIANTS=${VARIANTS:-"default-jdk25 aot-jdk25"}
BODY=${BODY:-src/test/resources/scenarios/reference.request.json}
URL_PATH=/api/v1/screenings
OUT=target/startup
DEFAULT_APP=${DEFAULT_APP:-$OUT/default}
AOT_APP=${AOT_APP:-target/quarkus-app}   # the -Paot build, run where it was trained (bench/startup.sh)
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }
for f in "$DEFAULT_APP/quarkus-run.jar" "$AOT_APP/app.aot"; do
  [ -f "$f" ] || { echo "no $f: run bench/startup.sh first" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$BASE/"; then
  echo "port $PORT is already in use on 127.0.0.1: set PORT=..." >&2
  exit 2
fi

variant() {
  case $1 in
    default-jdk25) echo "$DEFAULT_APP" ;;
    aot-jdk25) echo "$AOT_APP -XX:AOTCache=app.aot" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start() { # NAME LOG
  local dir extra
  read -r dir extra <<<"$(variant "$1")"
  # shellcheck disable=SC2086
  (cd "$dir" && exec "$JDK25_HOME/bin/java" $PROD_JAVA_OPTS ${extra:-} -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$PORT" -jar quarkus-run.jar) >"$2" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null --max-time 1 "$BASE/q/health/ready" && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.01
  done
  echo "$1 did not become ready; see $2" >&2
  exit 1
}

median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

read -r -a names <<<"$VARIANTS"
RESULTS=$OUT/warmup-runs.txt
: >"$RESULTS"
: >"$OUT/warmup-errors.txt"
echo "== warm-up: ${#names[@]} variants alternated, $ROUNDS rounds, $WINDOWS windows of ${WINDOW_SECONDS}s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for r in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $((${#names[@]} - 1))); do
    name=${names[$(((k + r - 1) % ${#names[@]}))]}
    start "$name" "$OUT/warmup-$name-$r.log"
    line="$r $name"
    for w in $(seq 1 "$WINDOWS"); do
      f=$OUT/warmup-wrk-$name-$r-$w.txt
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WINDOW_SECONDS"s -s bench/post.lua "$BASE$URL_PATH" -- "$BODY" >"$f"
      # an answer other than 2xx stops the bench; wrk's socket timeouts (2 s; the busy machine stalls now and
      # then) are counted in the window's req/s as missing answers and noted in target/startup/warmup-errors.txt
      if grep -q 'Non-2xx' "$f"; then echo "non-2xx answers in $f" >&2; cat "$f" >&2; exit 1; fi
      if grep -q 'Socket errors' "$f"; then echo "$name round $r window $w: $(grep 'Socket errors' "$f")" >>"$OUT/warmup-errors.txt"; fi
      line="$line $(awk '/Requests\/sec/ {printf "%.0f", $2}' "$f")"
    done
    stop_app
    echo "$line" >>"$RESULTS"
    echo "   round $r $name: $line" | cut -d' ' -f1-2,6-
  done
done

{
  echo "warm-up from the first request, req/s per ${WINDOW_SECONDS}s window, medians of $ROUNDS alternated rounds, $(date -u +%F), load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: cd APP && $JDK25_HOME/bin/java $PROD_JAVA_OPTS [-XX:AOTCache=app.aot] -jar quarkus-run.jar; wrk -t$THREADS -c$CONNECTIONS POST $URL_PATH"
  for name in "${names[@]}"; do
    medians=()
    for w in $(seq 1 "$WINDOWS"); do
      medians+=("$(awk -v n="$name" -v c=$((w + 2)) '$2 == n {print $c}' "$RESULTS" | median)")
    done
    last=${medians[$((WINDOWS - 1))]}
    reach=-
    for w in $(seq 1 "$WINDOWS"); do
      if awk -v v="${medians[$((w - 1))]}" -v l="$last" 'BEGIN {exit !(v >= 0.9 * l)}'; then reach=$((w * WINDOW_SECONDS)); break; fi
    done
    # per round as well: the same time from each round's own windows, then their median
    per_round=$(awk -v n="$name" -v W="$WINDOWS" -v s="$WINDOW_SECONDS" '$2 == n {last = $(W + 2); for (w = 1; w <= W; w++) if ($(w + 2) >= 0.9 * last) {print w * s; break}}' "$RESULTS" | median)
    echo "$name: ${medians[*]}"
    echo "$name: first window at >= 90 % of the last (${last} req/s) ends at ${reach} s (median windows); per round, median: ${per_round} s"
  done
} | tee "$OUT/warmup-summary.txt"
