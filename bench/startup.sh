#!/usr/bin/env bash
# Start-up benchmark: time from launching the jar to "ready" (readiness probe UP), first on an empty
# data folder (initdb, migrations, loading the Kaili demo) and then, several times, on the existing
# folder, which is the case the target (<= 15 s on 2 cores) is about. Prints each run and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
port=${PORT:-18080}
[ -f target/taizhang.jar ] || mvn -q -B -DskipTests package
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
    local t0 t1 pid
    t0=$(date +%s.%N)
    java -jar target/taizhang.jar --taizhang.data-dir="$data" --server.port="$port" >"$data/app.log" 2>&1 &
    pid=$!
    until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -40 "$data/app.log" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

first=$(start_once)
echo "first start (empty data folder, demo load): ${first} s"
total=0
for i in $(seq 1 "$runs"); do
    t=$(start_once)
    echo "start $i with the existing data folder: ${t} s"
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
done
awk -v f="$first" -v t="$total" -v n="$runs" 'BEGIN {
    m = t / n; printf "mean start with existing data: %.2f s (target <= 15 s: %s); first start / existing-data start = %.1fx\n", m, (m <= 15 ? "met" : "NOT met"), f / m }'
