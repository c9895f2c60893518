package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop by SIGTERM (a service manager's stop) while cases are being reported: every report answered 201 keeps
 * its audit row. The application runs in a process of its own, since the order of a JVM's shutdown hooks is the point.
 */
class GracefulStopTest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedChangeKeepsItsAuditRowWhenTheApplicationIsStopped() throws Exception {
        String external = System.getenv("TAIZHANG_DB_URL");
        assumeTrue(external == null || external.isBlank(), "the embedded server's stop is what is tested");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.taizhang.TaizhangApplication",
                "--taizhang.data-dir=" + data, "--server.port=" + port, "--taizhang.demo.history=false")
                .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        ExecutorService reporters = Executors.newFixedThreadPool(4);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            awaitReady(http, base, app);
            String token = token(http, base);
            AtomicBoolean reporting = new AtomicBoolean(true);
            for (int i = 0; i < 4; i++) {
                reporters.submit(() -> {
                    while (reporting.get()) {
                        try {
                            HttpResponse<String> r = http.send(report(base, token), HttpResponse.BodyHandlers.ofString());
                            Matcher id = ID.matcher(r.body());
                            if (r.statusCode() == 201 && id.find()) {
                                acknowledged.add(Long.parseLong(id.group(1)));
                            }
                        } catch (Exception stopping) {
                            return null; // the server has stopped listening
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            app.destroy(); // SIGTERM
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("the application stops").isTrue();
            reporting.set(false);
        } finally {
            reporters.shutdownNow();
            reporters.awaitTermination(10, TimeUnit.SECONDS);
            app.destroyForcibly();
        }

        assertThat(acknowledged).as("reports answered before the stop").isNotEmpty();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false, java.util.Optional.empty());
                Connection c = server.connect("postgres")) {
            PreparedStatement audited = c.prepareStatement(
                    "SELECT count(DISTINCT target_id) FROM audit_event WHERE target_type = 'case' AND target_id = ANY (?)");
            Array ids = c.createArrayOf("text", acknowledged.stream().map(String::valueOf).toArray());
            audited.setArray(1, ids);
            try (ResultSet rs = audited.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("audit rows of the %d acknowledged reports", acknowledged.size())
                        .isEqualTo(acknowledged.size());
            }
        }
    }

    private static void awaitReady(HttpClient http, String base, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application is running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException starting) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application was not ready within 180 s");
    }

    private static String token(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-gridworker\",\"password\":\"Kaili@2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        assertThat(token.find()).as("a token in %s", body).isTrue();
        return token.group(1);
    }

    private static HttpRequest report(String base, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + UUID.randomUUID()
                        + "\",\"type\":\"city_sanitation\",\"description\":\"停止测试：垃圾未清运\","
                        + "\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}"))
                .build();
    }
}
