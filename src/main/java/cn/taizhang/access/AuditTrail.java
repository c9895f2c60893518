package cn.taizhang.access;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.PersonalDataExported;
import cn.taizhang.platform.audit.PersonalDataViewed;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.audit.AuditRows;
import cn.taizhang.platform.web.ListResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The append-only audit trail: sign-ins, changes, views of personal data. */
@Service
public class AuditTrail {

    /** One audit row as the auditor reads it. */
    public record Entry(long id, OffsetDateTime at, String action, String actorUsername, String actorJurisdiction,
            String sourceAddress, String method, String path, Integer status, String targetType, String targetId,
            String beforeRef, String afterRef, String detail) {

        /** The same row with its time in Beijing time, as the auditor reads it. */
        Entry inBeijingTime() {
            return new Entry(id, at.atZoneSameInstant(BeijingTime.ZONE).toOffsetDateTime(), action, actorUsername, actorJurisdiction,
                    sourceAddress, method, path, status, targetType, targetId, beforeRef, afterRef, detail);
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void signIn(Caller caller, String sourceAddress, String how) {
        insert("SIGN_IN", caller, null, sourceAddress, null, null, null, null, null, null, null, how);
    }

    void signInFailed(String attemptedUsername, String sourceAddress, String how) {
        insert("SIGN_IN_FAILED", null, attemptedUsername, sourceAddress, null, null, null, null, null, null, null, how);
    }

    /** Too many failed sign-ins: the account (lower-case username) or the source address is locked. */
    void signInLocked(String kind, String subject, String sourceAddress) {
        insert("SIGN_IN_LOCKED", null, "account".equals(kind) ? subject : null, sourceAddress, null, null, null, kind, subject, null, null, null);
    }

    /** The security administrator lifted an account's lock. */
    void signInUnlocked(Caller by, long staffId, String username, String sourceAddress) {
        insert("SIGN_IN_UNLOCKED", by, null, sourceAddress, null, null, null, "staff", Long.toString(staffId), null, null, username);
    }

    /** Tokens revoked because their owner took one more than an account may hold live. */
    void tokensRevokedByLimit(Caller owner, List<Long> tokenIds, String sourceAddress) {
        for (long id : tokenIds) {
            insert("TOKEN_REVOKED", owner, null, sourceAddress, null, null, null, "api_token", Long.toString(id), null, null, "limit");
        }
    }

    /** The security administrator reset an account's second factor. */
    void secondFactorReset(Caller by, long staffId, String username, String sourceAddress) {
        insert("TWO_FACTOR_RESET", by, null, sourceAddress, null, null, null, "staff", Long.toString(staffId), null, null, username);
    }

    /**
     * The row of a change, written in the change's transaction just before it commits ({@link AuditedTransactions});
     * false if the transaction has written nothing, and so no row was written.
     */
    boolean recordCommitted(AuditNote.Change change, AuditNote.Note note) {
        return named.update(AuditRows.INSERT_IF_WRITTEN, row("CHANGE", change, null, note == null ? new AuditNote.Note(null, null, null, null) : note)) > 0;
    }

    /** The row of a change request that committed nothing, with the status it was answered with. */
    void record(AuditNote.Change change, int status, AuditNote.Note note) {
        named.update(AuditRows.INSERT, row("CHANGE", change, status, note));
    }

    /**
     * Synchronous, in the viewing request: if this fails the view fails too. The detail names the field and, when the
     * viewer gave one, the reason ("id_number；原因：…"); the value shown is never written.
     */
    @EventListener
    void on(PersonalDataViewed viewed) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
        insert("PERSONAL_DATA_VIEWED", currentCaller(), null, request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(), null,
                viewed.subjectType(), viewed.subjectId(), null, null,
                viewed.reason() == null ? viewed.field() : viewed.field() + AuditLabels.REASON + viewed.reason());
    }

    /** A list of personal data taken away as a file (人员台账 exported): who, from where, and what the export held. */
    @EventListener
    void on(PersonalDataExported exported) {
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
        insert("PERSONAL_DATA_EXPORTED", currentCaller(), null, request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(), null,
                exported.subjectType(), null, null, null, exported.description());
    }

    /** A change made on the server's command line ({@link AdminCommand}): the actor is the operating-system user. */
    void commandLine(String action, String command, long staffId, String detail) {
        insert(action, null, "cli:" + System.getProperty("user.name"), host(), "CLI", command, null, "staff", Long.toString(staffId),
                null, null, detail);
    }

    /** The auditor took the trail away: what it searched for and how many rows it got. */
    void exported(Caller by, HttpServletRequest request, AuditFilter filter, int rows) {
        insert("AUDIT_EXPORTED", by, null, request.getRemoteAddr(), request.getMethod(), request.getRequestURI(), null, "audit", null,
                null, null, filter.describe() + "；共 " + rows + " 条");
    }

    /** The rows within the scope that the filter selects, the latest first, times in Beijing time. */
    ListResponse<Entry> entries(Scope scope, AuditFilter filter, int offset, int limit) {
        List<Entry> items = filtered("""
                        SELECT id, at, action, actor_username, actor_jurisdiction, source_address, method, path, status,
                               target_type, target_id, before_ref, after_ref, detail FROM audit_event""" + AuditFilter.SQL
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset", scope, filter)
                .param("limit", limit).param("offset", offset)
                .query(Entry.class).list().stream().map(Entry::inBeijingTime).toList();
        long total = filtered("SELECT count(*) FROM audit_event" + AuditFilter.SQL, scope, filter).query(Long.class).single();
        return new ListResponse<>(items, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, AuditFilter f) {
        return jdbc.sql(sql).param("prefix", scope.likePattern()).param("from", f.fromTime()).param("to", f.toTime())
                .param("user", f.user()).param("action", f.action()).param("targetType", f.targetType())
                .param("targetId", f.targetId()).param("source", f.source());
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    static Caller currentCaller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? c : null;
    }

    private void insert(String action, Caller caller, String attemptedUsername, String sourceAddress, String method, String path,
            Integer status, String targetType, String targetId, String beforeRef, String afterRef, String detail) {
        named.update(AuditRows.INSERT, row(action, caller, attemptedUsername, sourceAddress, method, path, status, targetType, targetId,
                beforeRef, afterRef, detail));
    }

    private static MapSqlParameterSource row(String action, AuditNote.Change change, Integer status, AuditNote.Note note) {
        return new MapSqlParameterSource()
                .addValue("action", action).addValue("actorId", change.actorId()).addValue("actorUsername", change.actorUsername())
                .addValue("jurisdiction", change.actorJurisdiction()).addValue("source", change.sourceAddress())
                .addValue("method", change.method()).addValue("path", change.path()).addValue("status", status)
                .addValue("targetType", note.targetType()).addValue("targetId", note.targetId())
                .addValue("beforeRef", note.beforeRef()).addValue("afterRef", note.afterRef()).addValue("detail", null);
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
