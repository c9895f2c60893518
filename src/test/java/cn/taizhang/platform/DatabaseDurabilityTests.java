package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taizhang.platform.db.GenericPlans;
import cn.taizhang.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DatabaseDurabilityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GenericPlans generic;

    @Autowired
    TransactionTemplate tx;

    @Value("${taizhang.data-dir}")
    Path dataDir;

    @Test
    void acknowledgedCommitsAreFlushedToDisk() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void theEmbeddedServerSpacesCheckpointsForSteadyWrites() {
        String external = System.getenv("TAIZHANG_DB_URL");
        if (external == null || external.isBlank()) { // an external server is configured by its operator
            assertThat(jdbc.queryForObject("SHOW max_wal_size", String.class)).isEqualTo("4GB");
            assertThat(jdbc.queryForObject("SHOW checkpoint_timeout", String.class)).isEqualTo("15min");
        }
    }

    @Test
    void theEmbeddedServerKeepsItsOwnLogInTheDataFolder() throws Exception {
        String external = System.getenv("TAIZHANG_DB_URL");
        if (external == null || external.isBlank()) {
            jdbc.queryForObject("SELECT pg_sleep(1.1)", String.class); // over the threshold of the slow-statement log
            Path log = dataDir.resolve("pg/log");
            String text = Files.readString(waitForLogLine(log, "pg_sleep(1.1)"));
            assertThat(text).contains("database system is ready to accept connections").contains("duration:");
        }
    }

    /** The server's log file once it holds {@code line}: the collector writes it a moment after the statement. */
    private static Path waitForLogLine(Path directory, String line) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                    if (Files.readString(file).contains(line)) {
                        return file;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log file in " + directory + " holds " + line);
    }

    @Test
    void schemaIsMigrated() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class)).isPositive();
    }

    // The setting must not outlive the query on a pooled connection, or every later query on it would lose
    // the custom plans its optional filters need. One transaction keeps the reads on one connection.
    @Test
    void genericPlansHoldOnlyWhileTheirQueryRuns() {
        List<String> modes = tx.execute(status -> {
            List<String> seen = new ArrayList<>();
            generic.query("SHOW plan_cache_mode", EmptySqlParameterSource.INSTANCE, rs -> seen.add(rs.getString(1)));
            seen.add(jdbc.queryForObject("SHOW plan_cache_mode", String.class));
            return seen;
        });
        assertThat(modes).containsExactly("force_generic_plan", "auto");

        for (int i = 0; i < 20; i++) { // a failed query, outside a transaction: the SET before it does not stay
            assertThatThrownBy(() -> generic.query("SELECT 1 / 0", EmptySqlParameterSource.INSTANCE, rs -> { }))
                    .hasMessageContaining("division by zero");
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("auto");
        }
    }

    // The three statements travel together: a parameter of the query is bound to the query, and its rows come back.
    @Test
    void genericPlansPassTheQuerysParametersAndRows() {
        List<Integer> rows = new ArrayList<>();
        generic.query("SELECT n FROM generate_series(1, :last) n WHERE n <> :skip",
                new MapSqlParameterSource("last", 4).addValue("skip", 2), rs -> rows.add(rs.getInt(1)));
        assertThat(rows).containsExactly(1, 3, 4);
    }
}
