package cn.taizhang.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL: binaries shipped by Maven, data kept in a folder that survives restarts.
 * zonky starts postgres with fsync and synchronous_commit off (it is made for throwaway test
 * databases); both are switched back on here so that an acknowledged write survives a crash.
 * shared_buffers is a quarter of the machine's memory (PostgreSQL's own advice), between 128 MB and 4 GB,
 * instead of the 128 MB default: the statistics' tallies of a large history are read at random, and a
 * virtual machine's host may reclaim the page cache behind them (bench-stats on 10 million cases: a 镇街's
 * year went from 17.2 ms p50 / 688 ms p99 to 3.7 / 7.9 ms).
 * Checkpoints come every 15 minutes or 4 GB of write-ahead log instead of 5 minutes or 1 GB: under steady
 * reporting (some 1,400 cases a second on 2 cores write 1 GB in about four minutes) the default size forced
 * a checkpoint every few minutes, each followed by a burst of full-page images in the log; requests waited up
 * to a second (p99 0.4–1.0 s in the 20 s after one, against 20 ms). The price is a longer recovery after a
 * crash, replaying up to 4 GB.
 * The server writes its own log under its folder (log/postgresql-DATE.log): errors, checkpoints, autovacuum
 * runs over 10 minutes, statements over a second and lock waits over a second.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", sharedBuffersMegabytes() + "MB")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // its own log file: zonky reads the server's output only while it starts, and dropped the rest
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql-%Y-%m-%d.log")
                    .setServerConfig("log_min_duration_statement", "1s")
                    .setServerConfig("log_lock_waits", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // stopped by the application context, after the beans that write to it: zonky's own shutdown
                    // hook ran beside the context's and stopped the server under the audit trail's last rows
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), directory.toAbsolutePath());
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
            server.ensureApplicationRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    static long sharedBuffersMegabytes() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.max(128, Math.min(4096, memory / 4 / (1024 * 1024)));
    }

    /** A plain login role for the application: not a superuser, so privileges (and triggers) bind it. */
    private void ensureApplicationRole() {
        DataSource owner = postgres.getPostgresDatabase();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                    + DatabaseProperties.EMBEDDED_APP_ROLE + "') THEN CREATE ROLE "
                    + DatabaseProperties.EMBEDDED_APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's database role", e);
        }
    }

    String jdbcUrl(String user) {
        return postgres.getJdbcUrl(user, "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
