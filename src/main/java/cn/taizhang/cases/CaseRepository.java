package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseEvent;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.audit.AuditRows;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Case rows and their events. Writes check the version read: a lost race changes nothing. */
@Repository
public class CaseRepository {

    public record NewRow(String number, String type, String severity, String sector, String gridCode, Long suggestedUnitId,
            String description, String address, Double lat, Double lng, String source, long reporterId, UUID clientId,
            String idempotencyKey, String requestHash, OffsetDateTime reportedAt, String reporterRole, String subjectKind, Long subjectId) {
    }

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts cases with their report events and, for a row given a change, the change's audit row, in one statement
     * (one run of the tally trigger, one commit); skips the cases whose client id or idempotency key is taken (a
     * retry, or the same report arriving twice at once) and answers the rows it inserted.
     */
    private static final String INSERT = """
            WITH r AS (
                SELECT * FROM unnest(CAST(:number AS text[]), CAST(:type AS text[]), CAST(:severity AS text[]), CAST(:sector AS text[]),
                                     CAST(:grid AS text[]), CAST(:suggested AS bigint[]), CAST(:description AS text[]),
                                     CAST(:address AS text[]), CAST(:lat AS float8[]), CAST(:lng AS float8[]), CAST(:source AS text[]),
                                     CAST(:reporter AS bigint[]), CAST(:clientId AS uuid[]), CAST(:key AS text[]), CAST(:hash AS text[]),
                                     CAST(:at AS timestamptz[]), CAST(:role AS text[]), CAST(:audited AS boolean[]),
                                     CAST(:auditActor AS bigint[]), CAST(:auditUsername AS text[]), CAST(:auditJurisdiction AS text[]),
                                     CAST(:auditSource AS text[]), CAST(:auditMethod AS text[]), CAST(:auditPath AS text[]),
                                     CAST(:subjectKind AS text[]), CAST(:subjectId AS bigint[]))
                     AS r(number, type, severity, sector, grid, suggested, description, address, lat, lng, source, reporter,
                          client_id, key, hash, at, role, audited, audit_actor, audit_username, audit_jurisdiction, audit_source,
                          audit_method, audit_path, subject_kind, subject_id)),
            c AS (
                INSERT INTO case_record (number, type_code, severity, sector, state, area_code, suggested_unit_id, description,
                                         address, lat, lng, source, reporter_id, client_id, idempotency_key, request_hash,
                                         created_at, updated_at, subject_kind, subject_id)
                SELECT number, type, severity, sector, 'reported', grid, suggested, description, address, lat, lng, source,
                       reporter, client_id, key, hash, at, at, subject_kind, subject_id
                FROM r
                ON CONFLICT DO NOTHING
                RETURNING *),
            e AS (
                INSERT INTO case_event (case_id, seq, at, actor_id, actor_role, action, from_state, to_state, data)
                SELECT c.id, 1, c.created_at, c.reporter_id, r.role, 'report', NULL, 'reported', jsonb_build_object('source', c.source)
                FROM c JOIN r ON r.number = c.number),
            a AS (
                """ + AuditRows.INSERT_CHANGES + """
                       r.audit_actor, r.audit_username, r.audit_jurisdiction, r.audit_source, r.audit_method, r.audit_path, 'case',
                       c.id::text, c.id::text
                FROM c JOIN r ON r.number = c.number WHERE r.audited)
            SELECT c.*, t.verification_required FROM c JOIN case_type t ON t.code = c.type_code
            """;

