package cn.taizhang.notices;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices bound for the outbound webhook (an SMS gateway, a 12345 hotline platform) are written to an
 * outbox in the same transaction as the notice itself, so none is lost; {@link WebhookSender} delivers them.
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final boolean enabled;

    WebhookOutbox(JdbcClient jdbc, @Value("${taizhang.webhook.url:}") String url) {
        this.jdbc = jdbc;
        this.enabled = !url.isBlank();
    }

    void enqueue(long noticeId, long recipientId, Notice notice) {
        if (!enabled) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", noticeId);
        payload.put("recipientId", recipientId);
        payload.put("kind", notice.kind());
        payload.put("title", notice.title());
        payload.put("body", notice.body());
        payload.put("link", notice.link());
        jdbc.sql("INSERT INTO webhook_delivery (notice_id, payload) VALUES (:notice, :payload)")
                .param("notice", noticeId).param("payload", JsonMapper.shared().writeValueAsString(payload)).update();
    }
}
