import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash trials: reports stream in from several clients while the application's JVM or its embedded PostgreSQL is
 * killed with SIGKILL at a random moment. After a JVM kill the harness starts the jar again, as a service manager
 * would; after a postmaster kill it does nothing, since the application restarts its own server. Clients behave as
 * the offline queue of a phone does: a report not acknowledged is sent again, with the same clientId, until it is.
 * Afterwards every acknowledged report is looked up in the database: is its case there (lost), did a resend get
 * another case than the first answer named (duplicated), does it have its audit row (missing audit rows)?
 * Run by bench/crash-trials.sh: java -cp POSTGRES_DRIVER bench/CrashTrials.java JAR DATA_DIR TRIALS_PER_KIND [SEED]
 */
public class CrashTrials {

    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final int CLIENTS = 8;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path jar;
    final Path data;
    final int port;
    final Random random;
    Process app;

    CrashTrials(Path jar, Path data, long seed) throws IOException {
        this.jar = jar;
        this.data = data;
        this.random = new Random(seed);
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        CrashTrials trials = new CrashTrials(Path.of(args[0]), Path.of(args[1]), args.length > 3 ? Long.parseLong(args[3]) : 1);
        int perKind = Integer.parseInt(args[2]);
        List<Result> results = new ArrayList<>();
        trials.startApplication();
        System.out.println("trial  kill        acknowledged  lost  duplicated  missing-audit  recovered-in-s  503-answers");
        try {
            for (int i = 1; i <= perKind * 2; i++) {
                Result r = trials.trial(i, i % 2 == 1 ? "jvm" : "postmaster");
                results.add(r);
                System.out.printf("%5d  %-10s  %12d  %4d  %10d  %13d  %14.1f  %11d%n", i, r.kind, r.acknowledged, r.lost,
                        r.duplicated, r.missingAudit, r.recoverySeconds, r.unavailable);
            }
        } finally {
            trials.app.destroyForcibly();
            trials.app.waitFor();
            trials.killServer(); // left running by the killed JVM: the harness's own clean-up
        }
        for (String kind : List.of("jvm", "postmaster")) {
            List<Result> of = results.stream().filter(r -> r.kind.equals(kind)).toList();
            System.out.printf("%s kills: %d trials, %d acknowledged, %d lost, %d duplicated, %d missing audit rows, recovery %.1f–%.1f s (mean %.1f), every restart without a person: %s%n",
                    kind, of.size(), of.stream().mapToLong(r -> r.acknowledged).sum(), of.stream().mapToLong(r -> r.lost).sum(),
                    of.stream().mapToLong(r -> r.duplicated).sum(), of.stream().mapToLong(r -> r.missingAudit).sum(),
                    of.stream().mapToDouble(r -> r.recoverySeconds).min().orElse(0), of.stream().mapToDouble(r -> r.recoverySeconds).max().orElse(0),
                    of.stream().mapToDouble(r -> r.recoverySeconds).average().orElse(0), of.stream().allMatch(r -> r.recoverySeconds >= 0) ? "yes" : "NO");
        }
        boolean clean = results.stream().allMatch(r -> r.lost == 0 && r.duplicated == 0 && r.missingAudit == 0 && r.recoverySeconds >= 0);
        System.out.println(clean ? "all trials clean" : "SOME TRIALS FAILED");
        System.exit(clean ? 0 : 1);
    }

    record Result(String kind, long acknowledged, long lost, long duplicated, long missingAudit, double recoverySeconds, long unavailable) {
    }

