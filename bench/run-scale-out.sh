#!/usr/bin/env bash
# Scale-out, measured (docs/operations.md, "Scale-out"): two instances of the packaged service behind
# HAProxy on 127.0.0.1, load through HAProxy, one instance stopped with SIGTERM in the middle of it.
#
#   bench/run-scale-out.sh          # ~1.5 min plus the build; needs haproxy and curl (apt-get install -y haproxy)
#
# 1. Builds the app and the golden scenarios' full requests in target/scenarios (SKIP_BUILD=1 reuses
#    target/quarkus-app and target/scenarios), starts instances A and B on two ports with
#    a shutdown delay (readiness DOWN while still serving) and HAProxy in front of them: health checks on
#    /q/health/ready every 250 ms (out after 3 failures), L7 retries (retry-on all-retryable-errors, redispatch to the other
#    instance: a screening is a pure function of the request, so sending it again is safe).
# 2. Every golden scenario, sent to A, to B and twice through HAProxy: all four answers byte-identical.
# 3. Warm-up, then closed-loop load through HAProxy (bench/LoadClient.java): every answer must be a 200
#    whose body equals A's answer to the same request before the load. BEFORE_SECONDS in, B gets SIGTERM.
# 4. Reports req/s before the SIGTERM (two instances), during B's shutdown (SIGTERM to exit) and after
#    (one instance), and the failures: any non-200, broken connection or different body. Exits 1 unless
#    there were none and B exited cleanly.
#
# Settings (environment): BEFORE_SECONDS (15) AFTER_SECONDS (15) WARMUP_SECONDS (20) CONNECTIONS (16)
# SHUTDOWN_DELAY (2s) HEAP (-Xmx128m per instance) SKIP_BUILD (0). Loopback only; the load stops by
# itself after BEFORE + AFTER + 5 s or 5,000,000 requests, whichever comes first.
# Results: target/bench/scale-out/summary.txt (and timeline.txt, the instances' and HAProxy's logs).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE_SECONDS=${BEFORE_SECONDS:-15}; AFTER_SECONDS=${AFTER_SECONDS:-15}; WARMUP_SECONDS=${WARMUP_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}; SHUTDOWN_DELAY=${SHUTDOWN_DELAY:-2s}; HEAP=${HEAP:--Xmx128m}
PORT_LB=18400; PORT_A=18401; PORT_B=18402; PORT_STATS=18403
BODY=src/test/resources/scenarios/reference.request.json
OUT=target/bench/scale-out
command -v haproxy >/dev/null || { echo "haproxy is required: sudo apt-get install -y haproxy" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -d target/scenarios ]; then
  # ScenarioRequestsTest writes each scenario's full request, reference plus patch (src/test/resources/scenarios/README.md)
  nice -n 10 mvn -B -q package -Dtest=ScenarioRequestsTest
fi
rm -rf "$OUT"; mkdir -p "$OUT"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_instance() { # name port
  java $HEAP -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" -Dquarkus.shutdown.delay="$SHUTDOWN_DELAY" \
    -jar target/quarkus-app/quarkus-run.jar >"$OUT/$1.log" 2>&1 &
  pids+=($!)
}
start_instance A $PORT_A; PID_A=${pids[0]}
start_instance B $PORT_B; PID_B=${pids[1]}
for port in $PORT_A $PORT_B; do
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.1; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "instance on $port not ready" >&2; exit 1; }
done

cat >"$OUT/haproxy.cfg" <<EOF
global
    maxconn 1024
    nbthread 1
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    # A readiness check may be slow on a busy machine; only three failed checks in a row take an
    # instance out (a stopping instance answers 503 at once, so it is out within 0.75 s).
    timeout check 1s
    # A request that meets a refused or closed connection, or a 502/503/504 of a stopping instance, is
    # sent again (at most 3 times), to the other instance when there is one.
    retries 3
    option redispatch 1
    retry-on all-retryable-errors
    option http-buffer-request
frontend screening
    bind 127.0.0.1:$PORT_LB
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 250ms fall 3 rise 2
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
listen stats
    bind 127.0.0.1:$PORT_STATS
    stats enable
    stats uri /stats
EOF
haproxy -f "$OUT/haproxy.cfg" -db >"$OUT/haproxy.log" 2>&1 &
pids+=($!)
LB=http://127.0.0.1:$PORT_LB/api/v1/screenings
for _ in $(seq 1 100); do curl -sf -o /dev/null -X POST "$LB" -H 'Content-Type: application/json' --data-binary @"$BODY" && break; sleep 0.1; done

