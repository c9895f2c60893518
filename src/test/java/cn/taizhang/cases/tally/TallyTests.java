package cn.taizhang.cases.tally;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseGrouping;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tallies against the raw COUNT FILTER recomputation, after random mixes of changes to case rows
 * (single and multi-row updates that move cases between states, units and counters; bulk inserts), with
 * the deltas still pending and after compaction, for every level, periods cut at month and year edges in
 * Asia/Shanghai, and every narrowing.
 */
@IntegrationTest
class TallyTests {

    static final LocalDate FIRST = LocalDate.parse("2018-11-20");
    static final LocalDate LAST = LocalDate.parse("2020-02-10");

    @Autowired
    CaseCounting counting;

    @Autowired
    RawCounts raw;

    @Autowired
    TallyCompactor compactor;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    final Random random = new Random(42);
    List<String> grids;
    List<Long> units;
    String town;

    @BeforeEach
    void setUp() {
        town = OwnedArea.TALLIES.code(TallyTests.class);
        grids = jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code LIMIT 6", String.class,
                town + "%");
        units = jdbc.queryForList("SELECT id FROM department ORDER BY id LIMIT 3", Long.class);
    }

    @Test
    void tallyFiguresEqualTheRawRecountWithDeltasPendingAndAfterCompaction() throws Exception {
        try (Connection blocker = dataSource.getConnection()) {
            hold(blocker, true); // the scheduled compactor skips while we hold its lock
            for (int i = 0; i < 40; i++) {
                insert(1 + random.nextInt(3));
            }
            bulkInsert(60);
            for (int round = 0; round < 25; round++) {
                transition();
                if (round % 5 == 4) {
                    sweep.run(); // overdue cases move from the live count into the tallies
                }
                assertExact(CaseSelection.of(town, FIRST, LAST.plusDays(1)), Scope.area(town)); // read-your-writes
            }
            assertThat(jdbc.queryForObject("SELECT count(*) FROM case_tally_delta WHERE area_code LIKE ?", Long.class, town + "%"))
                    .as("deltas pending").isPositive();
            assertEverySelectionExact();
            hold(blocker, false);
        }
        counting.compactNow();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_tally_delta WHERE area_code LIKE ?", Long.class, town + "%"))
                .as("deltas folded").isZero();
        assertEverySelectionExact();
        for (int round = 0; round < 10; round++) { // tallies and new deltas together
            transition();
        }
        assertEverySelectionExact();
    }

    @Test
    void overdueCasesAreCountedOnceWhetherMarkedOrNotAndLeaveTheCountWhenTheirDeadlineMoves() {
        insert(12);
        jdbc.update("""
                UPDATE case_record SET state = 'dispatched', unit_id = ?, dispatched_at = now(), deadline = now() - interval '1 day'
                WHERE area_code LIKE ? AND state = 'reported'
                """, units.get(0), town + "%");
        CaseSelection all = CaseSelection.of(town, FIRST, LAST.plusDays(1));
        Scope scope = Scope.area(town);
        long overdue = raw.count(all, scope).overdue();
        assertThat(overdue).isGreaterThanOrEqualTo(12);
        assertThat(counting.count(all, scope).overdue()).as("live, not marked yet").isEqualTo(overdue);
        sweep.run();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM case_record WHERE area_code LIKE ? AND state = 'dispatched' AND NOT overdue_marked AND deadline < now()
                """, Long.class, town + "%")).as("left to count live").isZero();
        assertThat(counting.count(all, scope).overdue()).as("marked, from the deltas").isEqualTo(overdue);
        counting.compactNow();
        assertThat(counting.count(all, scope).overdue()).as("marked, from the tallies").isEqualTo(overdue);
        // an extension as the case's save writes it: the deadline moves forward and the mark is recomputed
        jdbc.update("""
                UPDATE case_record SET deadline = now() + interval '3 days', overdue_marked = false
                WHERE id = (SELECT min(id) FROM case_record WHERE area_code LIKE ? AND state = 'dispatched' AND overdue_marked)
                """, town + "%");
        assertThat(counting.count(all, scope).overdue()).isEqualTo(overdue - 1).isEqualTo(raw.count(all, scope).overdue());
    }

    @Test
    void rebuildingFromTheCaseRowsGivesTheSameFigures() {
        for (int i = 0; i < 30; i++) {
            insert(1);
        }
        for (int round = 0; round < 8; round++) {
            transition();
        }
        sweep.run();
        assertThat(compactor.rebuild()).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_tally_delta", Long.class)).isZero();
        assertEverySelectionExact();
        transition(); // and the triggers go on from there
        assertEverySelectionExact();
    }

    @Test
    void groupsAddUpToTheTotalAndEmptyAreasAreZero() {
        for (int i = 0; i < 30; i++) {
            insert(1);
        }
        for (int round = 0; round < 5; round++) {
            transition();
        }
        CaseSelection all = CaseSelection.of(town, FIRST, LAST.plusDays(1));
        Scope scope = Scope.area(town);
        Counts total = counting.count(all, scope);
        for (CaseGrouping grouping : CaseGrouping.values()) {
            Counts sum = counting.breakdown(all, grouping, scope).values().stream().reduce(Counts.ZERO, Counts::plus);
            assertThat(sum).as(grouping.name()).isEqualTo(total);
        }
        String emptyGrid = grids.get(0).substring(0, 12) + "999";
        Map<String, Counts> byGrid = counting.byArea(all, List.of(grids.get(0), emptyGrid), scope);
        assertThat(byGrid.keySet()).containsExactly(grids.get(0), emptyGrid);
        assertThat(byGrid.get(emptyGrid)).isEqualTo(Counts.ZERO);
        Map<String, Counts> byMonth = counting.breakdown(all, CaseGrouping.MONTH, scope);
        assertThat(byMonth.keySet()).allMatch(k -> k.matches("20(18-1[12]|19-\\d\\d|20-0[12])"));
    }

    private void assertEverySelectionExact() {
        String village = grids.get(0).substring(0, 12);
        List<String> areas = List.of("522601", town, village, grids.get(0));
        List<LocalDate[]> periods = List.of(
                period("2019-12-31", "2020-01-01"), period("2020-01-01", "2020-01-02"), period("2019-12-31", "2020-01-02"),
                period("2019-01-01", "2020-01-01"), period("2018-12-15", "2020-02-03"), period("2019-03-01", "2019-05-01"),
                period("2019-02-27", "2019-03-02"), period(FIRST.toString(), LAST.plusDays(1).toString()));
        for (String area : areas) {
            for (LocalDate[] p : periods) {
                assertExact(CaseSelection.of(area, p[0], p[1]), Scope.area(area));
            }
        }
        LocalDate[] all = period(FIRST.toString(), LAST.plusDays(1).toString());
        assertExact(new CaseSelection(town, all[0], all[1], "safety_hazard", null, null, null), Scope.area(town));
        assertExact(new CaseSelection(town, all[0], all[1], null, "citizen", null, null), Scope.area(town));
        assertExact(new CaseSelection(town, all[0], all[1], null, null, "fire_safety", null), Scope.area(town));
        assertExact(new CaseSelection(town, all[0], all[1], null, null, null, units.get(1)), Scope.area(town));
        assertExact(new CaseSelection(village, all[0], all[1], "city_sanitation", "grid_worker", null, units.get(0)),
                Scope.area(village));
        assertExact(CaseSelection.of(town, all[0], all[1]), new Scope(town, units.get(2))); // a department's staff
    }

    // Both counts in one REPEATABLE READ transaction: one snapshot and one now() for "overdue".
    private void assertExact(CaseSelection s, Scope scope) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.executeWithoutResult(status -> assertThat(counting.count(s, scope)).as(s + " " + scope).isEqualTo(raw.count(s, scope)));
    }

    private void insert(int n) {
        for (int i = 0; i < n; i++) {
            Instant created = randomInstant();
            String type = random.nextBoolean() ? "safety_hazard" : "city_sanitation";
            jdbc.update("""
                    INSERT INTO case_record (number, type_code, severity, sector, state, area_code, description, source, reporter_id,
                                             created_at, updated_at, request_hash)
                    VALUES (?, ?, 'general', ?, 'reported', ?, '汇总测试', ?, (SELECT min(id) FROM staff), ?, ?, 'x')
                    """, "T-" + UUID.randomUUID(), type, type.equals("safety_hazard") ? pick("fire_safety", "transport", "hazardous_chemicals") : null,
                    pick(grids.toArray(String[]::new)), pick("grid_worker", "citizen", "inspection"), Timestamp.from(created),
                    Timestamp.from(created));
        }
    }

    // One INSERT ... SELECT of many rows: the trigger sums the whole statement.
    private void bulkInsert(int n) {
        jdbc.update("""
                INSERT INTO case_record (number, type_code, severity, state, area_code, description, source, reporter_id,
                                         created_at, updated_at, request_hash)
                SELECT 'TB-' || gen_random_uuid(), 'city_sanitation', 'general', 'reported', ?, '批量', 'citizen',
                       (SELECT min(id) FROM staff), t, t, 'x'
                FROM generate_series(?::timestamptz, ?::timestamptz, ?::interval) t
                """, grids.get(1), Timestamp.from(instant("2019-12-31T00:00:00+08:00")), Timestamp.from(instant("2020-01-01T23:00:00+08:00")),
                (48 * 60 / n) + " minutes");
    }

    // A random transition of a random set of this town's cases, in one statement: state, unit, counters, times.
    private void transition() {
        String state = pick("registered", "rejected", "dispatched", "handled", "closed", "deferred", "dispatched");
        boolean withUnit = !List.of("registered", "rejected").contains(state);
        Instant now = Instant.now();
        Instant deadline = random.nextBoolean() ? now.minusSeconds(86_400) : now.plusSeconds(86_400 * 3);
        jdbc.update("""
                UPDATE case_record SET state = ?, unit_id = ?, dispatched_at = CASE WHEN CAST(? AS boolean) THEN coalesce(dispatched_at, now()) END,
                       deadline = ?, closed_at = CASE WHEN CAST(? AS text) = 'closed' THEN CAST(? AS timestamptz) END,
                       return_count = return_count + ?, rework_count = rework_count + ?, extension_count = extension_count + ?,
                       supervised_count = supervised_count + ?, reopened_count = reopened_count + ?, version = version + 1,
                       overdue_marked = (CAST(? AS text) = 'dispatched' AND CAST(? AS timestamptz) < now())
                WHERE id IN (SELECT id FROM case_record WHERE area_code LIKE ? ORDER BY random() LIMIT ?)
                """, state, withUnit ? units.get(random.nextInt(units.size())) : null, withUnit, Timestamp.from(deadline), state,
                Timestamp.from(random.nextBoolean() ? deadline.minusSeconds(60) : deadline.plusSeconds(60)), bit(), bit(), bit(), bit(),
                bit(), state, Timestamp.from(deadline), town + "%", 1 + random.nextInt(8));
    }

    private int bit() {
        return random.nextInt(5) == 0 ? 1 : 0;
    }

    private Instant randomInstant() {
        if (random.nextInt(4) == 0) { // the turn of the year in Shanghai, to the second
            return instant(pick("2019-12-31T23:59:59+08:00", "2020-01-01T00:00:00+08:00", "2019-02-28T23:59:59+08:00"));
        }
        long seconds = random.nextLong(instant(LAST + "T23:59:59+08:00").getEpochSecond() - instant(FIRST + "T00:00:00+08:00").getEpochSecond());
        return instant(FIRST + "T00:00:00+08:00").plusSeconds(seconds);
    }

    private static Instant instant(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    private static LocalDate[] period(String from, String until) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(until)};
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static void hold(Connection connection, boolean hold) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute((hold ? "SELECT pg_advisory_lock(" : "SELECT pg_advisory_unlock(") + TallyCompactor.LOCK + ")");
        }
    }
}
