#!/usr/bin/env bash
# Inspection benchmark (issue 18), against the application's own jar on a scratch data folder (the demo without its
# simulated year):
#  1. outings recorded over HTTP (POST /api/v1/inspections as demo-inspector): 5 visits each, every visit answering all
#     20 items of its sector's checklist, about 1 answer in 20 failed (each failure a hazard case written in the
#     outing's transaction), driven by wrk (bench/outing.lua), in outings per second — against the single-report rate
#     (POST /api/v1/cases, bench/create.lua) measured in the same run with the same connections (the baseline);
#  2. the figures query GET /api/v1/inspections/figures over a year holding 100,000 visits (filled by SQL), for the
#     city, for a 镇街 and for the city and one sector: p50 / p95 / p99 of sequential requests as demo-leader, against
#     two baselines of the same run: a trivial authenticated endpoint (GET /api/v1/sectors) timed the same way, and the
#     same figures counted by one SQL statement in psql.
# The seed checklists have 12-14 items and an answer must name an item of the visit's checklist, once: so that a visit
# answers 20 items, the script adds to the scratch database, by SQL, a checklist per sector of the inspector's reach
# (bench_<sector>, version 1): the seed checklist's items and filler items up to 20.
# Needs: curl, jq, psql and wrk (Debian: apt-get install postgresql-client-15 wrk jq).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_PHASE:-20}
warmup=${WARMUP_SECONDS:-30}
clients=${CLIENTS:-8}
visits=${VISITS:-100000}
outings=${OUTINGS:-80000}
samples=${SAMPLES:-200}
port=${PORT:-18282}
for tool in curl jq psql wrk; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install postgresql-client-15 wrk jq curl" >&2; exit 1; }
done
# always built: a jar left from an earlier commit would measure that commit
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -o -DskipTests package
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && { wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

java -jar target/taizhang.jar --taizhang.data-dir="$work/data" --server.port="$port" --taizhang.demo.history=false \
    >"$work/app.log" 2>&1 &
app=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "the application died:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
    sleep 0.5
done
base="http://localhost:$port"
token() {
    curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"Kaili@2026\"}" | jq -r .token
}
gridworker=$(token demo-gridworker)
inspector=$(token demo-inspector)
leader=$(token demo-leader)
export PGHOST=localhost PGPORT="$(sed -n 4p "$work/data/pg/postmaster.pid")" PGUSER=postgres PGPASSWORD="$(cat "$work/data/pg-superuser.password")"
q() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -tA "$@"; }
today=$(TZ=Asia/Shanghai date +%F) # the application's day is Beijing's
year_ago=$(TZ=Asia/Shanghai date -d "$today - 365 days" +%F)

