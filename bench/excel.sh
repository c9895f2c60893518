#!/usr/bin/env bash
# Excel benchmark, heap-bounded (-Xmx512m by default): the streaming export of a million-row ledger of twelve mixed
# columns, then the import reader on 100,000 such rows. Prints seconds, rows/s, peak heap and file size for each
# (see src/test/java/cn/taizhang/benchmarks/ExcelBenchmark.java). Needs only Maven and a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-1000000}
read_rows=${READ_ROWS:-100000}
heap=${HEAP:-512m}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B ${MVN_ARGS:-} test-compile
cpfile=$(mktemp)
out=$(mktemp -d)
trap 'rm -rf "$out" "$cpfile"' EXIT
mvn -q -B ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
java -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat "$cpfile")" cn.taizhang.benchmarks.ExcelBenchmark "$out" "$rows" "$read_rows"