    /**
     * Inserts the cases with their report events, each with its change's audit row where {@code changes} has one (it
     * may hold nulls), in one statement; answers the rows inserted by number (those skipped as taken are left out).
     */
    public Map<String, CaseRow> insertAll(List<NewRow> rows, List<AuditNote.Change> changes) {
        Map<String, CaseRow> inserted = new HashMap<>();
        jdbc.sql(INSERT)
                .param("number", column(rows, NewRow::number, String[]::new))
                .param("type", column(rows, NewRow::type, String[]::new))
                .param("severity", column(rows, NewRow::severity, String[]::new))
                .param("sector", column(rows, NewRow::sector, String[]::new))
                .param("grid", column(rows, NewRow::gridCode, String[]::new))
                .param("suggested", column(rows, NewRow::suggestedUnitId, Long[]::new))
                .param("description", column(rows, NewRow::description, String[]::new))
                .param("address", column(rows, NewRow::address, String[]::new))
                .param("lat", column(rows, NewRow::lat, Double[]::new))
                .param("lng", column(rows, NewRow::lng, Double[]::new))
                .param("source", column(rows, NewRow::source, String[]::new))
                .param("reporter", column(rows, NewRow::reporterId, Long[]::new))
                .param("clientId", column(rows, r -> r.clientId() == null ? null : r.clientId().toString(), String[]::new))
                .param("key", column(rows, NewRow::idempotencyKey, String[]::new))
                .param("hash", column(rows, NewRow::requestHash, String[]::new))
                .param("at", column(rows, r -> r.reportedAt().toString(), String[]::new))
                .param("role", column(rows, NewRow::reporterRole, String[]::new))
                .param("audited", column(changes, Objects::nonNull, Boolean[]::new))
                .param("auditActor", audit(changes, AuditNote.Change::actorId, Long[]::new))
                .param("auditUsername", audit(changes, AuditNote.Change::actorUsername, String[]::new))
                .param("auditJurisdiction", audit(changes, AuditNote.Change::actorJurisdiction, String[]::new))
                .param("auditSource", audit(changes, AuditNote.Change::sourceAddress, String[]::new))
                .param("auditMethod", audit(changes, AuditNote.Change::method, String[]::new))
                .param("auditPath", audit(changes, AuditNote.Change::path, String[]::new))
                .param("subjectKind", column(rows, NewRow::subjectKind, String[]::new))
                .param("subjectId", column(rows, NewRow::subjectId, Long[]::new))
                .query((rs, n) -> inserted.put(rs.getString("number"), CaseRow.map(rs, n))).list();
        return inserted;
    }

    private static Map<UUID, CaseRow> byClientId(JdbcClient.StatementSpec query) {
        Map<UUID, CaseRow> rows = new HashMap<>();
        query.query((rs, n) -> rows.put((UUID) rs.getObject("client_id"), CaseRow.map(rs, n))).list();
        return rows;
    }

    /** A column of the changes' audit facts, null for a row without a change. */
    private static <T> T[] audit(List<AuditNote.Change> changes, Function<AuditNote.Change, T> value, IntFunction<T[]> array) {
        return column(changes, change -> change == null ? null : value.apply(change), array);
    }

    private static <S, T> T[] column(List<S> rows, Function<S, ? extends T> value, IntFunction<T[]> array) {
        return rows.stream().map(value).toArray(array);
    }

    public Optional<CaseRow> find(long id) {
        return jdbc.sql(CaseRow.SELECT + " WHERE c.id = :id").param("id", id).query(CaseRow::map).optional();
    }

    public Optional<CaseRow> find(long id, Visibility visibility) {
        return visible(CaseRow.SELECT + " WHERE c.id = :id AND " + Visibility.SQL, visibility).param("id", id)
                .query(CaseRow::map).optional();
    }

    public Optional<CaseRow> findByClientId(UUID clientId) {
        return jdbc.sql(CaseRow.SELECT + " WHERE c.client_id = :id").param("id", clientId).query(CaseRow::map).optional();
    }

    public Optional<CaseRow> findByKey(long reporterId, String key) {
        return jdbc.sql(CaseRow.SELECT + " WHERE c.reporter_id = :reporter AND c.idempotency_key = :key")
                .param("reporter", reporterId).param("key", key).query(CaseRow::map).optional();
    }