# --- what an outing names: the group's two inspectors, enterprises within demo-inspector's reach, 20-item checklists
sectors="hazardous_chemicals non_coal_mining fireworks industry_trade"
in_sectors="'${sectors// /\',\'}'"
me=$(q -c "SELECT id FROM staff WHERE username = 'demo-inspector'")
mate=$(q -c "SELECT s.id FROM staff s JOIN staff_role r ON r.staff_id = s.id AND r.role = 'INSPECTOR'
    WHERE s.enabled AND s.id <> $me ORDER BY s.id LIMIT 1")
q -c "
    INSERT INTO checklist (code, sector_code, position, current_version)
    SELECT 'bench_' || code, sector_code, 100 + position, 1 FROM checklist WHERE code IN ($in_sectors);
    INSERT INTO checklist_version (checklist_code, version, name)
    SELECT 'bench_' || checklist_code, 1, '压测' || name FROM checklist_version v JOIN checklist c ON c.code = v.checklist_code
        AND c.current_version = v.version WHERE c.code IN ($in_sectors);
    INSERT INTO checklist_item (checklist_code, version, code, text, basis, major, position)
    SELECT 'bench_' || i.checklist_code, 1, i.code, i.text, i.basis, i.major, i.position FROM checklist_item i
        JOIN checklist c ON c.code = i.checklist_code AND c.current_version = i.version WHERE c.code IN ($in_sectors)
    UNION ALL
    SELECT 'bench_' || c.code, 1, 'BENCH-' || lpad(n::text, 2, '0'), '压测补充检查项' || n || '：安全管理制度和操作规程落实情况',
        '《中华人民共和国安全生产法》第二十一条', false, 1000 + n
    FROM checklist c CROSS JOIN generate_series(1, 20) n
    WHERE c.code IN ($in_sectors) AND n > (SELECT count(*) FROM checklist_item i WHERE i.checklist_code = c.code AND i.version = c.current_version)"
{
    echo "inspectors = {$me, $mate}"
    echo "items = {}"
    q -c "SELECT 'items[\"' || checklist_code || '\"] = {' || string_agg('\"' || code || '\"', ', ' ORDER BY position) || '}'
        FROM checklist_item WHERE checklist_code LIKE 'bench\_%' GROUP BY checklist_code"
    echo "enterprises = {"
    for s in $sectors; do # through the API: what demo-inspector can reach
        curl -sf -H "Authorization: Bearer $inspector" "$base/api/v1/enterprises?sector=$s&size=500" \
            | jq -r --arg c "bench_$s" '.items[] | "{\(.id), \"\($c)\"},"'
    done
    echo "}"
} >"$work/outing-data.lua"
reachable=$(grep -c '^{' "$work/outing-data.lua")
echo "an outing: group of staff $me (demo-inspector) and $mate; 5 visits among $reachable enterprises of $sectors;" \
    "20 answers a visit ($(q -c "SELECT string_agg(checklist_code || ' ' || n, ', ') FROM (SELECT checklist_code, count(*) n
        FROM checklist_item WHERE checklist_code LIKE 'bench\_%' GROUP BY 1) x"))"
# a refused outing shows here, before the load: one visit to the first enterprise, every item passed
read -r first_id first_list < <(sed -n 's/^{\([0-9]*\), "\([a-z_]*\)"},$/\1 \2/p' "$work/outing-data.lua" | head -1)
probe=$(jq -n --argjson me "$me" --argjson mate "$mate" --arg day "$today" --argjson e "$first_id" --arg c "$first_list" \
    --argjson items "$(q -c "SELECT json_agg(code ORDER BY position) FROM checklist_item WHERE checklist_code = '$first_list'")" \
    '{clientId: "00000000-0000-4000-a000-000000000001", date: $day, group: "基准检查组", inspectorIds: [$me, $mate],
      visits: [{enterpriseId: $e, checklist: $c, answers: [$items[] | {item: ., result: "pass"}]}]}')
status=$(curl -s -o "$work/probe.json" -w '%{http_code}' -X POST "$base/api/v1/inspections" -H "Authorization: Bearer $inspector" \
    -H 'Content-Type: application/json' -d "$probe")
[ "$status" = 201 ] || { echo "a probe outing was refused: $status $(cut -c1-600 "$work/probe.json")" >&2; exit 1; }

# --- the loads: both warmed up, then each measured from a checkpoint
export TOKEN GRID=522601002002001 DAY="$today" OUTING_DATA="$work/outing-data.lua"
run_wrk() { # script seconds [--latency]
    wrk -t2 -c"$clients" -d"$2s" ${3:-} -s "$1" "http://127.0.0.1:$port" 2>&1
}
rate() { echo "$1" | grep 'Requests/sec' | grep -o '[0-9.]*'; }
tables="inspection inspection_inspector inspection_visit inspection_answer inspection_hazard case_record case_event"
counts() { q -c "SELECT $(for t in $tables; do printf "(SELECT count(*) FROM $t),"; done | sed 's/,$//')" | tr '|' ' '; }
written() { # before after: the rows each table gained
    paste -d' ' <(tr ' ' '\n' <<<"$tables") <(tr ' ' '\n' <<<"$1") <(tr ' ' '\n' <<<"$2") | awk '{ printf "%s %d, ", $1, $3 - $2 }' | sed 's/, $//'
}
gained() { # before after table: the rows it gained
    paste -d' ' <(tr ' ' '\n' <<<"$tables") <(tr ' ' '\n' <<<"$1") <(tr ' ' '\n' <<<"$2") | awk -v t="$3" '$1 == t { print $3 - $2 }'
}
TOKEN=$gridworker; echo "warm-up, single reports (${warmup} s): $(rate "$(run_wrk bench/create.lua "$warmup")") reports/s"
TOKEN=$inspector; out=$(run_wrk bench/outing.lua "$warmup"); echo "warm-up, outings (${warmup} s): $(rate "$out") outings/s"
echo "$out" | grep -E 'refused|Non-2xx' || true

q -c 'CHECKPOINT'
TOKEN=$gridworker
before=$(counts); reports=$(run_wrk bench/create.lua "$seconds" --latency); after=$(counts)
single=$(rate "$reports")
echo "single reports (wrk, $clients connections, ${seconds} s): ${single} reports/s, p50 $(echo "$reports" | awk '/ 50%/ {print $2}'), p99 $(echo "$reports" | awk '/ 99%/ {print $2}')$(echo "$reports" | grep -q Non-2xx && echo ', SOME FAILED')"
echo "  rows written: $(written "$before" "$after")"
report_cases=$(gained "$before" "$after" case_record)

q -c 'CHECKPOINT'
TOKEN=$inspector
before=$(counts); recorded=$(run_wrk bench/outing.lua "$seconds" --latency); after=$(counts)
echo "$recorded" | grep -E 'refused|Non-2xx' || true
out_rate=$(rate "$recorded")
echo "outings (wrk, $clients connections, ${seconds} s): ${out_rate} outings/s, p50 $(echo "$recorded" | awk '/ 50%/ {print $2}'), p99 $(echo "$recorded" | awk '/ 99%/ {print $2}')$(echo "$recorded" | grep -q Non-2xx && echo ', SOME FAILED')"
echo "  rows written: $(written "$before" "$after")"
awk -v o="$out_rate" -v s="$single" -v t="$seconds" -v v="$(gained "$before" "$after" inspection_visit)" -v r="$report_cases" \
    -v a="$(gained "$before" "$after" inspection_answer)" -v h="$(gained "$before" "$after" inspection_hazard)" \
    -v c="$(gained "$before" "$after" case_record)" 'BEGIN {
    printf "  = %.1f visits/s, %.0f answers/s, %.1f hazard cases/s (%.2f a visit, %.2f%% of answers failed)\n", v / t, a / t, c / t, h / v, 100 * h / a;
    printf "outings/s / single reports/s = %.3fx; case rows written per second while recording outings / while reporting = %.3fx\n", o / s, (c / t) / (r / t) }'

