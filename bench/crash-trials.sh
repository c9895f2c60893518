#!/usr/bin/env bash
# Crash trials (issue 13): reports stream in while the application's JVM or its embedded PostgreSQL is killed
# with SIGKILL at a random moment; prints, per trial, acknowledged / lost / duplicated / missing audit rows /
# seconds to recover, then a summary per kind. TRIALS of each kind (default 20), alternating; SEED picks the
# moments (default 1). Exits 1 if any acknowledged report was lost, duplicated or left without its audit row,
# or if any restart needed a person.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the PostgreSQL driver the application itself ships, for looking the reports up afterwards
unzip -q -j -o target/taizhang.jar 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib"
java -cp "$work/lib/*" bench/CrashTrials.java target/taizhang.jar "$work/data" "${TRIALS:-20}" "${SEED:-1}"
