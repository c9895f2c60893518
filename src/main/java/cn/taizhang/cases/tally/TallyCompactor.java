package cn.taizhang.cases.tally;

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
 * (a transaction-level advisory lock); the scheduled run skips when another holds it.
 */
@Component
public class TallyCompactor {

    static final long LOCK = 0x7461_6c6c_79L; // "tally"
    static final int CHUNK = 200_000;
    /** Day rows per narrowing key exist for the county and the 镇街 (codes up to 9 digits); below, as many as cases. */
    static final int DAY_TALLY_CODE_LENGTH = 9;

    private static final String MOVE = """
            WITH moved AS (
                DELETE FROM case_tally_delta WHERE id IN (SELECT id FROM case_tally_delta ORDER BY id LIMIT :chunk) RETURNING *
            ), folded AS (
                INSERT INTO case_tally AS t (area, grain, period, type_code, source, unit_id, sector, reported, registered, rejected,
                                             dispatched, returned, handled, closed, closed_on_time, open, reworked, extended,
                                             deferred, supervised)
                SELECT substr(m.area_code, 1, g.len), g.grain,
                       CASE g.grain WHEN 'd' THEN m.day WHEN 'm' THEN m.day - extract(day FROM m.day)::int + 1
                            ELSE make_date(extract(year FROM m.day)::int, 1, 1) END,
                       CASE WHEN grouping(m.type_code) = 1 THEN '*' ELSE m.type_code END,
                       CASE WHEN grouping(m.source) = 1 THEN '*' ELSE m.source END, m.unit_id, m.sector,
                       sum(m.reported), sum(m.registered), sum(m.rejected), sum(m.dispatched), sum(m.returned), sum(m.handled),
                       sum(m.closed), sum(m.closed_on_time), sum(m.open), sum(m.reworked), sum(m.extended), sum(m.deferred),
                       sum(m.supervised)
                FROM moved m CROSS JOIN (VALUES ('y', 6), ('y', 9), ('y', 12), ('y', 15), ('m', 6), ('m', 9), ('m', 12), ('m', 15),
                                                ('d', 6), ('d', 9), ('d', 12), ('d', 15)) g(grain, len)
                GROUP BY GROUPING SETS ((1, 2, 3, m.type_code, m.source, m.unit_id, m.sector), (1, 2, 3))
                HAVING g.grain <> 'd' OR length(substr(m.area_code, 1, g.len)) <= :dayKeys OR grouping(m.type_code) = 1
                ORDER BY 1, 2, 3, 4, 5, 6, 7
                ON CONFLICT (area, grain, period, type_code, source, unit_id, sector) DO UPDATE SET
                    reported = t.reported + excluded.reported, registered = t.registered + excluded.registered,
                    rejected = t.rejected + excluded.rejected, dispatched = t.dispatched + excluded.dispatched,
                    returned = t.returned + excluded.returned, handled = t.handled + excluded.handled,
                    closed = t.closed + excluded.closed, closed_on_time = t.closed_on_time + excluded.closed_on_time,
                    open = t.open + excluded.open, reworked = t.reworked + excluded.reworked,
                    extended = t.extended + excluded.extended, deferred = t.deferred + excluded.deferred,
                    supervised = t.supervised + excluded.supervised
            )
            SELECT count(*) FROM moved
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    TallyCompactor(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${taizhang.cases.tally-compaction:1s}")
    void run() {
        long moved;
        do {
            moved = chunk(false);
        } while (moved == CHUNK);
    }

    /** Moves every delta now, waiting for a running compactor; answers how many were moved. */
    public long compactNow() {
        long total = 0;
        long moved;
        do {
            moved = chunk(true);
            total += moved;
        } while (moved == CHUNK);
        if (total > 0 && ownsTallies()) {
            jdbc.sql("ANALYZE case_tally").update(); // fresh statistics after a bulk fold; otherwise autovacuum's
        }
        return total;
    }

    /** Only the owner may analyze: the embedded set-up's application role is not (PostgreSQL would skip it with a warning). */
    private boolean ownsTallies() {
        return jdbc.sql("SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class WHERE oid = 'case_tally'::regclass")
                .query(Boolean.class).single();
    }

    private long chunk(boolean wait) {
        Long moved = tx.execute(status -> {
            if (wait) {
                jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Integer.class).single();
            } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
                return 0L;
            }
            return jdbc.sql(MOVE).param("chunk", CHUNK).param("dayKeys", DAY_TALLY_CODE_LENGTH).query(Long.class).single();
        });
        return moved == null ? 0 : moved;
    }
}
