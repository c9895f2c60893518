package cn.taizhang.cases.tally;

import cn.taizhang.platform.db.Maintenance;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the deltas the case_record triggers append into the tallies of every level (county, 镇街, 村社区,
 * grid) and grain (year, month, day): a total row per area and period (type and source {@code *}) for the
 * queries that narrow by nothing, and a row per narrowing key (type, source, unit, sector) — by day only
 * for the county and the 镇街. The input is sorted by the tally key, so that a large backlog updates the
 * index in order. Each chunk is deleted and added in one transaction, so a query,
 * which reads both, never sees a delta twice or not at all. One compactor at a time across instances
 * (a transaction-level advisory lock); the scheduled run skips when another holds it. After a bulk load
 * the tallies are rebuilt from the case rows instead ({@link #rebuild()}): folding runs at 3–6 k deltas a
 * second, far behind a loader's 7 k cases a second.
 */
@Component
public class TallyCompactor {

    static final long LOCK = 0x7461_6c6c_79L; // "tally"
    static final int CHUNK = 200_000;
    /** Day rows per narrowing key exist for the county and the 镇街 (codes up to 9 digits); below, as many as cases. */
    static final int DAY_TALLY_CODE_LENGTH = 9;

    /**
     * Adds the delta rows of {@code %1$s} (a WITH query: case_tally_delta's columns) into the tallies of the
     * grains and levels in :grains ("y6", "m15", …), summed per key and per total; answers how many delta rows
     * it read.
     */
    private static final String FOLD = """
            WITH %1$s, folded AS (
                INSERT INTO case_tally AS t (area, grain, period, type_code, source, unit_id, sector, reported, registered, rejected,
                                             dispatched, returned, handled, closed, closed_on_time, open, overdue, reworked,
                                             extended, deferred, supervised)
                SELECT substr(m.area_code, 1, g.len), g.grain,
                       CASE g.grain WHEN 'd' THEN m.day WHEN 'm' THEN m.day - extract(day FROM m.day)::int + 1
                            ELSE make_date(extract(year FROM m.day)::int, 1, 1) END,
                       CASE WHEN grouping(m.type_code) = 1 THEN '*' ELSE m.type_code END,
                       CASE WHEN grouping(m.source) = 1 THEN '*' ELSE m.source END, m.unit_id, m.sector,
                       sum(m.reported), sum(m.registered), sum(m.rejected), sum(m.dispatched), sum(m.returned), sum(m.handled),
                       sum(m.closed), sum(m.closed_on_time), sum(m.open), sum(m.overdue), sum(m.reworked), sum(m.extended),
                       sum(m.deferred), sum(m.supervised)
                FROM moved m CROSS JOIN (VALUES ('y', 6), ('y', 9), ('y', 12), ('y', 15), ('m', 6), ('m', 9), ('m', 12), ('m', 15),
                                                ('d', 6), ('d', 9), ('d', 12), ('d', 15)) g(grain, len)
                WHERE g.grain || g.len = ANY(:grains)
                GROUP BY GROUPING SETS ((1, 2, 3, m.type_code, m.source, m.unit_id, m.sector), (1, 2, 3))
                HAVING g.grain <> 'd' OR length(substr(m.area_code, 1, g.len)) <= :dayKeys OR grouping(m.type_code) = 1
                ORDER BY 1, 2, 3, 4, 5, 6, 7
                ON CONFLICT (area, grain, period, type_code, source, unit_id, sector) DO UPDATE SET
                    reported = t.reported + excluded.reported, registered = t.registered + excluded.registered,
                    rejected = t.rejected + excluded.rejected, dispatched = t.dispatched + excluded.dispatched,
                    returned = t.returned + excluded.returned, handled = t.handled + excluded.handled,
                    closed = t.closed + excluded.closed, closed_on_time = t.closed_on_time + excluded.closed_on_time,
                    open = t.open + excluded.open, overdue = t.overdue + excluded.overdue, reworked = t.reworked + excluded.reworked,
                    extended = t.extended + excluded.extended, deferred = t.deferred + excluded.deferred,
                    supervised = t.supervised + excluded.supervised
            )
            SELECT count(*) FROM moved
            """;
    private static final String[] ALL_GRAINS = {"y6", "y9", "y12", "y15", "m6", "m9", "m12", "m15", "d6", "d9", "d12", "d15"};

    /**
     * The oldest chunk of deltas, deleted as it is folded: a range of ids, whatever the plan. The statement is
     * planned while the table is nearly empty, as it is in steady state, and the plan is kept; {@code id IN (the
     * oldest ids)} was then a nested loop, quadratic in a backlog (a chunk of 200,000 took 163 s under load).
     */
    private static final String MOVE = FOLD.formatted("""
            moved AS (DELETE FROM case_tally_delta
                      WHERE id <= (SELECT max(id) FROM (SELECT id FROM case_tally_delta ORDER BY id LIMIT :chunk) oldest)
                      RETURNING *)""");

    /** Rebuild, days: every delta as it is (per key for the two upper levels, totals for all). */
    private static final String REBUILD_DAYS = FOLD.formatted("moved AS (SELECT * FROM case_tally_delta)");

    /** Rebuild, months and years: the deltas summed per grid and month first, which folds far fewer rows. */
    private static final String REBUILD_MONTHS = FOLD.formatted("""
            moved AS (SELECT area_code, date_trunc('month', day)::date AS day, type_code, source, unit_id, sector, %s
                      FROM case_tally_delta GROUP BY 1, 2, 3, 4, 5, 6)""".formatted(TallyQueries.SUMS));

    /** A backlog from which rebuilding from the case rows is quicker than folding (about 3–6 k deltas a second). */
    static final long REBUILD_AT = 200_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OverdueSweep sweep;
    private final Maintenance maintenance;
    /** Bulk loads and compactNow() calls under way in this instance. */
    private final AtomicInteger explicit = new AtomicInteger();

    TallyCompactor(JdbcClient jdbc, TransactionTemplate tx, OverdueSweep sweep, Maintenance maintenance) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sweep = sweep;
        this.maintenance = maintenance;
    }

    @Scheduled(fixedDelayString = "${taizhang.cases.tally-compaction:1s}")
    void run() {
        long moved;
        do {
            moved = explicit.get() > 0 ? 0 : chunk(false); // a bulk load or compactNow() here goes first
        } while (moved == CHUNK);
    }

    /**
     * Runs a bulk load of cases with the scheduled folding paused in this instance, then marks the overdue,
     * refreshes the case table's statistics and calls {@link #compactNow()}: folding millions of deltas chunk
     * by chunk beside the load would slow it and still be behind at the end.
     */
    public void bulkLoad(Runnable load) {
        explicit.incrementAndGet();
        try {
            load.run();
            sweep.run();
            // statistics of the filled table, marks included, for every plan from now on
            maintenance.vacuumAnalyze("case_record");
            compactNow();
        } finally {
            explicit.decrementAndGet();
        }
    }

    /**
     * Marks the cases overdue now and moves every delta, waiting for a running compactor; answers how many
     * deltas were moved. A large backlog (a bulk load) is not folded but the tallies rebuilt from the case rows.
     */
    public long compactNow() {
        explicit.incrementAndGet(); // the scheduled folding stops after its current chunk, so the lock comes soon
        try {
            return compactAll();
        } finally {
            explicit.decrementAndGet();
        }
    }

    private long compactAll() {
        sweep.run();
        long backlog = jdbc.sql("SELECT count(*) FROM case_tally_delta").query(Long.class).single();
        long total = 0;
        if (backlog >= REBUILD_AT) {
            total = rebuild();
        } else {
            long moved;
            do {
                moved = chunk(true);
                total += moved;
            } while (moved == CHUNK);
        }
        if (total > 0) {
            maintenance.vacuumAnalyze("case_tally", "case_tally_delta"); // a bulk fold leaves stale statistics and dead rows
        }
        return total;
    }

    /**
     * Recomputes every tally from the case rows, in one transaction that writers wait for (the case table
     * is share-locked, so no delta can be missed or counted twice) and readers too (the tallies are
     * truncated): the case rows become deltas by the one definition, which are folded per day for the
     * upper levels (totals for all) and per month for every level. Answers the number of deltas folded.
     */
    long rebuild() {
        Long folded = tx.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Integer.class).single();
            jdbc.sql("LOCK TABLE case_record IN SHARE MODE").update();
            jdbc.sql("SET LOCAL work_mem = '256MB'").update();
            jdbc.sql("TRUNCATE case_tally, case_tally_delta").update();
            jdbc.sql("DO $$ BEGIN EXECUTE case_tally_delta_sql('SELECT 1 AS sign, * FROM case_record'); END $$").update();
            long deltas = fold(REBUILD_DAYS, "d6", "d9", "d12", "d15");
            fold(REBUILD_MONTHS, "y6", "y9", "y12", "y15", "m6", "m9", "m12", "m15");
            jdbc.sql("TRUNCATE case_tally_delta").update();
            return deltas;
        });
        return folded == null ? 0 : folded;
    }

    private long fold(String sql, String... grains) {
        return jdbc.sql(sql).param("grains", grains).param("dayKeys", DAY_TALLY_CODE_LENGTH).query(Long.class).single();
    }

    /** Folds the oldest chunk of deltas, unless another compactor holds the lock and {@code wait} is false; answers how many. */
    long chunk(boolean wait) {
        Long moved = tx.execute(status -> {
            if (wait) {
                jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Integer.class).single();
            } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
                return 0L;
            }
            return jdbc.sql(MOVE).param("chunk", CHUNK).param("grains", ALL_GRAINS).param("dayKeys", DAY_TALLY_CODE_LENGTH)
                    .query(Long.class).single();
        });
        return moved == null ? 0 : moved;
    }
}
