package cn.taizhang.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Runs statements with PostgreSQL's generic plan, planned once per connection, instead of a custom plan
 * made for each execution's values. For a statement whose best plan does not depend on its values, and
 * whose planning costs more than its execution: the statistics' union of tally branches took 0.4–0.7 ms
 * to plan and 0.1–0.2 ms to run (10 M cases), and PostgreSQL's own choice stays with custom plans because
 * a generic plan's estimate for "= ANY(array)" assumes more elements. The setting holds for the
 * connection (the caller's transaction's, if any) only while the work runs.
 */
@Component
public class GenericPlans {

    private static final Logger log = LoggerFactory.getLogger(GenericPlans.class);

    private final JdbcTemplate template;

    GenericPlans(JdbcTemplate template) {
        this.template = template;
    }

    /** The work, given a client bound to one connection on which plans are generic. */
    public <T> T run(Function<JdbcClient, T> work) {
        return template.execute((ConnectionCallback<T>) connection -> {
            execute(connection, "SET plan_cache_mode = force_generic_plan");
            try {
                return work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
            } finally {
                reset(connection);
            }
        });
    }

    private static void reset(Connection connection) {
        try {
            execute(connection, "RESET plan_cache_mode");
        } catch (SQLException e) { // an aborted transaction: its rollback undoes the SET anyway
            log.debug("RESET plan_cache_mode failed", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
