package cn.taizhang.notices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class NoticeRepository {

    record Row(long id, String kind, String title, String body, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notice's id, or empty if this recipient already has one with the same dedup key. */
    Optional<Long> insert(long staffId, Notice notice) {
        return jdbc.sql("""
                        INSERT INTO notice (staff_id, kind, title, body, link, dedup_key)
                        VALUES (:staff, :kind, :title, :body, :link, :dedup)
                        ON CONFLICT (staff_id, dedup_key) DO NOTHING RETURNING id
                        """)
                .param("staff", staffId).param("kind", notice.kind()).param("title", notice.title())
                .param("body", notice.body()).param("link", notice.link()).param("dedup", notice.dedupKey())
                .query(Long.class).optional();
    }

    private static final String ROWS = "SELECT id, kind, title, body, link, created_at, read_at FROM notice";

    List<Row> recent(long staffId, boolean unreadOnly, int limit, int offset) {
        return jdbc.sql(ROWS + " WHERE staff_id = :staff"
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("staff", staffId).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    long count(long staffId, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE staff_id = :staff" + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param("staff", staffId).query(Long.class).single();
    }

    Optional<Row> find(long staffId, long id) {
        return jdbc.sql(ROWS + " WHERE id = :id AND staff_id = :staff")
                .param("id", id).param("staff", staffId).query(Row.class).optional();
    }

    boolean exists(long staffId, long id) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE id = :id AND staff_id = :staff").param("id", id).param("staff", staffId)
                .query(Long.class).single() > 0;
    }

    // in a transaction of Spring's, like every change a request makes, so that the request's audit row commits with it
    @Transactional
    boolean markRead(long staffId, long id) {
        return jdbc.sql("UPDATE notice SET read_at = now() WHERE id = :id AND staff_id = :staff AND read_at IS NULL")
                .param("id", id).param("staff", staffId).update() > 0;
    }

    @Transactional
    int markAllRead(long staffId) {
        return jdbc.sql("UPDATE notice SET read_at = now() WHERE staff_id = :staff AND read_at IS NULL").param("staff", staffId).update();
    }
}
