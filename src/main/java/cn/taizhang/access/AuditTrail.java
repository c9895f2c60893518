package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.PersonalDataViewed;
import cn.taizhang.platform.web.ListResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The append-only audit trail: sign-ins, changes, views of personal data. */
@Service
public class AuditTrail {

    /** One audit row as the auditor reads it. */
    public record Entry(long id, OffsetDateTime at, String action, String actorUsername, String actorJurisdiction,
            String sourceAddress, String method, String path, Integer status, String targetType, String targetId,
            String beforeRef, String afterRef, String detail) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AuditTrail(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void signIn(Caller caller, String sourceAddress, String how) {
        insert("SIGN_IN", caller, null, sourceAddress, null, null, null, null, null, null, null, how);
    }

    void signInFailed(String attemptedUsername, String sourceAddress, String how) {
        insert("SIGN_IN_FAILED", null, attemptedUsername, sourceAddress, null, null, null, null, null, null, null, how);
    }

    /**
     * The row of a change that has already committed. Its commit does not wait for the disk
     * (synchronous_commit off for this transaction only): a second flush per change would halve the
     * write throughput, and the change itself is durable either way. A crash in the following fraction
     * of a second can lose such a row; sign-ins and views of personal data are written synchronously.
     */
    void record(String action, Caller caller, String sourceAddress, String method, String path, Integer status,
            String targetType, String targetId, String beforeRef, String afterRef) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
            insert(action, caller, null, sourceAddress, method, path, status, targetType, targetId, beforeRef, afterRef, null);
        });
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
        jdbc.sql("""
                        INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,
                                                 status, target_type, target_id, before_ref, after_ref, detail)
                        VALUES (:action, :actorId, :actorUsername, :jurisdiction, :source, :method, :path, :status,
                                :targetType, :targetId, :beforeRef, :afterRef, :detail)
                        """)
                .param("action", action)
                .param("actorId", caller == null ? null : caller.id())
                .param("actorUsername", caller == null ? attemptedUsername : caller.getUsername())
                .param("jurisdiction", caller == null ? null : caller.jurisdictionCode())
                .param("source", sourceAddress).param("method", method).param("path", path).param("status", status)
                .param("targetType", targetType).param("targetId", targetId)
                .param("beforeRef", beforeRef).param("afterRef", afterRef).param("detail", detail)
                .update();
    }
}
