#!/usr/bin/env bash
# Start-up to /q/health/ready = 200: the default packaging against the AOT cache (Maven profile aot), on JDK 25
# for both, the default packaging on JDK 17 for reference, and the minimal Quarkus app (bench/minimal-app) as
# the yardstick, all with the production run command of docs/operations.md:
#
#   bench/startup.sh
#
# Every variant runs from its app directory (the AOT cache is recorded for that layout):
#   cd APP && JAVA -Xmx128m -XX:+UseSerialGC [-XX:AOTCache=app.aot] -jar quarkus-run.jar
# with -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT added. The variants alternate in every round
# (the order rotates by one each round), ROUNDS rounds; medians of the time from process start to the first
# 200 of /q/health/ready, of Quarkus' own "started in", and of the CPU the JVM used until ready.
#
# Builds (unless SKIP_BUILD=1), in this order:
#   target/startup/default   mvn -B -o package -DskipTests, copied out of target/quarkus-app   (JDK17_HOME)
#   target/quarkus-app       mvn -B -o -Paot verify (training: AotTrainingIT only), left in place (JDK25_HOME):
#                            the cached app must run where it was trained (moved, it read the training
#                            directory's quarkus/quarkus-application.dat, Quarkus 3.37.3 on JDK 25.0.3)
#   bench/minimal-app/target/quarkus-app   mvn -B -o -f bench/minimal-app/pom.xml compile quarkus:build
# Settings (environment): ROUNDS (3) PORT (18950) JDK17_HOME JDK25_HOME PROD_JAVA_OPTS (-Xmx128m -XX:+UseSerialGC)
# VARIANTS (default: all five below) SKIP_BUILD=1 (reuse the copies). MVN (mvn -B -o; wrap it with flock on a
# shared machine). Results: target/startup/summary.txt, logs beside it. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18950}
JDK17_HOME=${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PROD_JAVA_OPTS=${PROD_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}
MVN=${MVN:-mvn -B -o}
OUT=target/startup
DEFAULT_APP=$OUT/default
AOT_APP=${AOT_APP:-target/quarkus-app}
MINIMAL_APP=bench/minimal-app/target/quarkus-app
# name:JDK:APP:extra JVM options
VARIANTS=${VARIANTS:-"default-jdk25 aot-jdk25 minimal-jdk25 default-jdk17 minimal-jdk17"}
BASE="http://127.0.0.1:$PORT"

for tool in curl awk; do command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }; done
for home in "$JDK17_HOME" "$JDK25_HOME"; do
  [ -x "$home/bin/java" ] || { echo "no JDK at $home (set JDK17_HOME / JDK25_HOME)" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$BASE/"; then
  echo "port $PORT is already in use on 127.0.0.1: set PORT=..." >&2
  exit 2
fi
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== default packaging, JDK 17"
  JAVA_HOME=$JDK17_HOME $MVN -q package -DskipTests
  rm -rf "$DEFAULT_APP" && cp -r target/quarkus-app "$DEFAULT_APP"
  echo "== AOT cache, JDK 25 (training run: AotTrainingIT)"
  JAVA_HOME=$JDK25_HOME $MVN -q -Paot verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AotTrainingIT
  [ -f target/quarkus-app/app.aot ] || { echo "the aot build wrote no target/quarkus-app/app.aot" >&2; exit 1; }
  echo "== minimal app"
  JAVA_HOME=$JDK17_HOME $MVN -q -f bench/minimal-app/pom.xml compile quarkus:build
fi
for dir in "$DEFAULT_APP" "$AOT_APP" "$MINIMAL_APP"; do
  [ -f "$dir/quarkus-run.jar" ] || { echo "no $dir/quarkus-run.jar: run without SKIP_BUILD=1" >&2; exit 2; }
done
[ -f "$AOT_APP/app.aot" ] || { echo "no $AOT_APP/app.aot: build it with -Paot on JDK 25 (or run without SKIP_BUILD=1)" >&2; exit 2; }

# The cache must load, not silently fall back: -XX:AOTMode=on makes the JVM refuse to start without it.
( cd "$AOT_APP" && "$JDK25_HOME/bin/java" -XX:AOTCache=app.aot -XX:AOTMode=on $PROD_JAVA_OPTS -Xlog:aot=info \
    -cp quarkus-run.jar -version >"$ROOT/$OUT/aot-check.log" 2>&1 ) \
  || { echo "the AOT cache does not load on $JDK25_HOME: see $OUT/aot-check.log" >&2; exit 1; }

variant() { # NAME -> "JAVA_HOME APP_DIR EXTRA_OPTS"
  case $1 in
    default-jdk25) echo "$JDK25_HOME $DEFAULT_APP" ;;
    aot-jdk25) echo "$JDK25_HOME $AOT_APP -XX:AOTCache=app.aot" ;;
    minimal-jdk25) echo "$JDK25_HOME $MINIMAL_APP" ;;
    default-jdk17) echo "$JDK17_HOME $DEFAULT_APP" ;;
    minimal-jdk17) echo "$JDK17_HOME $MINIMAL_APP" ;;
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

# start NAME LOG: starts the variant, sets READY_MS and READY_CPU_MS, leaves it running (APP_PID).
start() {
  local home dir extra t0 deadline
  read -r home dir extra <<<"$(variant "$1")"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec "$home/bin/java" $PROD_JAVA_OPTS ${extra:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar quarkus-run.jar) >"$2" 2>&1 &
  APP_PID=$!
  deadline=$((t0 + 60000000000))
  until curl -sf -o /dev/null --max-time 1 "$BASE/q/health/ready"; do
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(date +%s%N)" -gt "$deadline" ]; then
      echo "$1 did not become ready; see $2" >&2
      exit 1
    fi
    sleep 0.005
  done
  READY_MS=$((($(date +%s%N) - t0) / 1000000))
  READY_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat")
}
median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

read -r -a names <<<"$VARIANTS"
RESULTS=$OUT/runs.txt
: >"$RESULTS"
echo "== start-up to ready, ${#names[@]} variants alternated, $ROUNDS rounds (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
for r in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $((${#names[@]} - 1))); do
    name=${names[$(((k + r - 1) % ${#names[@]}))]}
    log=$OUT/$name-$r.log
    start "$name" "$log"
    sleep 0.2
    started=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo -)
    stop_app
    echo "$r $name $READY_MS $started $READY_CPU_MS" >>"$RESULTS"
    printf '   round %d %-14s ready %5d ms  (Quarkus: started in %ss, CPU %d ms)\n' "$r" "$name" "$READY_MS" "$started" "$READY_CPU_MS"
  done
done

{
  echo "start-up to /q/health/ready = 200, medians of $ROUNDS alternated rounds, $(date -u +%F), $(nproc) CPUs, load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: cd APP && JAVA $PROD_JAVA_OPTS [-XX:AOTCache=app.aot] -jar quarkus-run.jar"
  printf '%-14s %9s %12s %8s\n' variant ready_ms started_s cpu_ms
  for name in "${names[@]}"; do
    ready=$(awk -v n="$name" '$2 == n {print $3}' "$RESULTS" | median)
    started=$(awk -v n="$name" '$2 == n && $4 != "-" {print $4 * 1000}' "$RESULTS" | median)
    cpu=$(awk -v n="$name" '$2 == n {print $5}' "$RESULTS" | median)
    printf '%-14s %9s %12s %8s\n' "$name" "$ready" "$(awk -v s="$started" 'BEGIN {printf "%.3f", s / 1000}')" "$cpu"
  done
} | tee "$OUT/summary.txt"
