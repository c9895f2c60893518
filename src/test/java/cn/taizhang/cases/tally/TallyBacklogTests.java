package cn.taizhang.cases.tally;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.db.Maintenance;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backlog of deltas (a checkpoint, a burst of reports) is folded in time proportional to its size, also by a
 * compactor whose statement was planned while the delta table was nearly empty, as it is in steady state: a plan
 * cached then once made one chunk of 200,000 deltas take 163 s under the case benchmark, and the compactor never
 * caught up again, holding a core for as long as the load went on.
 */
@IntegrationTest
class TallyBacklogTests {

    static final int BACKLOG = 20_000;

    @Autowired
    TallyCompactor compactor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Maintenance maintenance;

    @Test
    void aBacklogIsFoldedInLinearTimeWithAPlanMadeForAFewDeltas() {
        compactor.compactNow();
        maintenance.vacuumAnalyze("case_tally_delta"); // an empty table, its statistics saying so: the steady state
        // one transaction, rolled back: the deltas written and the figures folded leave no trace for other tests
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // the statement is planned once and kept, as a pooled connection's prepared statement is in steady state
            jdbc.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            for (int i = 0; i < 6; i++) {
                compactor.chunk(true); // the pending deltas of the moment, and then none
            }
            jdbc.update("""
                    INSERT INTO case_tally_delta (area_code, day, type_code, severity, source, reported, registered, rejected,
                                                  dispatched, returned, handled, closed, closed_on_time, open, reworked, extended,
                                                  deferred, supervised)
                    SELECT '522601002002001', DATE '2026-01-01' + i % 300, 'safety_hazard', 'general', 'grid_worker',
                           1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
                    FROM generate_series(1, ?) i""", BACKLOG);
            long start = System.nanoTime();
            assertThat(compactor.chunk(true)).isGreaterThanOrEqualTo(BACKLOG);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("folded %d deltas in %.2f s%n", BACKLOG, seconds);
            assertThat(seconds).as("seconds to fold %d deltas", BACKLOG).isLessThan(5);
        });
    }
}
