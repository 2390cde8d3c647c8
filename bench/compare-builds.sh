#!/usr/bin/env bash
# Before/after check for one change: runs two builds of the app side by side on loopback and loads
# them in alternation with wrk (X Y, Y X, ...), so machine noise hits both alike.
#
#   cp -r target/quarkus-app /tmp/before     # build before the change
#   ... change, mvn -B -q package -DskipTests ...
#   bench/compare-builds.sh /tmp/before target/quarkus-app [PATH] [BODY]
#
# Also reports the server's CPU time per request (utime + stime of the JVM from /proc/PID/stat over
# the round / requests), which contention from other processes disturbs much less than req/s.
# Settings (environment): ROUNDS (6) ROUND_SECONDS (8) WARMUP_SECONDS (60: see run-http.sh) THREADS (2) CONNECTIONS (32),
# JAVA_OPTS_X / JAVA_OPTS_Y (extra JVM options for each side, e.g. to compare a configuration on one build).
set -euo pipefail
cd "$(dirname "$0")/.."
X=$1; Y=$2
URL_PATH=${3:-/api/v1/screenings}
BODY=${4:-src/test/resources/scenarios/reference.request.json}
ROUNDS=${ROUNDS:-6}; ROUND_SECONDS=${ROUND_SECONDS:-8}; WARMUP_SECONDS=${WARMUP_SECONDS:-60}
THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-32}
PX=18181; PY=18182
command -v wrk >/dev/null || { echo "wrk is required: sudo apt-get install -y wrk" >&2; exit 2; }
mkdir -p target/bench/compare
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
for side in X Y; do
  dir=$X; port=$PX; opts=${JAVA_OPTS_X:-}; [ $side = Y ] && dir=$Y && port=$PY && opts=${JAVA_OPTS_Y:-}
  # shellcheck disable=SC2086
  java $opts -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port -jar "$dir/quarkus-run.jar" >target/bench/compare/$side.log 2>&1 &
  pids+=($!)
done
for port in $PX $PY; do
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.1; done
done
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # port seconds -> "req/s p50 p99 cpu_us_per_request"
  local pid=${pids[0]}; [ "$1" = $PY ] && pid=${pids[1]}
  local t0 out; t0=$(cpu_ticks "$pid")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency -s bench/post.lua "http://127.0.0.1:$1$URL_PATH" -- "$BODY" \
    | awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
           /Non-2xx|Socket errors/ {bad = 1} /Requests\/sec/ {r = $2} $1 == "50%" {p = ms($2)} $1 == "99%" {q = ms($2)}
           /requests in/ {n = $1} END {if (bad) print "ERRORS"; else printf "%.0f %.3f %.3f %d\n", r, p, q, n}')
  echo "$out" | awk -v t="$(( $(cpu_ticks "$pid") - t0 ))" -v hz="$(getconf CLK_TCK)" '{printf "%s %s %s %.1f\n", $1, $2, $3, t / hz * 1e6 / $4}'
}
run $PX "$WARMUP_SECONDS" >/dev/null; run $PY "$WARMUP_SECONDS" >/dev/null
: >target/bench/compare/rounds.txt
for r in $(seq 1 "$ROUNDS"); do
  order="X Y"; [ $((r % 2)) -eq 0 ] && order="Y X"
  for side in $order; do
    port=$PX; [ $side = Y ] && port=$PY
    res=$(run $port "$ROUND_SECONDS"); echo "$r $side $res" | tee -a target/bench/compare/rounds.txt
  done
done
awk '{n[$2]++; rps[$2, n[$2]] = $3; p50[$2, n[$2]] = $4; p99[$2, n[$2]] = $5; cpu[$2, n[$2]] = $6}
  function med(a, s, k,   i, j, t, v) { for (i = 1; i <= k; i++) v[i] = a[s, i]; for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2 }
  END { printf "X (before): %.0f req/s p50 %.3f ms p99 %.3f ms, server CPU %.1f us/request\nY (after):  %.0f req/s p50 %.3f ms p99 %.3f ms, server CPU %.1f us/request\nY/X throughput: %.3f, server CPU per request Y/X: %.3f\n",
        med(rps, "X", n["X"]), med(p50, "X", n["X"]), med(p99, "X", n["X"]), med(cpu, "X", n["X"]),
        med(rps, "Y", n["Y"]), med(p50, "Y", n["Y"]), med(p99, "Y", n["Y"]), med(cpu, "Y", n["Y"]),
        med(rps, "Y", n["Y"]) / med(rps, "X", n["X"]), med(cpu, "Y", n["Y"]) / med(cpu, "X", n["X"]) }' target/bench/compare/rounds.txt
