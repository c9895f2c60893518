package cn.taizhang.notices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbound webhook against a real HTTP server on the loopback: signed, retried with back-off, delivered once. */
@IntegrationTest
class WebhookTests {

    private static final String SECRET = "hook-secret";

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticeRepository repository;

    @Autowired
    TransactionTemplate transaction;

    private HttpServer server;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private String url;

    @BeforeEach
    void startReceiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Taizhang-Signature"), body});
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        jdbc.update("UPDATE webhook_delivery SET delivered_at = now() WHERE delivered_at IS NULL");
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void aNoticeIsPostedSignedAndRetriedAfterAFailure() {
        failuresLeft.set(1);
        WebhookSender sender = new WebhookSender(jdbcClient, url, SECRET);
        send("webhook:retry");

        transaction.executeWithoutResult(s -> sender.deliverDue());
        assertThat(received).isEmpty();
        var row = jdbc.queryForMap("SELECT attempts, last_error, next_attempt_at > now() + interval '20 seconds' AS later "
                + "FROM webhook_delivery WHERE delivered_at IS NULL");
        assertThat(row).containsEntry("attempts", 1).containsEntry("last_error", "HTTP 503").containsEntry("later", true);

        jdbc.update("UPDATE webhook_delivery SET next_attempt_at = now() WHERE delivered_at IS NULL");
        transaction.executeWithoutResult(s -> sender.deliverDue());

        assertThat(received).hasSize(1);
        String[] request = received.get(0);
        assertThat(request[1]).contains("\"title\":\"网格事件提醒\"");
        assertThat(request[0]).isEqualTo(WebhookSender.sign(SECRET.getBytes(StandardCharsets.UTF_8), request[1]));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE delivered_at IS NULL", Long.class)).isZero();
    }

    @Test
    void twoInstancesDeliverEachNoticeOnce() {
        for (int i = 0; i < 20; i++) {
            send("webhook:pair:" + i);
        }
        WebhookSender first = new WebhookSender(jdbcClient, url, SECRET);
        WebhookSender second = new WebhookSender(jdbcClient, url, SECRET);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> first.deliverDue())),
                CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> second.deliverDue()))).join();

        assertThat(received).hasSize(20);
        assertThat(received.stream().map(r -> r[1]).distinct()).hasSize(20);
    }

    @Test
    void backOffDoublesUpToAnHour() {
        assertThat(WebhookSender.backoffSeconds(1)).isEqualTo(30);
        assertThat(WebhookSender.backoffSeconds(2)).isEqualTo(60);
        assertThat(WebhookSender.backoffSeconds(5)).isEqualTo(480);
        assertThat(WebhookSender.backoffSeconds(20)).isEqualTo(3600);
    }

    private void send(String dedupKey) {
        long worker = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-gridworker'", Long.class);
        NoticeService service = new NoticeService(repository, new WebhookOutbox(jdbcClient, url));
        transaction.executeWithoutResult(s -> service.send(new Notice(List.of(worker), "test", "网格事件提醒", "请核查", null, dedupKey)));
    }
}
