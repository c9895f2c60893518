package cn.taizhang.access.chain;

import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit rows into the chain, in the order it first sees them, several times a second. Writers never
 * wait for it: a row is sealed after its transaction committed, by this job alone.
 * <p>
 * Why no row is missed: a pass first notes the oldest transaction still running ({@code pg_snapshot_xmin}), then seals
 * every committed row not sealed yet, in {@code id} order. A row that becomes visible after that pass was written by a
 * transaction running then or begun later, whose id ({@code xact}) is at least the one noted. So each pass needs to look
 * only at rows with {@code xact} at or above the previous pass's note (after a start: every row, once).
 * <p>
 * Several instances: a pass holds a transaction-level advisory lock; an instance that cannot take it skips the pass,
 * and the chain's primary key on {@code seq} refuses a link written twice.
 */
@Component
class AuditSealer {

    static final int BATCH = 5_000;
    private static final long LOCK = 0x5EA1_AD17L;

    private static final String UNSEALED = "SELECT " + AuditRows.COLUMNS + """
             FROM audit_event a
            WHERE a.xact >= CAST(? AS xid8) AND a.id > ?
              AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.audit_id = a.id)
            ORDER BY a.id LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private volatile String horizon = "0"; // every row with a lower xact is sealed

    AuditSealer(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Seals everything committed so far; answers how many rows it sealed. */
    @Scheduled(fixedDelayString = "${taizhang.audit.seal-interval:250ms}")
    long seal() {
        long total = 0;
        long after = 0;
        while (true) {
            long from = after;
            Pass pass = transaction.execute(status -> pass(from));
            if (pass == null || pass.locked()) {
                return total; // another instance is sealing
            }
            total += pass.sealed();
            if (pass.sealed() == BATCH) { // a backlog: go on after the last row, then once more from the start
                after = pass.lastId();
            } else if (after > 0) {
                after = 0;
            } else {
                return total;
            }
        }
    }

    private Pass pass(long after) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            return new Pass(true, 0, 0);
        }
        // a plan for this pass's values: the generic plan PostgreSQL settles on after a few passes merges every row of the
        // trail with every link of the chain (225 ms a pass at 180,000 rows, four passes a second, growing with the trail)
        jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        String next = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
        List<AuditRecord> rows = jdbc.query(UNSEALED, (rs, n) -> AuditRows.read(rs), horizon, after, BATCH);
        if (!rows.isEmpty()) {
            append(rows);
        }
        if (after == 0 && rows.size() < BATCH) {
            horizon = next;
        }
        return new Pass(false, rows.size(), rows.isEmpty() ? after : rows.get(rows.size() - 1).id());
    }

    /** Appends a link for each row, all in one statement rather than one a link. */
    private void append(List<AuditRecord> rows) {
        var last = jdbc.query("SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long seq = last.isEmpty() ? 0 : (long) last.get(0)[0];
        byte[] hash = last.isEmpty() ? AuditChain.GENESIS : (byte[]) last.get(0)[1];
        Long[] seqs = new Long[rows.size()];
        Long[] ids = new Long[rows.size()];
        String[] hashes = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            AuditRecord row = rows.get(i);
            hash = AuditChain.link(hash, ++seq, row);
            seqs[i] = seq;
            ids[i] = row.id();
            hashes[i] = HexFormat.of().formatHex(hash);
        }
        jdbc.update("""
                INSERT INTO audit_seal (seq, audit_id, hash)
                SELECT s, a, decode(h, 'hex') FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[])) AS l(s, a, h)
                """, seqs, ids, hashes);
    }

    private record Pass(boolean locked, int sealed, long lastId) {
    }
}