    Result trial(int number, String kind) throws Exception {
        String token = token();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger duplicated = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicLong firstAfterKill = new AtomicLong();
        AtomicLong firstFailure = new AtomicLong(Long.MAX_VALUE); // the first refusal after the kill: the outage began
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean reporting = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (reporting.get()) {
                    String clientId = UUID.randomUUID().toString();
                    Long first = null;
                    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    // a phone's queue: the same report until it is acknowledged, and once more after that
                    for (int sends = 0; sends < 2 && System.nanoTime() < giveUp; ) {
                        long asked = System.nanoTime();
                        HttpResponse<String> r = send(report(token, clientId, number));
                        if (r == null || r.statusCode() >= 500) {
                            if (asked > killedAt.get()) {
                                firstFailure.accumulateAndGet(asked, Math::min);
                            }
                            if (r != null && r.statusCode() == 503) {
                                unavailable.incrementAndGet();
                            }
                            pause(200);
                            continue;
                        }
                        Matcher id = ID.matcher(r.body());
                        if (r.statusCode() != 201 || !id.find()) {
                            throw new IllegalStateException("unexpected answer " + r.statusCode() + ": " + r.body());
                        }
                        long caseId = Long.parseLong(id.group(1));
                        if (first == null) {
                            first = caseId;
                            acknowledged.put(clientId, caseId);
                            // sent after the outage began: the new server took it (backends of the killed one may
                            // still commit for a moment after the kill, on connections they already hold)
                            if (asked > firstFailure.get()) {
                                firstAfterKill.compareAndSet(0, System.nanoTime());
                            }
                        } else if (caseId != first) {
                            duplicated.incrementAndGet();
                        }
                        sends++;
                    }
                }
                return null;
            });
        }
        pause(2_000 + random.nextInt(4_000));
        long kill = System.nanoTime();
        killedAt.set(kill);
        double recovered;
        if (kind.equals("jvm")) {
            app.destroyForcibly();
            app.waitFor();
            startApplication(); // as a service manager would
            recovered = (System.nanoTime() - kill) / 1e9;
        } else {
            killServer();
            long deadline = kill + TimeUnit.SECONDS.toNanos(60);
            long quiet = kill + TimeUnit.SECONDS.toNanos(5); // no refusal within 5 s: no client ever noticed
            while (firstAfterKill.get() == 0 && System.nanoTime() < deadline
                    && !(firstFailure.get() == Long.MAX_VALUE && System.nanoTime() > quiet)) {
                pause(50);
            }
            if (firstFailure.get() == Long.MAX_VALUE) {
                recovered = 0; // no client ever noticed
            } else {
                recovered = firstAfterKill.get() == 0 ? -1 : (firstAfterKill.get() - kill) / 1e9;
            }
        }
        pause(3_000);
        reporting.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(150, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients did not finish");
        }
        return check(kind, acknowledged, duplicated.get(), recovered, unavailable.get());
    }

    Result check(String kind, Map<String, Long> acknowledged, int duplicated, double recovered, int unavailable) throws Exception {
        long lost = 0;
        long missingAudit = 0;
        // the embedded server asks every role for its password, kept in the data folder
        String password = Files.readString(data.resolve("pg-superuser.password")).trim();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + serverPort() + "/postgres", "postgres", password)) {
            PreparedStatement cases = c.prepareStatement("SELECT client_id::text, id FROM case_record WHERE client_id = ANY (CAST(? AS uuid[]))");
            Array ids = c.createArrayOf("text", acknowledged.keySet().toArray());
            cases.setArray(1, ids);
            Map<String, Long> stored = new ConcurrentHashMap<>();
            try (ResultSet rs = cases.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (Map.Entry<String, Long> a : acknowledged.entrySet()) {
                Long found = stored.get(a.getKey());
                if (found == null) {
                    lost++;
                } else if (!found.equals(a.getValue())) {
                    duplicated++;
                }
            }
            PreparedStatement audited = c.prepareStatement("""
                    SELECT count(DISTINCT target_id) FROM audit_event
                    WHERE action = 'CHANGE' AND target_type = 'case' AND status IS NULL AND target_id = ANY (?)""");
            audited.setArray(1, c.createArrayOf("text", acknowledged.values().stream().map(String::valueOf).toArray()));
            try (ResultSet rs = audited.executeQuery()) {
                rs.next();
                missingAudit = acknowledged.size() - rs.getLong(1);
            }
        }
        return new Result(kind, acknowledged.size(), lost, duplicated, missingAudit, recovered, unavailable);
    }

    void startApplication() throws Exception {
        app = new ProcessBuilder("java", "-jar", jar.toString(), "--taizhang.data-dir=" + data, "--server.port=" + port,
                "--taizhang.demo.history=false").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + "-app.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited with " + app.exitValue() + "; see " + data + "-app.log");
            }
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build());
            if (r != null && r.statusCode() == 200) {
                return;
            }
            pause(100);
        }
        throw new IllegalStateException("the application was not ready within 300 s");
    }

    void killServer() throws IOException {
        List<String> pid = Files.readAllLines(data.resolve("pg/postmaster.pid"));
        ProcessHandle.of(Long.parseLong(pid.get(0).strip())).ifPresent(ProcessHandle::destroyForcibly);
    }

    int serverPort() throws IOException {
        return Integer.parseInt(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).strip());
    }

    String token() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-gridworker\",\"password\":\"Kaili@2026\"}")).build());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.body());
        }
        return m.group(1);
    }

    HttpRequest report(String token, String clientId, int trial) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/v1/cases")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + clientId + "\",\"type\":\"city_sanitation\","
                        + "\"description\":\"崩溃试验 " + trial + "：垃圾未清运\",\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}"))
                .build();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException down) {
            return null; // not listening, or the connection broke: the client tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
