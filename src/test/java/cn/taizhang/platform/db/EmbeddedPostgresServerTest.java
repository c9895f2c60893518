package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.attribute.PosixFilePermissions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's own recovery, in this process: a stale lock, a killed server, a second claim on the folder. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void aLockFileNamingALiveProcessThatIsNoServerOfTheFolderIsCleared() throws Exception {
        EmbeddedPostgresServer.start(data, false, Optional.empty()).close();
        // a recycled process id: alive, but not a PostgreSQL working in this folder (PostgreSQL itself would refuse)
        Path pidFile = DatabaseProperties.embeddedDirectory(data).resolve(PostmasterPidFile.NAME);
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + DatabaseProperties.embeddedDirectory(data) + "\n0\n5432\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false, Optional.empty())) {
            assertThat(server.serverPid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(answers(server)).isTrue();
        }
    }

    @Test
    void aKilledServerIsStartedAgainOnItsPortWithItsData() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true, Optional.empty())) {
            try (Connection c = server.connect("postgres")) {
                c.createStatement().execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
            }
            long killed = server.serverPid();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!(server.serverPid() != killed && answers(server)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(server.serverPid()).as("a new server process").isNotEqualTo(killed);
            try (Connection c = server.connect("postgres")) {
                var rs = c.createStatement().executeQuery("SELECT n FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void aSecondApplicationOnTheFolderIsRefusedAndACommandWorksOnTheRunningServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true, Optional.empty())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, false, Optional.empty()))
                    .hasMessageContaining("PID " + ProcessHandle.current().pid()).hasMessageContaining("正由另一个 Taizhang 进程");
            try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(data, false, Optional.empty())) {
                assertThat(attached.jdbcUrl("postgres")).isEqualTo(server.jdbcUrl("postgres"));
            }
            assertThat(answers(server)).as("closing the attached one leaves the server running").isTrue();
        }
    }

    @Test
    void withAnArchiveFolderEveryFinishedSegmentOfTheLogIsCopiedThere() throws Exception {
        Path archive = data.resolve("wal-archive");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("data"), true, Optional.of(archive));
                Connection c = server.connect("postgres")) {
            c.createStatement().execute("CREATE TABLE archived (n int); INSERT INTO archived VALUES (1)");
            var rs = c.createStatement().executeQuery("SELECT pg_walfile_name(pg_switch_wal())");
            rs.next();
            Path segment = archive.resolve(rs.getString(1));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!Files.exists(segment) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(segment).exists();
            assertThat(Files.size(segment)).isEqualTo(16L * 1024 * 1024);
        }
    }

    @Test
    void everyRoleNeedsItsPasswordAndOnlyTheServiceUserCanReadThem() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true, Optional.empty())) {
            for (String role : new String[] {"postgres", DatabaseProperties.EMBEDDED_APP_ROLE}) {
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(role)).close()).as(role + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(role), role, "guessed").close()).as(role + " with a wrong one")
                        .isInstanceOf(SQLException.class);
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(role), role, server.password(role))) {
                    assertThat(c.isValid(1)).as(role + " with its password").isTrue();
                }
            }
            for (String file : new String[] {"pg-superuser.password", "pg-app.password"}) {
                assertThat(Files.getPosixFilePermissions(data.resolve(file))).as(file).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            assertThat(Files.readString(data.resolve("pg-superuser.password")).trim()).isEqualTo(server.password("postgres"));
            assertThat(Files.readAllLines(DatabaseProperties.embeddedDirectory(data).resolve("pg_hba.conf")))
                    .filteredOn(line -> !line.isBlank() && !line.startsWith("#")).allMatch(line -> line.endsWith("scram-sha-256"));
        }
    }

    @Test
    void aFolderThatTrustedEveryLocalConnectionAsksForPasswordsFromItsNextStart() throws Exception {
        Path folder = DatabaseProperties.embeddedDirectory(data);
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start();
                Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + trusting.getPort() + "/postgres?user=postgres")) {
            c.createStatement().execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false, Optional.empty())) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres")).close()).isInstanceOf(SQLException.class);
            try (Connection c = server.connect("postgres")) {
                var rs = c.createStatement().executeQuery("SELECT n FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    private static boolean answers(EmbeddedPostgresServer server) {
        try (Connection c = server.connect("postgres")) {
            return c.isValid(1);
        } catch (Exception e) {
            return false;
        }
    }
}
