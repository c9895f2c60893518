package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.PersonalDataViewed;
import cn.taizhang.platform.db.WriteBehind;
import cn.taizhang.platform.web.ListResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The append-only audit trail: sign-ins, changes, views of personal data. */
@Service
public class AuditTrail implements DisposableBean {

    /** One audit row as the auditor reads it. */
    public record Entry(long id, OffsetDateTime at, String action, String actorUsername, String actorJurisdiction,
            String sourceAddress, String method, String path, Integer status, String targetType, String targetId,
            String beforeRef, String afterRef, String detail) {
    }

    private static final String INSERT = """
            INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,
                                     status, target_type, target_id, before_ref, after_ref, detail)
            VALUES (:action, :actorId, :actorUsername, :jurisdiction, :source, :method, :path, :status,
                    :targetType, :targetId, :beforeRef, :afterRef, :detail)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;
    private final WriteBehind<MapSqlParameterSource> changes;

    AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate named, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.named = named;
        this.transaction = transaction;
        this.changes = new WriteBehind<>("audit-changes", this::writeChanges);
    }

    void signIn(Caller caller, String sourceAddress, String how) {
        insert("SIGN_IN", caller, null, sourceAddress, null, null, null, null, null, null, null, how);
    }

    void signInFailed(String attemptedUsername, String sourceAddress, String how) {
        insert("SIGN_IN_FAILED", null, attemptedUsername, sourceAddress, null, null, null, null, null, null, null, how);
    }

    /**
     * The row of a change that has already committed, written behind the request ({@link WriteBehind}) in
     * batches whose commit does not wait for the disk (synchronous_commit off for that transaction only).
     * A second transaction per change, in the request, cost every writing request three more round trips
     * (JFR: a tenth of the application's CPU when creating cases), and the change itself is durable either
     * way. A crash of the application or the database can lose the rows of the last fraction of a second;
     * sign-ins and views of personal data are written synchronously, in their request. Readers of the trail
     * see every row recorded before they ask.
     */
    void record(String action, Caller caller, String sourceAddress, String method, String path, Integer status,
            String targetType, String targetId, String beforeRef, String afterRef) {
        changes.add(row(action, caller, null, sourceAddress, method, path, status, targetType, targetId, beforeRef, afterRef, null));
    }

    private void writeChanges(List<MapSqlParameterSource> rows) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
            named.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
        });
    }

    /** Waits until the change rows recorded so far are written (a reader's read-your-writes). */
    public void flush() {
        changes.flush(Duration.ofSeconds(10));
    }

    @Override
    public void destroy() {
        changes.close();
    }

    /** Synchronous, in the viewing request: if this fails the view fails too. */
    @EventListener
    void on(PersonalDataViewed viewed) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
        insert("PERSONAL_DATA_VIEWED", currentCaller(), null, request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(), null,
                viewed.subjectType(), viewed.subjectId(), null, null, viewed.field());
    }

    public ListResponse<Entry> entries(Scope scope, String action, int offset, int limit) {
        flush();
        String where = " WHERE (actor_jurisdiction IS NULL OR actor_jurisdiction LIKE :prefix) AND (CAST(:action AS text) IS NULL OR action = :action)";
        List<Entry> items = jdbc.sql("""
                        SELECT id, at, action, actor_username, actor_jurisdiction, source_address, method, path, status,
                               target_type, target_id, before_ref, after_ref, detail FROM audit_event""" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", scope.likePattern()).param("action", action).param("limit", limit).param("offset", offset)
                .query(Entry.class).list();
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).param("prefix", scope.likePattern())
                .param("action", action).query(Long.class).single();
        return new ListResponse<>(items, total);
    }

    static Caller currentCaller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? c : null;
    }

    private void insert(String action, Caller caller, String attemptedUsername, String sourceAddress, String method, String path,
            Integer status, String targetType, String targetId, String beforeRef, String afterRef, String detail) {
        named.update(INSERT, row(action, caller, attemptedUsername, sourceAddress, method, path, status, targetType, targetId,
                beforeRef, afterRef, detail));
    }

    private static MapSqlParameterSource row(String action, Caller caller, String attemptedUsername, String sourceAddress,
            String method, String path, Integer status, String targetType, String targetId, String beforeRef, String afterRef,
            String detail) {
        return new MapSqlParameterSource()
                .addValue("action", action)
                .addValue("actorId", caller == null ? null : caller.id())
                .addValue("actorUsername", caller == null ? attemptedUsername : caller.getUsername())
                .addValue("jurisdiction", caller == null ? null : caller.jurisdictionCode())
                .addValue("source", sourceAddress).addValue("method", method).addValue("path", path).addValue("status", status)
                .addValue("targetType", targetType).addValue("targetId", targetId)
                .addValue("beforeRef", beforeRef).addValue("afterRef", afterRef).addValue("detail", detail);
    }
}