# --- a year of inspections: filled by SQL up to $visits visits over the past 365 days, the figures queried over HTTP
missing=$(( visits - $(q -c "SELECT count(*) FROM inspection_visit") ))
if [ "$missing" -gt 0 ]; then
    make=$(( missing * outings / visits ))
    t0=$(date +%s.%N)
    q -c "
        SELECT setseed(0.18);
        -- enterprises whose sector has a checklist, each with that sector (the first, when it has several)
        CREATE TEMP TABLE ent AS
        SELECT row_number() OVER (ORDER BY e.id) AS n, e.id, e.name, e.area_code, s.sector_code
        FROM enterprise e JOIN LATERAL (SELECT es.sector_code FROM enterprise_sector es JOIN checklist c ON c.code = es.sector_code
            WHERE es.enterprise_id = e.id ORDER BY es.sector_code LIMIT 1) s ON true
        WHERE e.area_code IN (SELECT code FROM area WHERE level = 'grid');
        CREATE TEMP TABLE ins AS
        SELECT row_number() OVER (ORDER BY s.id) AS n, s.id, s.department_id FROM staff s
        WHERE s.enabled AND EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = 'INSPECTOR');
        CREATE TEMP TABLE o AS
        SELECT k, nextval('inspection_id_seq') AS id, DATE '$today' - 1 - floor(random() * 365)::int AS day,
               1 + floor(random() * (SELECT count(*) FROM ins))::int AS inspector
        FROM generate_series(1, $make) k;
        CREATE TEMP TABLE v AS
        SELECT nextval('inspection_visit_id_seq') AS id, o.id AS inspection_id, o.inspector,
               (row_number() OVER (PARTITION BY x.k ORDER BY x.g) - 1)::int AS position, o.day, e.id AS enterprise_id, e.name,
               e.area_code, e.sector_code, x.r
        FROM (SELECT g, 1 + (g - 1)::bigint * $make / $missing AS k, 1 + floor(random() * (SELECT count(*) FROM ent))::int AS en, random() AS r
              FROM generate_series(1, $missing) g) x
        JOIN o ON o.k = x.k JOIN ent e ON e.n = x.en;
        -- about one hazard a visit (0, 1, 2 or 3; the seeds' own sentence has 13,232 hazards for 12,986 visits), 3% major,
        -- 96% of their cases closed (已整改)
        CREATE TEMP TABLE h AS
        SELECT nextval('case_record_id_seq') AS case_id, row_number() OVER () AS n, v.*, m, random() < 0.03 AS major,
               random() < 0.96 AS closed
        FROM v CROSS JOIN LATERAL generate_series(1, CASE WHEN v.r < 0.37 THEN 0 WHEN v.r < 0.74 THEN 1 WHEN v.r < 0.92 THEN 2 ELSE 3 END) m;
        INSERT INTO inspection (id, request_hash, day, group_name, recorded_by, department_id, created_at)
        SELECT o.id, 'bench-fill', o.day, '基准检查组' || o.k, i.id, i.department_id, o.day + TIME '17:00'
        FROM o JOIN ins i ON i.n = o.inspector;
        INSERT INTO inspection_inspector (inspection_id, staff_id)
        SELECT o.id, i.id FROM o JOIN ins i ON i.n = o.inspector
        UNION SELECT o.id, i.id FROM o JOIN ins i ON i.n = 1 + o.inspector % (SELECT count(*) FROM ins);
        INSERT INTO inspection_visit (id, inspection_id, position, day, enterprise_id, subject_name, area_code, sector_code,
                                      checklist_code, checklist_version)
        SELECT v.id, v.inspection_id, v.position, v.day, v.enterprise_id, v.name, v.area_code, v.sector_code, v.sector_code, 1 FROM v;
        INSERT INTO case_record (id, number, type_code, severity, sector, state, area_code, unit_id, description, source, reporter_id,
                                 deadline, dispatched_at, handled_at, closed_at, created_at, updated_at, request_hash, subject_kind, subject_id)
        SELECT h.case_id, '522601-' || extract(year FROM h.day) || '-B' || lpad(h.n::text, 6, '0'), 'safety_hazard',
               CASE WHEN h.major THEN 'major' ELSE 'general' END, h.sector_code, CASE WHEN h.closed THEN 'closed' ELSE 'dispatched' END,
               h.area_code, (SELECT min(department_id) FROM department_sector ds WHERE ds.sector_code = h.sector_code),
               '检查发现：' || h.name || '，压测隐患', 'inspection', i.id, h.day + 7, h.day + TIME '18:00',
               CASE WHEN h.closed THEN h.day + 3 END, CASE WHEN h.closed THEN h.day + 4 END, h.day + TIME '17:00',
               h.day + CASE WHEN h.closed THEN 4 ELSE 0 END, 'bench-fill', 'enterprise', h.enterprise_id
        FROM h JOIN ins i ON i.n = h.inspector;
        INSERT INTO inspection_hazard (case_id, visit_id, item_code, description, major, rectified)
        SELECT h.case_id, h.id, NULL, '压测隐患', h.major, h.closed FROM h;
        ANALYZE inspection; ANALYZE inspection_inspector; ANALYZE inspection_visit; ANALYZE inspection_hazard; ANALYZE case_record;
        CHECKPOINT" >/dev/null
    t1=$(date +%s.%N)
    echo "filled by SQL in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }') s: $make outings, $missing visits (no answers: the figures do not read them), $(q -c "SELECT count(*) FROM inspection_hazard WHERE description = '压测隐患'") hazards with their cases"
fi
echo "in the year $year_ago..$today: $(q -c "SELECT count(DISTINCT inspection_id) || ' outings, ' || count(*) || ' visits, ' || count(DISTINCT area_code)
    || ' grids, ' || count(DISTINCT sector_code) || ' sectors' FROM inspection_visit WHERE day BETWEEN '$year_ago' AND '$today'"), $(q -c "
    SELECT count(*) || ' hazards (' || count(*) FILTER (WHERE c.state = 'closed') || ' closed)' FROM inspection_hazard h
    JOIN inspection_visit v ON v.id = h.visit_id JOIN case_record c ON c.id = h.case_id WHERE v.day BETWEEN '$year_ago' AND '$today'")"

# p50 / p95 / p99 (nearest rank) of a column of milliseconds
percentiles() {
    sort -n | awk '{ t[NR] = $1 } END { n = NR; split("50 95 99", q, " ");
        for (i = 1; i <= 3; i++) { r = int((q[i] * n + 99) / 100); printf "p%s %.1f ms%s", q[i], t[r], (i < 3 ? ", " : "") } }'
}
# sequential requests as demo-leader: 20 untimed, then $samples timed by curl (time_total)
timed() { # label path
    for _ in $(seq 20); do curl -sf -o /dev/null -H "Authorization: Bearer $leader" "$base$2"; done
    for _ in $(seq "$samples"); do
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $leader" "$base$2"
    done >"$work/times"
    local failed
    failed=$(awk '$1 != 200' "$work/times" | wc -l)
    echo "$1: $(awk '{ print $2 * 1000 }' "$work/times" | percentiles) ($samples requests$([ "$failed" -eq 0 ] || echo ", $failed FAILED"))"
}
# the same figures by one SQL statement, $samples / 10 times in one psql session (\timing: planning, execution and the
# round trip, no HTTP, no JSON)
sql_figures() { # label area sector-or-empty
    local sector_filter=""
    [ -z "$3" ] || sector_filter="AND v.sector_code = '$3'"
    local statement="WITH v AS (SELECT v.id, v.inspection_id FROM inspection_visit v JOIN inspection i ON i.id = v.inspection_id
            WHERE v.area_code LIKE '$2%' AND v.day >= DATE '$year_ago' AND v.day < DATE '$today' + 1 $sector_filter),
        hz AS (SELECT h.major, c.state = 'closed' AS closed FROM inspection_hazard h JOIN v ON v.id = h.visit_id JOIN case_record c ON c.id = h.case_id)
        SELECT (SELECT count(DISTINCT inspection_id) FROM v), (SELECT count(*) FROM inspection_inspector p
            WHERE p.inspection_id IN (SELECT inspection_id FROM v)), (SELECT count(*) FROM v), (SELECT count(*) FROM hz),
            (SELECT count(*) FROM hz WHERE closed), (SELECT count(*) FROM hz WHERE major), (SELECT count(*) FROM hz WHERE major AND closed);"
    { echo '\timing on'; for _ in $(seq $(( samples / 10 ))); do echo "$statement"; done; } | psql -X -q -d postgres -tA >"$work/sql.out"
    echo "$1 in SQL: $(grep -o '^Time: [0-9.]*' "$work/sql.out" | awk '{ print $2 }' | percentiles) ($(( samples / 10 )) statements; counts $(grep -v '^Time' "$work/sql.out" | head -1))"
}
sentence() { curl -sf -H "Authorization: Bearer $leader" "$base$1" | jq -r '.figures | "\(.groups) outings, \(.inspectors) inspector-times, \(.enterprises) visits, \(.hazardsFound) hazards, \(.hazardsRectified) rectified, \(.majorHazards) major"'; }

echo "== the figures query over the year, $samples sequential requests each as demo-leader"
city="/api/v1/inspections/figures?area=522601&from=$year_ago&to=$today"
town="/api/v1/inspections/figures?area=522601002&from=$year_ago&to=$today"
sector="/api/v1/inspections/figures?area=522601&from=$year_ago&to=$today&sector=industry_trade"
for path in "$city" "$town" "$sector"; do echo "answer of ${path#*\?}: $(sentence "$path")"; done
timed "baseline: GET /api/v1/sectors (a trivial authenticated endpoint)" "/api/v1/sectors"
timed "city 522601, a year" "$city"
timed "镇街 522601002, a year" "$town"
timed "city 522601, a year, sector industry_trade" "$sector"
timed "baseline again: GET /api/v1/sectors" "/api/v1/sectors"
sql_figures "city 522601, a year" 522601 ""
sql_figures "镇街 522601002, a year" 522601002 ""
sql_figures "city 522601, a year, sector industry_trade" 522601 industry_trade
