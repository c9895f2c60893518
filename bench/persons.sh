#!/usr/bin/env bash
# Persons benchmark (issue 17): the lookup of a person by ID number among 1,000,000 persons, against the application's
# own jar started with -Xmx512m on a scratch data folder (the demo without its simulated year).
#  1. loads persons up to TOTAL straight into the embedded PostgreSQL by COPY, each ID number and phone encrypted,
#     masked and hashed with the data folder's own key (keys/pii.key), as a registration stores them;
#  2. looks LOOKUPS random persons up through GET /api/v1/persons?idNumber= as a city leader (p50/p90/p99/max), against
#     the same number of reads by primary key through GET /api/v1/persons/{id} (the baseline: same run, same client)
#     and the bare SQL lookup by hash over JDBC; prints the plan of the list's lookup.
# Needs: a JDK and curl. Not a test: run it by hand (bench/persons.sh; TOTAL=… LOOKUPS=… PORT=… SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
total=${TOTAL:-1000000}
lookups=${LOOKUPS:-2000}
port=${PORT:-18182}
heap=${HEAP:-512m}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -o -DskipTests package
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -o test-compile
work=$(mktemp -d)
cpfile="$work/cp"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx"$heap" -jar target/taizhang.jar --taizhang.data-dir="$work/data" --server.port="$port" --taizhang.demo.history=false \
    >"$work/app.log" 2>&1 &
app=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "the application died:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
    sleep 0.5
done
echo "== lookup by ID number among $total persons, $lookups lookups, heap -Xmx$heap, $(nproc) cores"
java -cp "target/test-classes:target/classes:$(cat "$cpfile")" cn.taizhang.benchmarks.PersonLookupBench "$work/data" "$port" "$total" "$lookups"