# 2. Same answer from either instance and through HAProxy, for every golden scenario.
post() { curl -sS -X POST "$1" -H 'Content-Type: application/json' --data-binary @"$2" -o "$3" -w '%{http_code}'; }
scenarios=0
for request in target/scenarios/*.request.json; do
  post "http://127.0.0.1:$PORT_A/api/v1/screenings" "$request" "$OUT/a.json" >/dev/null
  for target in "http://127.0.0.1:$PORT_B/api/v1/screenings" "$LB" "$LB"; do
    [ "$(post "$target" "$request" "$OUT/other.json")" = 200 ] && cmp -s "$OUT/a.json" "$OUT/other.json" \
      || { echo "different answer for $request from $target" >&2; exit 1; }
  done
  scenarios=$((scenarios + 1))
done
[ "$(post "http://127.0.0.1:$PORT_A/api/v1/screenings" "$BODY" "$OUT/expected.json")" = 200 ]

# 3. Warm-up, then the measured run with B stopped in the middle.
java bench/LoadClient.java --url "$LB" --body "$BODY" --requests 5000000 --max-seconds "$WARMUP_SECONDS" \
  --connections "$CONNECTIONS" --expect "$OUT/expected.json" >"$OUT/warmup.txt"
TOTAL=$((BEFORE_SECONDS + AFTER_SECONDS + 5))
java bench/LoadClient.java --url "$LB" --body "$BODY" --requests 5000000 --max-seconds "$TOTAL" --connections "$CONNECTIONS" \
  --expect "$OUT/expected.json" --timeline "$OUT/timeline.txt" >"$OUT/load.txt" &
LOAD=$!; pids+=($LOAD)
for _ in $(seq 1 300); do grep -q '^STARTED' "$OUT/load.txt" 2>/dev/null && break; sleep 0.1; done
sleep "$BEFORE_SECONDS"
kill_ms=$(date +%s%3N)
kill -TERM "$PID_B"
set +e; wait "$PID_B"; b_status=$?; set -e
exit_ms=$(date +%s%3N)
wait "$LOAD"
cat "$OUT/load.txt"
# HAProxy's own count of what it resent: retries (same server) and redispatches (the other server).
curl -sf "http://127.0.0.1:$PORT_STATS/stats;csv" >"$OUT/haproxy-stats.csv"
retried=$(awk -F, 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
  $1 == "instances" && $2 == "BACKEND" {r = $col["wretr"]; d = $col["wredis"]; e = $col["econ"] + $col["eresp"]}
  $1 == "instances" && $2 != "BACKEND" {x += $col["hrsp_5xx"]}
  END {printf "retries %d, redispatches %d, connection or response errors %d, 5xx from the instances %d", r, d, e, x}' \
  <(sed '1s/^# //' "$OUT/haproxy-stats.csv"))

# 4. Throughput in whole seconds before the SIGTERM, between it and B's exit, and after the exit.
awk -v kill="$kill_ms" -v exit_="$exit_ms" -v scenarios="$scenarios" -v b_status="$b_status" -v delay="$SHUTDOWN_DELAY" -v retried="$retried" '
  { t = $1; ok = $2; bad = $3; failed += bad
    if (NR == 1) next                                   # the first second holds the connections opening
    if (t + 1000 <= kill) { b_ok += ok; b_n++ }
    else if (t >= kill && t + 1000 <= exit_) { d_ok += ok; d_n++ }
    else if (t >= exit_) { a_ok += ok; a_n++ }
  }
  END {
    printf "golden scenarios: %d, each byte-identical from A, from B and twice through HAProxy\n", scenarios
    printf "before (2 instances): %.0f req/s over %d s\n", b_n ? b_ok / b_n : 0, b_n
    printf "during (B draining: SIGTERM to exit, %.1f s, shutdown delay %s): %.0f req/s over %d whole s\n", (exit_ - kill) / 1000, delay, d_n ? d_ok / d_n : 0, d_n
    printf "after (1 instance): %.0f req/s over %d s\n", a_n ? a_ok / a_n : 0, a_n
    printf "failed requests (non-200, broken connection or different body): %d\n", failed
    printf "HAProxy: %s\n", retried
    printf "instance B after SIGTERM: exit status %d (143 = SIGTERM, after the graceful shutdown its log records)\n", b_status
  }' "$OUT/timeline.txt" | tee "$OUT/summary.txt"
grep -q ' errors=0 mismatches=0 ' "$OUT/load.txt" && grep -q 'failed requests.*: 0$' "$OUT/summary.txt" \
  && grep -q 'stopped in' "$OUT/B.log" && ! grep -q 'Timed out waiting for graceful shutdown' "$OUT/B.log" \
  || { echo "FAILED: see $OUT" >&2; exit 1; }
echo "scale-out: zero failed requests"
