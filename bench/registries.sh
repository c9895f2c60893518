#!/usr/bin/env bash
# Registry benchmark (issue 17), against the application's own jar started with -Xmx512m on a scratch data folder:
#  1. import of 100,000 enterprises from .xlsx through POST /api/v1/enterprises/imports (rows/s, peak heap in use),
#     against the import's reader alone on the same file (the baseline, same run);
#  2. export of 1,000,000 ledger rows through GET /api/v1/enterprises/export.xlsx (seconds, rows/s, peak heap in use,
#     which must stay within the 512 MB heap), against the same rows read from PostgreSQL by psql (the baseline).
# Peak heap is sampled with jstat every 100 ms (eden + survivors + old in use, garbage included).
# Needs: a JDK (jstat), curl, psql (apt-get install postgresql-client or postgresql-15).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
total=${TOTAL:-1000000}
port=${PORT:-18181}
heap=${HEAP:-512m}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -o -DskipTests package
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -o test-compile
work=$(mktemp -d)
cpfile="$work/cp"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
app=""
sampler=""
cleanup() { [ -n "$sampler" ] && kill "$sampler" 2>/dev/null; [ -n "$app" ] && kill "$app" 2>/dev/null && { wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx"$heap" -jar target/taizhang.jar --taizhang.data-dir="$work/data" --server.port="$port" --taizhang.demo.history=false \
    >"$work/app.log" 2>&1 &
app=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "the application died:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
    sleep 0.5
done
token() {
    curl -sf -X POST "http://localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"Kaili@2026\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
dispatcher=$(token demo-dispatcher)
leader=$(token demo-leader)
curl -sf -H "Authorization: Bearer $dispatcher" "http://localhost:$port/api/v1/areas/522601002/grids.geojson" \
    | grep -o '"code":"[0-9]\{15\}"' | sed 's/"code":"\([0-9]*\)"/\1/' >"$work/grids"

# peak heap in use while a command runs, in MB
peak_during() {
    : >"$work/jstat"
    jstat -gc "$app" 100 >"$work/jstat" &
    sampler=$!
    "$@"
    kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=""
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$work/jstat"
}

echo "== import of $rows enterprises (.xlsx), heap -Xmx$heap"
java -cp "target/test-classes:target/classes:$(cat "$cpfile")" cn.taizhang.benchmarks.EnterpriseSheetBench "$work/enterprises.xlsx" "$rows" \
    "$work/grids" | tee "$work/baseline"
do_import() {
    local t0 t1
    t0=$(date +%s.%N)
    curl -s -H "Authorization: Bearer $dispatcher" -F "file=@$work/enterprises.xlsx" "http://localhost:$port/api/v1/enterprises/imports" \
        -o "$work/import.json" -w '%{http_code}' >"$work/import.status"
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }' >"$work/import.seconds"
}
peak=$(peak_during do_import)
seconds=$(cat "$work/import.seconds")
reader=$(sed -n 's/.*reader alone: [0-9.]* s, \([0-9]*\) rows\/s/\1/p' "$work/baseline")
echo "import answered $(cat "$work/import.status"): $(cut -c1-200 "$work/import.json")"
awk -v s="$seconds" -v n="$rows" -v r="$reader" -v p="$peak" 'BEGIN {
    printf "import: %d rows in %.2f s = %.0f rows/s (%.2fx the reader alone); peak heap in use %d MB\n", n, s, n / s, (n / s) / r, p }'

echo "== export of $total ledger rows, heap -Xmx$heap"
export PGHOST=localhost PGPORT="$(sed -n 4p "$work/data/pg/postmaster.pid")" PGUSER=postgres PGPASSWORD="$(cat "$work/data/pg-superuser.password")"
missing=$(( total - $(psql -d postgres -tAc "SELECT count(*) FROM enterprise") ))
if [ "$missing" -gt 0 ]; then # the rest written by SQL: the export, not the import, is measured here
    psql -q -d postgres -c "
        WITH grids AS (SELECT array_agg(code ORDER BY code) AS code FROM area WHERE level = 'grid'),
             e AS (
            INSERT INTO enterprise (uscc, name, address, area_code, employees, risk_level, status, union_founded, union_members)
            SELECT lpad('B' || g::text, 18, '0'), '凯里市导出基准第' || g || '号有限公司', '凯里市北京东路' || g || '号',
                   grids.code[1 + g % array_length(grids.code, 1)], 3 + g % 300,
                   (ARRAY['red','orange','yellow','blue'])[1 + g % 4], 'active', g % 3 = 0, CASE WHEN g % 3 = 0 THEN g % 100 END
            FROM generate_series(1, $missing) g, grids RETURNING id)
        INSERT INTO enterprise_sector (enterprise_id, sector_code) SELECT id, 'industry_trade' FROM e" >/dev/null
fi
t0=$(date +%s.%N)
psql -q -d postgres -c "\copy (SELECT e.*, (SELECT array_agg(sector_code) FROM enterprise_sector s
    WHERE s.enterprise_id = e.id) FROM enterprise e ORDER BY name, id) TO '$work/rows.csv' WITH CSV" >/dev/null
t1=$(date +%s.%N)
copy=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
do_export() {
    curl -sf -H "Authorization: Bearer $leader" "http://localhost:$port/api/v1/enterprises/export.xlsx" -o "$work/export.xlsx" \
        -w '%{time_total}' >"$work/export.seconds"
}
peak=$(peak_during do_export)
seconds=$(cat "$work/export.seconds")
size=$(stat -c %s "$work/export.xlsx")
awk -v s="$seconds" -v n="$total" -v c="$copy" -v p="$peak" -v z="$size" -v h="$heap" 'BEGIN {
    printf "export: %d rows in %.2f s = %.0f rows/s, %.1f MB; psql \\copy of the same rows %.2f s (export / copy = %.1fx); peak heap in use %d MB (bound %s)\n",
        n, s, n / s, z / 1e6, c, s / c, p, h }'
