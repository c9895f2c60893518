package cn.taizhang.platform.db;

import cn.taizhang.platform.BeijingTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The zero-setup PostgreSQL: binaries shipped by Maven, data kept in {@code <data-dir>/pg}, which survives restarts.
 * <ul>
 * <li>One application per data folder ({@link DataFolderLock}). A server left running on the folder by an application
 * that died (SIGKILL leaves it running, re-parented to PID 1) is stopped before ours starts; a stale
 * {@code postmaster.pid} of a dead server is removed.</li>
 * <li>Supervised: a server that dies under the running application is started again on the same port, so the pools'
 * connections come back by themselves ({@link DatabaseAvailability} answers for the seconds in between).</li>
 * <li>zonky starts postgres with fsync and synchronous_commit off (it is made for throwaway test databases); both are
 * on here, so that an acknowledged write survives a crash.</li>
 * <li>shared_buffers is a quarter of the machine's memory, between 128 MB and 4 GB: the statistics' tallies of a
 * large history are read at random, and a virtual machine's host may reclaim the page cache behind them (bench-stats
 * on 10 million cases: a 镇街's year went from 17.2 ms p50 / 688 ms p99 to 3.7 / 7.9 ms).</li>
 * <li>Checkpoints every 15 minutes or 4 GB of write-ahead log instead of 5 minutes or 1 GB: under steady reporting
 * the default size forced one every few minutes, each followed by a burst of full-page images (p99 0.4–1.0 s in the
 * 20 s after one, against 20 ms). The price is a longer recovery after a crash, replaying up to 4 GB.</li>
 * <li>The server writes its own log under its folder (log/postgresql-DATE.log): errors, checkpoints, statements
 * and lock waits over a second.</li>
 * <li>With a WAL archive folder configured, every finished segment of the write-ahead log is copied there, for
 * point-in-time recovery from a backup.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(200);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(10);
    static final String SUPERUSER = "postgres";
    private static final String PASSWORDS_ONLY = """
            # Written by Taizhang at every start: every role gives its password (scram-sha-256), local connections too.
            # The passwords are kept in the data folder: pg-superuser.password (postgres), pg-app.password (taizhang_app).
            local   all           all                 scram-sha-256
            host    all           all           all   scram-sha-256
            local   replication   all                 scram-sha-256
            host    replication   all           all   scram-sha-256
            """;

    private final Path directory;
    private final boolean clean;
    private final Optional<Path> walArchive;
    private final DataFolderLock folderLock; // null when attached to another application's server
    private final int port;
    private final Map<String, String> passwords;
    private volatile EmbeddedPostgres postgres;
    private volatile long serverPid;
    private volatile boolean restarted;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedPostgresServer(Path directory, boolean clean, Optional<Path> walArchive, DataFolderLock folderLock, int port,
            Map<String, String> passwords) {
        this.directory = directory;
        this.passwords = passwords;
        this.clean = clean;
        this.walArchive = walArchive;
        this.folderLock = folderLock;
        this.port = port;
    }

    /** Starts (and supervises) the server of {@code dataDir}; refuses while another application holds the folder. */
    public static EmbeddedPostgresServer start(Path dataDir, boolean clean, Optional<Path> walArchive) {
        DataFolderLock lock = DataFolderLock.tryAcquire(dataDir).orElseThrow(() -> inUse(dataDir));
        return startLocked(dataDir, clean, walArchive, lock);
    }

    /**
     * For a command run beside the application: the running application's server when one holds the folder (its
     * port read from {@code postmaster.pid}), else a server of the command's own.
     */
    public static EmbeddedPostgresServer startOrAttach(Path dataDir, boolean clean, Optional<Path> walArchive) {
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(dataDir);
        if (lock.isPresent()) {
            return startLocked(dataDir, clean, walArchive, lock.get());
        }
        Path directory = DatabaseProperties.embeddedDirectory(dataDir);
        PostmasterPidFile running = PostmasterPidFile.in(directory).filter(p -> p.port().isPresent())
                .filter(p -> p.liveServer(directory).isPresent()).orElseThrow(() -> inUse(dataDir));
        log.info("Using the embedded PostgreSQL of the running application (PID {}) on port {}", DataFolderLock.holder(dataDir),
                running.port().getAsInt());
        return new EmbeddedPostgresServer(directory, false, walArchive, null, running.port().getAsInt(), Map.of(
                SUPERUSER, DatabasePasswords.read(DatabasePasswords.file(dataDir, "superuser")),
                DatabaseProperties.EMBEDDED_APP_ROLE, DatabasePasswords.read(DatabasePasswords.file(dataDir, "app"))));
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("数据目录 " + dataDir.toAbsolutePath() + " 正由另一个 Taizhang 进程（PID "
                + DataFolderLock.holder(dataDir) + "）使用；同一数据目录只能运行一个应用。 / The data folder " + dataDir.toAbsolutePath()
                + " is in use by another Taizhang process (PID " + DataFolderLock.holder(dataDir) + "): stop it first, or use another --taizhang.data-dir.");
    }

    private static EmbeddedPostgresServer startLocked(Path dataDir, boolean clean, Optional<Path> walArchive, DataFolderLock lock) {
        Path directory = DatabaseProperties.embeddedDirectory(dataDir);
        try {
            Files.createDirectories(directory);
            walArchive.ifPresent(EmbeddedPostgresServer::createArchive);
            stopOrphan(directory);
            Map<String, String> passwords = Map.of(
                    SUPERUSER, DatabasePasswords.readOrCreate(DatabasePasswords.file(dataDir, "superuser")),
                    DatabaseProperties.EMBEDDED_APP_ROLE, DatabasePasswords.readOrCreate(DatabasePasswords.file(dataDir, "app")));
            EmbeddedPostgres pg = builder(directory, clean, walArchive, passwords.get(SUPERUSER)).start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, clean, walArchive, lock, pg.getPort(), passwords);
            server.postgres = pg;
            server.serverPid = PostmasterPidFile.in(directory).map(PostmasterPidFile::pid).orElse(-1L);
            log.info("Embedded PostgreSQL (PID {}) running on port {} with data in {}", server.serverPid, pg.getPort(),
                    directory.toAbsolutePath());
            server.requirePasswords();
            server.supervise();
            return server;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, io)
                    : (RuntimeException) e;
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean clean, Optional<Path> walArchive, String superuserPassword) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setConnectConfig("password", superuserPassword) // zonky's own check that the server is up logs in
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", sharedBuffersMegabytes() + "MB")
                .setServerConfig("timezone", BeijingTime.ZONE_ID)
                // TCP only: a socket's lock file in /tmp names the server's process id, and where PID 1 does not reap,
                // a killed server stays a zombie that PostgreSQL takes for alive, refusing to start beside it
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
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
                // crash recovery replays up to max_wal_size of log before the server takes connections
                .setPGStartupWait(STARTUP_WAIT);
        walArchive.ifPresent(archive -> builder
                .setServerConfig("archive_mode", "on")
                .setServerConfig("archive_timeout", "5min")
                // zonky hands the options to pg_ctl as one string, which a shell splits: the command is quoted
                .setServerConfig("archive_command", "'test ! -f " + archive.toAbsolutePath() + "/%f && cp %p "
                        + archive.toAbsolutePath() + "/%f'"));
        return builder;
    }

    private static void createArchive(Path archive) {
        String path = archive.toAbsolutePath().toString();
        if (path.contains("'") || path.contains(" ") || path.contains("%")) {
            throw new IllegalArgumentException("WAL 归档目录不能包含空格、引号或 % / the WAL archive folder may not contain spaces, quotes or %: " + path);
        }
        try {
            Files.createDirectories(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the WAL archive folder " + archive, e);
        }
    }

    static long sharedBuffersMegabytes() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.max(128, Math.min(4096, memory / 4 / (1024 * 1024)));
    }

    /**
     * A server still running on the folder while we hold its lock was left by an application that died: it is
     * stopped (SIGTERM, PostgreSQL's smart shutdown: its clients died with that application), and killed if it has
     * not stopped within a minute, which costs a crash recovery and loses nothing committed.
     */
    private static void stopOrphan(Path directory) throws IOException {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.in(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = pidFile.get().liveServer(directory);
        if (orphan.isEmpty()) {
            log.info("Removing the stale lock {} of PostgreSQL process {}, which no longer runs", PostmasterPidFile.NAME, pidFile.get().pid());
            Files.deleteIfExists(directory.resolve(PostmasterPidFile.NAME));
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("PostgreSQL (PID {}) is still running on {}, left by an application that stopped without stopping it: stopping it",
                server.pid(), directory.toAbsolutePath());
        server.destroy();
        if (!exited(server, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL (PID {}) did not stop within {} s: killing it; it will recover from its log", server.pid(),
                    ORPHAN_STOP_WAIT.toSeconds());
            server.destroyForcibly();
            exited(server, Duration.ofSeconds(10));
        }
    }

    private static void awaitNoProcessIn(Path directory, Duration wait) {
        if (!Files.isDirectory(Path.of("/proc", "self"))) {
            return; // no way to see another process's folder: the start is retried instead
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && ProcessHandle.allProcesses()
                .anyMatch(p -> alive(p.pid()) && PostmasterPidFile.worksIn(p, directory))) {
            sleep(Duration.ofMillis(50));
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive(process.pid())) {
                return true;
            }
            sleep(Duration.ofMillis(100));
        }
        return false;
    }

    /** Alive and not a zombie: where PID 1 does not reap, a killed server stays in the process table. */
    static boolean alive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isDirectory(Path.of("/proc", "self"))) {
            try {
                String text = Files.readString(stat);
                char state = text.charAt(text.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException gone) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private void supervise() {
        supervisor = new Thread(this::watch, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void watch() {
        while (!closing) {
            sleep(WATCH_INTERVAL);
            if (!closing && serverPid > 0 && !alive(serverPid)) {
                revive();
            }
        }
    }

    /** Starts the server again on the same port and folder, retrying until it runs or the application stops. */
    private void revive() {
        log.error("The embedded PostgreSQL (PID {}) has stopped unexpectedly: starting it again on port {}", serverPid, port);
        long started = System.nanoTime();
        Duration backoff = Duration.ofMillis(250);
        while (!closing) {
            try {
                stopOrphan(directory);
                // the dead server's backends hold its shared memory until they notice, and a new server refuses to start
                // beside them (it would give up at once, and zonky would wait out its start-up time before saying so)
                awaitNoProcessIn(directory, Duration.ofSeconds(30));
                // zonky locks a file of its own in the folder; the dead server's instance still holds the old one
                Files.deleteIfExists(directory.resolve("epg-lock"));
                EmbeddedPostgres pg = builder(directory, false, walArchive, passwords.get(SUPERUSER)).setPort(port).start();
                postgres = pg;
                restarted = true;
                serverPid = PostmasterPidFile.in(directory).map(PostmasterPidFile::pid).orElse(-1L);
                log.info("Embedded PostgreSQL running again (PID {}) after {} ms", serverPid,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL did not start yet, trying again in {} ms: {}", backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's process id (for tests and the crash trials); -1 when attached to another application's server. */
    public long serverPid() {
        return folderLock == null ? -1 : serverPid;
    }

    /**
     * initdb (as zonky runs it) trusts every local connection, and the superuser may then rewrite the audit trail past
     * its triggers. So every role gets its password (the superuser's, and the application's plain login role: not a
     * superuser, so privileges and triggers bind it) and pg_hba.conf is rewritten to ask every connection for it, local
     * ones included. Done at every start, so a folder made before this upgrades itself; the check at the end makes a
     * server that would still let anyone in refuse to start.
     */
    private void requirePasswords() throws IOException {
        try (Connection c = connect(SUPERUSER); Statement s = c.createStatement()) {
            s.execute("SET log_min_duration_statement = -1"); // a slow ALTER ROLE would write the password into the server's log
            s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + passwords.get(SUPERUSER) + "'");
            String app = DatabaseProperties.EMBEDDED_APP_ROLE;
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + app + "') THEN CREATE ROLE " + app
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
            s.execute("ALTER ROLE " + app + " PASSWORD '" + passwords.get(app) + "'");
            Path hba = directory.resolve("pg_hba.conf");
            if (!PASSWORDS_ONLY.equals(Files.readString(hba))) {
                Files.writeString(hba, PASSWORDS_ONLY);
                s.execute("SELECT pg_reload_conf()");
                log.info("The embedded PostgreSQL now asks every connection for its password (scram-sha-256): {}", hba.toAbsolutePath());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's passwords; the superuser's is kept in "
                    + DatabasePasswords.file(directory.getParent(), "superuser").toAbsolutePath(), e);
        }
        awaitPasswordRequired();
    }

    /** pg_reload_conf() only signals the server: wait until a connection without a password is refused. */
    private void awaitPasswordRequired() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(SUPERUSER))) {
                sleep(Duration.ofMillis(50));
            } catch (SQLException refused) {
                return;
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL still accepts connections without a password: " + directory.resolve("pg_hba.conf"));
    }

    /** The URL of the server's {@code postgres} database for {@code user}; the password goes apart ({@link #password}). */
    String jdbcUrl(String user) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + user;
    }

    /** The password of {@code postgres} (the superuser) or of the application's role. */
    String password(String user) {
        return Optional.ofNullable(passwords.get(user)).orElseThrow(() -> new IllegalArgumentException("no password kept for " + user));
    }

    Connection connect(String user) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("password", password(user));
        return DriverManager.getConnection(jdbcUrl(user), credentials);
    }

    @Override
    public void close() throws IOException {
        if (folderLock == null) {
            return; // another application's server
        }
        closing = true;
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                supervisor.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (alive(serverPid)) {
                postgres.close();
            }
            if (clean && restarted) { // the first instance, which would have removed it, was left behind
                FileSystemUtils.deleteRecursively(directory);
            }
        } finally {
            folderLock.close();
        }
    }
}
