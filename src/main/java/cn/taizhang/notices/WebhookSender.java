package cn.taizhang.notices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the webhook outbox: POSTs each notice as JSON signed with HMAC-SHA256 of the body
 * ({@code X-Taizhang-Signature: sha256=<hex>}), retrying failures with exponential back-off
 * (30 s, 1 min, 2 min … at most 1 h). Rows are claimed with SKIP LOCKED, so two running instances
 * never deliver the same notice twice at once.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 50;

    record Due(long id, String payload, int attempts) {
    }

    private final JdbcClient jdbc;
    private final String url;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookSender(JdbcClient jdbc, @Value("${taizhang.webhook.url:}") String url, @Value("${taizhang.webhook.secret:}") String secret) {
        this.jdbc = jdbc;
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Scheduled(fixedDelayString = "${taizhang.webhook.poll:5s}")
    @Transactional
    public void deliverDue() {
        if (url.isBlank()) {
            return;
        }
        List<Due> due = jdbc.sql("""
                        SELECT id, payload, attempts FROM webhook_delivery
                        WHERE delivered_at IS NULL AND next_attempt_at <= now()
                        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED
                        """).param("batch", BATCH).query(Due.class).list();
        for (Due delivery : due) {
            String error = post(delivery);
            if (error == null) {
                jdbc.sql("UPDATE webhook_delivery SET delivered_at = now(), attempts = attempts + 1 WHERE id = :id")
                        .param("id", delivery.id()).update();
            } else {
                jdbc.sql("""
                                UPDATE webhook_delivery SET attempts = attempts + 1, last_error = :error,
                                       next_attempt_at = now() + make_interval(secs => :delay) WHERE id = :id
                                """)
                        .param("id", delivery.id()).param("error", error).param("delay", backoffSeconds(delivery.attempts() + 1)).update();
            }
        }
    }

    static long backoffSeconds(int attempts) {
        return Math.min(3600, 30L << Math.min(attempts - 1, 7));
    }

    static String sign(byte[] secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String post(Due delivery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Taizhang-Delivery", Long.toString(delivery.id()))
                    .header("X-Taizhang-Signature", sign(secret, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (Exception e) {
            log.warn("Webhook delivery {} failed: {}", delivery.id(), e.toString());
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } 
    }
}
