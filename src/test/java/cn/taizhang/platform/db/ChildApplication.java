package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a process of its own, on a data folder of the test's: for what only a process can show (its
 * stop, its crash, the server it leaves behind).
 */
final class ChildApplication {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    final Process process;
    final String base;
    final Path log;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
        this.log = log;
    }

    /** Starts the application on {@code data} (the demo without its simulated year) and returns at once. */
    static ChildApplication launch(Path data, String logName) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = data.resolveSibling(data.getFileName() + "-" + logName + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.taizhang.TaizhangApplication",
                "--taizhang.data-dir=" + data, "--server.port=" + port, "--taizhang.demo.history=false"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildApplication(process, port, log);
    }

    static ChildApplication start(Path data, String logName) throws Exception {
        ChildApplication app = launch(data, logName);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application is running; its log:\n%s", logTail()).isTrue();
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application was not ready within " + limit.toSeconds() + " s; its log:\n" + logTail());
    }

    /** The status of a GET, or -1 while nothing listens. */
    int status(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    String token() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-gridworker\",\"password\":\"Kaili@2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as("a token in %s", body).isTrue();
        return token.group(1);
    }

    HttpRequest report(String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + UUID.randomUUID()
                        + "\",\"type\":\"city_sanitation\",\"description\":\"测试：垃圾未清运\","
                        + "\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}"))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).build());
    }

    /** The process id of the embedded PostgreSQL now running on {@code data}. */
    static long postmasterPid(Path data) {
        return PostmasterPidFile.in(DatabaseProperties.embeddedDirectory(data)).orElseThrow().pid();
    }

    boolean stopsWithin(Duration limit) throws InterruptedException {
        process.destroy(); // SIGTERM, as a service manager stops it
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
