#!/usr/bin/env bash
# Case engine benchmark, in one script against one PostgreSQL: the application's own embedded server.
#  1. pgbench's TPC-B-like transactions per second on that server (the baseline),
#  2. single-case creation over HTTP with real bearer tokens, in cases per second (target >= 0.5x pgbench),
#  3. batch ingest in reports per second (target >= 5,000/s),
#  4. the full loop (create -> register -> dispatch -> handle -> verify) per second.
# Single creation is driven by wrk (C, light on the CPU it shares with the server on 2 cores) after a
# warm-up to the steady state; batches and loops by bench/CaseLoad.java, which needs several steps per iteration.
# Needs pgbench, psql and wrk (Debian: apt-get install postgresql-15 wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_PHASE:-20}
# pgbench and the measured round of single creation run longer: 20-second rounds at the steady state
# still differ by up to 15% from one to the next, and so does pgbench from run to run
measure=${MEASURE_SECONDS:-60}
clients=${CLIENTS:-8}
port=${PORT:-18080}
for tool in pgbench psql wrk; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install postgresql-15 wrk" >&2; exit 1; }
done
# always built: a jar left from an earlier commit would measure that commit
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
data=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT

java -jar target/taizhang.jar --taizhang.data-dir="$data" --server.port="$port" ${APP_ARGS:-} >"$data/app.log" 2>&1 &
app=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { tail -40 "$data/app.log" >&2; exit 1; }
    sleep 0.5
done
pgport=$(sed -n 4p "$data/pg/postmaster.pid")

# the embedded server asks every role for its password: the superuser's is kept in the data folder
export PGHOST=localhost PGPORT=$pgport PGUSER=postgres PGPASSWORD="$(cat "$data/pg-superuser.password")"
psql -q -d postgres -c 'CREATE DATABASE pgbench_baseline' >/dev/null
pgbench -q -i -s 10 pgbench_baseline >/dev/null 2>&1
tps=$(pgbench -c "$clients" -j 2 -T "$measure" pgbench_baseline 2>/dev/null | grep -o 'tps = [0-9.]*' | head -1 | grep -o '[0-9.]*')
echo "pgbench TPC-B (scale 10, $clients clients, ${measure} s) on the same server: ${tps} tps"
# its aftermath out of the way before the HTTP load: autovacuum of the updated accounts, and a checkpoint
# that its write-ahead log would otherwise bring on in the middle of the next phase
psql -q -d pgbench_baseline -c 'VACUUM' -c 'CHECKPOINT' >/dev/null

export TOKEN GRID=522601002002001
TOKEN=$(curl -s -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"demo-gridworker","password":"Kaili@2026"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
# Warm-up to the steady state: on 2 cores shared with PostgreSQL and wrk the JIT compilers need well over a
# minute; after at least six rounds (two minutes), they go on until one is less than 5% faster than the one
# before (at most 10).
previous=0
for round in 1 2 3 4 5 6 7 8 9 10; do
    rate=$(wrk -t2 -c"$clients" -d"${seconds}s" -s bench/create.lua "http://127.0.0.1:$port" 2>/dev/null | grep 'Requests/sec' | grep -o '[0-9.]*')
    echo "warm-up round $round: $rate cases/s"
    [ "$round" -ge 6 ] && awk -v r="$rate" -v p="$previous" 'BEGIN { exit !(r < p * 1.05) }' && break
    previous=$rate
done
created=$(wrk -t2 -c"$clients" -d"${measure}s" --latency -s bench/create.lua "http://127.0.0.1:$port")
single=$(echo "$created" | grep 'Requests/sec' | grep -o '[0-9.]*')
echo "single create (wrk, $clients connections, ${measure} s): ${single} cases/s, p50 $(echo "$created" | awk '/ 50%/ {print $2}'), p99 $(echo "$created" | awk '/ 99%/ {print $2}')$(echo "$created" | grep -q Non-2xx && echo ', SOME FAILED')"
# batches and loops after the warm-up, on the same steady server, each phase from a checkpoint (as the HTTP
# load starts from one after pgbench): the write-ahead log of the last phase's tens of thousands of cases
# would otherwise bring one on in the middle of the next
psql -q -d postgres -c 'CHECKPOINT' >/dev/null
out=$(java bench/CaseLoad.java "http://localhost:$port" "$seconds" "$clients" batch)
echo "$out"
psql -q -d postgres -c 'CHECKPOINT' >/dev/null
java bench/CaseLoad.java "http://localhost:$port" "$seconds" "$clients" loop
batch=$(echo "$out" | grep '^batch ingest' | grep -o '= [0-9.]* reports/s' | grep -o '[0-9.]*')
awk -v s="$single" -v t="$tps" -v b="$batch" 'BEGIN {
    printf "single create / pgbench = %.2fx (target >= 0.5x: %s)\n", s / t, (s / t >= 0.5 ? "met" : "NOT met");
    printf "batch ingest: %.0f reports/s (target >= 5,000/s: %s)\n", b, (b >= 5000 ? "met" : "NOT met") }'
