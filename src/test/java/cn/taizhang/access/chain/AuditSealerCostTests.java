package cn.taizhang.access.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sealer's pass costs what is new, not what is sealed already, also when PostgreSQL would keep a generic plan for
 * its query (it settles on one after a few passes): such a plan merged the whole trail with the whole chain four
 * times a second, 225 ms a pass at 180,000 rows, a third of a core under the case benchmark.
 */
@IntegrationTest
class AuditSealerCostTests {

    static final int SEALED = 150_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPassOverALongSealedTrailTakesMillisecondsWhateverThePlanCache() {
        // a sealer of its own (the application's keeps its place in the trail), in a transaction rolled back: the rows
        // and links written here, and the real rows it may seal meanwhile, leave no trace
        AuditSealer sealer = new AuditSealer(jdbc, transaction);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            String marker = "sealer-cost-" + System.nanoTime();
            jdbc.update("INSERT INTO audit_event (action, actor_username) SELECT 'SIGN_IN', ? FROM generate_series(1, ?)", marker, SEALED);
            jdbc.update("""
                    INSERT INTO audit_seal (seq, audit_id, hash)
                    SELECT (SELECT coalesce(max(seq), 0) FROM audit_seal) + row_number() OVER (ORDER BY id), id, sha256(id::text::bytea)
                    FROM audit_event WHERE actor_username = ?""", marker);
            sealer.seal(); // the first pass of a sealer reads every row once
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                sealer.seal();
            }
            double millis = (System.nanoTime() - start) / 1e6 / 10;
            System.out.printf("a sealer's pass over %d sealed rows: %.1f ms%n", SEALED, millis);
            assertThat(millis).as("milliseconds a pass").isLessThan(20);
        });
    }
}