    /** Saves the case after a transition if nobody changed it since {@code c.version()} was read; false otherwise. */
    public boolean save(Case c) {
        return jdbc.sql("""
                        UPDATE case_record SET state = :state, unit_id = :unit, deadline = :deadline, dispatched_at = :dispatchedAt,
                               handled_at = :handledAt, closed_at = :closedAt, duplicate_of = :duplicateOf,
                               extension_pending_days = :pendingDays, extension_reason = :pendingReason,
                               deferred_from = :deferredFrom, deferred_at = :deferredAt,
                               rework_count = :rework, return_count = :returns, extension_count = :extensions,
                               deferred_count = :deferrals, supervised_count = :supervisions, reopened_count = :reopenings,
                               overdue_marked = coalesce({overdue}, false),
                               version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version
                        """.replace("{overdue}", Overdue.sql(":")))
                .param("id", c.id()).param("version", c.version()).param("state", c.state().code()).param("unit", c.unitId())
                .param("deadline", c.deadline()).param("dispatchedAt", c.dispatchedAt()).param("handledAt", c.handledAt())
                .param("closedAt", c.closedAt()).param("duplicateOf", c.duplicateOf())
                .param("pendingDays", c.extensionPendingDays()).param("pendingReason", c.extensionReason())
                .param("deferredFrom", c.deferredFrom() == null ? null : c.deferredFrom().code()).param("deferredAt", c.deferredAt())
                .param("rework", c.counters().rework()).param("returns", c.counters().returns())
                .param("extensions", c.counters().extensions()).param("deferrals", c.counters().deferrals())
                .param("supervisions", c.counters().supervisions()).param("reopenings", c.counters().reopenings())
                .update() == 1;
    }

    /** Appends to the timeline; callers hold the case row (the version update) so the sequence cannot race. */
    public void append(long caseId, Long actorId, String actorRole, CaseEvent event, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO case_event (case_id, seq, at, actor_id, actor_role, action, from_state, to_state, note, data, attachments)
                        VALUES (:case, (SELECT coalesce(max(seq), 0) + 1 FROM case_event WHERE case_id = :case), :at, :actor, :role,
                                :action, :from, :to, :note, CAST(:data AS jsonb), :attachments)
                        """)
                .param("case", caseId).param("at", at).param("actor", actorId).param("role", actorRole)
                .param("action", event.action().code()).param("from", event.from() == null ? null : event.from().code())
                .param("to", event.to().code()).param("note", event.note())
                .param("data", JsonMapper.shared().writeValueAsString(event.data()))
                .param("attachments", event.attachments().toArray(Long[]::new))
                .update();
    }

    public Map<UUID, CaseRow> findByClientIds(List<UUID> clientIds) {
        return byClientId(jdbc.sql(CaseRow.SELECT + " WHERE c.client_id = ANY(:ids)").param("ids", clientIds.toArray(UUID[]::new)));
    }

    List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("""
                        SELECT e.seq, e.at, e.actor_id, s.name AS actor_name, e.actor_role, e.action, e.from_state, e.to_state, e.note,
                               e.data::text AS data, e.attachments
                        FROM case_event e LEFT JOIN staff s ON s.id = e.actor_id WHERE e.case_id = :case ORDER BY e.seq
                        """)
                .param("case", caseId)
                .query((rs, n) -> new TimelineEntry(rs.getInt("seq"), rs.getObject("at", OffsetDateTime.class),
                        (Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("action"),
                        Action.labelOf(rs.getString("action")), rs.getString("from_state"),
                        stateName(rs.getString("from_state")), rs.getString("to_state"), stateName(rs.getString("to_state")), rs.getString("note"), JsonMapper.shared().readTree(rs.getString("data")),
                        List.of((Long[]) rs.getArray("attachments").getArray())))
                .list();
    }

    private static String stateName(String code) {
        return code == null ? null : CaseState.fromCode(code).map(CaseState::label).orElse(code);
    }

    private JdbcClient.StatementSpec visible(String sql, Visibility v) {
        return jdbc.sql(sql).param("visPrefix", v.scope().likePattern()).param("visDepartment", v.scope().departmentId())
                .param("visCaller", v.callerId());
    }
}
