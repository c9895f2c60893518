package cn.taizhang.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
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
    Path folder;

    @Test
    void everyAcknowledgedChangeKeepsItsAuditRowWhenTheApplicationIsStopped() throws Exception {
        String external = System.getenv("TAIZHANG_DB_URL");
        assumeTrue(external == null || external.isBlank(), "the embedded server's stop is what is tested");
        Path data = folder.resolve("data");
        ChildApplication app = ChildApplication.start(data, "app");
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        ExecutorService reporters = Executors.newFixedThreadPool(4);
        try {
            String token = app.token();
            AtomicBoolean reporting = new AtomicBoolean(true);
            for (int i = 0; i < 4; i++) {
                reporters.submit(() -> {
                    while (reporting.get()) {
                        try {
                            HttpResponse<String> r = app.send(app.report(token));
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
            assertThat(app.stopsWithin(Duration.ofSeconds(90))).as("the application stops").isTrue(); // SIGTERM
            reporting.set(false);
        } finally {
            reporters.shutdownNow();
            reporters.awaitTermination(10, TimeUnit.SECONDS);
            app.process.destroyForcibly();
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
}
