package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** Readiness follows the database within a second or two, for any server (an external one too): down, then up again. */
class DatabaseAvailabilityTest {

    @TempDir
    Path folder;

    @Test
    void reportsDownWhileTheServerIsAwayAndUpOnceItIsBack() throws Exception {
        outage(Duration.ZERO);
    }

    /** Long enough for a pool's connection adder, filling the pool, to back off for seconds between attempts. */
    @Test
    void afterALongerOutageThePoolsHandOutConnectionsAsSoonAsItIsUp() throws Exception {
        outage(Duration.ofSeconds(5));
    }

    private void outage(Duration away) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(true)
                .setServerConfig("unix_socket_directories", "''").start();
        int port = server.getPort();
        try (HikariDataSource main = pool(port); HikariDataSource side = pool(port)) {
            DatabaseAvailability availability = new DatabaseAvailability(main, side);
            try {
                assertThat(availability.health().getStatus()).isEqualTo(Status.UP);

                server.close();
                assertThat(within(Duration.ofSeconds(3), () -> !availability.isUp())).as("down within 3 s").isTrue();
                assertThat(availability.health().getStatus()).isEqualTo(Status.DOWN);
                Thread.sleep(away.toMillis());

                server = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).setPort(port)
                        .setServerConfig("unix_socket_directories", "''").start();
                assertThat(within(Duration.ofSeconds(3), availability::isUp)).as("up within 3 s of the server's start").isTrue();
                try (var c = main.getConnection()) {
                    assertThat(c.isValid(1)).as("the pool hands out working connections").isTrue();
                }
            } finally {
                availability.destroy();
            }
        } finally {
            server.close();
        }
    }

    private static HikariDataSource pool(int port) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2_000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
