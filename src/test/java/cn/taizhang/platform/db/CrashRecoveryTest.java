package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator saw after a SIGKILL, done here to real processes: the database dying under the running
 * application, the application dying and leaving its database running, a second application on the same folder,
 * and a stop while the database is gone.
 */
class CrashRecoveryTest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @TempDir
    Path folder;

    private final List<ChildApplication> apps = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        apps.forEach(app -> app.process.destroyForcibly());
        Path data = folder.resolve("data");
        PostmasterPidFile.in(DatabaseProperties.embeddedDirectory(data))
                .ifPresent(pid -> ProcessHandle.of(pid.pid()).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void theApplicationSurvivesTheCrashOfItsDatabaseAndOfItself() throws Exception {
        String external = System.getenv("TAIZHANG_DB_URL");
        assumeTrue(external == null || external.isBlank(), "the embedded server is what is tested");
        Path data = folder.resolve("data");
        ChildApplication first = started(ChildApplication.start(data, "first"));
        String token = first.token();
        long before = created(first.send(first.report(token)));

        // the database killed under the running application
        long postmaster = ChildApplication.postmasterPid(data);
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        // clients retrying as told meet fast 503s until the supervisor has the server running again (backends of the
        // killed server may still commit on connections they hold for a moment: only a report taken by the new one counts)
        long after = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (after < 0 && System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            HttpResponse<String> answer = first.send(first.report(token));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            if (answer.statusCode() == 201) {
                long id = created(answer);
                if (anotherServerRuns(data, postmaster)) {
                    after = id;
                }
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(answer.body()).contains("DATABASE_UNAVAILABLE");
                assertThat(millis).as("answered at once, not after the pool's time-out").isLessThan(2_500);
                assertThat(first.status("/actuator/health/liveness")).as("liveness is about the process").isEqualTo(200);
                Thread.sleep(200);
            }
        }
        assertThat(after).as("reports are taken again within 30 s; log:\n%s", first.logTail()).isPositive();
        awaitReadiness(first, 200, Duration.ofSeconds(10));
        assertThat(ChildApplication.postmasterPid(data)).as("a new server").isNotEqualTo(postmaster);
        assertThat(first.get("/api/v1/cases/" + before, token).statusCode()).isEqualTo(200);

        // the application killed: its database lives on, orphaned, and the next start stops it and goes on
        postmaster = ChildApplication.postmasterPid(data);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(EmbeddedPostgresServer.alive(postmaster)).as("SIGKILL leaves the server running").isTrue();
        ChildApplication second = started(ChildApplication.start(data, "second"));
        assertThat(EmbeddedPostgresServer.alive(postmaster)).as("the orphan was stopped").isFalse();
        String again = second.token();
        assertThat(second.get("/api/v1/cases/" + before, again).statusCode()).isEqualTo(200);
        assertThat(second.get("/api/v1/cases/" + after, again).statusCode()).isEqualTo(200);

        // a second application on the folder refuses to start, naming the first
        ChildApplication third = started(ChildApplication.launch(data, "third"));
        assertThat(third.process.waitFor(120, TimeUnit.SECONDS)).as("the second application gives up").isTrue();
        assertThat(third.process.exitValue()).isNotZero();
        assertThat(Files.readString(third.log)).contains("PID " + second.process.pid());
        assertThat(second.status("/actuator/health/readiness")).as("the first runs on").isEqualTo(200);

        // a stop while the database is gone
        ProcessHandle.of(ChildApplication.postmasterPid(data)).orElseThrow().destroyForcibly();
        Thread.sleep(300);
        long stopping = System.nanoTime();
        assertThat(second.stopsWithin(Duration.ofSeconds(10))).as("stopped within 10 s; its log:\n%s", second.logTail()).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping)).isLessThan(10_000);
    }

    private static boolean anotherServerRuns(Path data, long killed) {
        return PostmasterPidFile.in(DatabaseProperties.embeddedDirectory(data))
                .filter(pid -> pid.pid() != killed && EmbeddedPostgresServer.alive(pid.pid())).isPresent();
    }

    private ChildApplication started(ChildApplication app) {
        apps.add(app);
        return app;
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static void awaitReadiness(ChildApplication app, int status, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int seen = -1;
        while (System.nanoTime() < deadline) {
            seen = app.status("/actuator/health/readiness");
            if (seen == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness " + seen + ", not " + status + ", after " + limit.toSeconds() + " s; log:\n" + app.logTail());
    }
}
