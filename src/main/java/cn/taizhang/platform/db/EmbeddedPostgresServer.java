package cn.taizhang.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL: binaries shipped by Maven, data kept in a folder that survives restarts.
 * zonky starts postgres with fsync and synchronous_commit off (it is made for throwaway test
 * databases); both are switched back on here so that an acknowledged write survives a crash.
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
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), directory.toAbsolutePath());
            return new EmbeddedPostgresServer(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
