package cn.taizhang.enforcement;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enforcement actions with their violations, linked cases, history and documents. */
@Repository
class ActionRepository {

    /** An action to store: what was asked, where, by whom, in which state. */
    record Insert(NewAction action, String subjectName, String areaCode, long departmentId, long officerId, String state, String requestHash) {
    }

    /** The list's filters, each optional: area prefix, enterprise, kind, period (days, inclusive) and department. */
    record Filter(String area, Long enterpriseId, String kind, LocalDate from, LocalDate to, Long departmentId) {
    }

    /** One line of an action's history. */
    record Event(OffsetDateTime at, Long actorId, String what, String note) {
    }

    /** One of its documents. */
    record Document(long id, String title, String sha256, String contentType, int size, OffsetDateTime uploadedAt) {
    }

    static final String VISIBLE = """
             a.area_code LIKE :scope AND (CAST(:scopeDepartment AS bigint) IS NULL OR a.department_id = :scopeDepartment)
            """;

    private static final String FILTER = """
              AND (CAST(:area AS text) IS NULL OR a.area_code LIKE :area || '%')
              AND (CAST(:enterprise AS bigint) IS NULL OR a.enterprise_id = :enterprise)
              AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)
              AND (CAST(:from AS date) IS NULL OR a.day >= :from)
              AND (CAST(:to AS date) IS NULL OR a.day <= :to)
              AND (CAST(:department AS bigint) IS NULL OR a.department_id = :department)
            """;

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new action's id; empty when its client id is taken (a retry committed first). */
    Optional<Long> insert(Insert i) {
        NewAction a = i.action();
        return jdbc.sql("""
                INSERT INTO enforcement_action (kind, enterprise_id, subject_name, area_code, department_id, officer_id, day, document_number,
                                                fine, other_penalties, deadline, target_id, passed, inspection_id, note, state, client_id, request_hash)
                VALUES (:kind, :enterprise, :subject, :area, :department, :officer, :day, :document, :fine, :other, :deadline, :target, :passed,
                        :inspection, :note, :state, :client, :hash)
                ON CONFLICT (client_id) DO NOTHING RETURNING id
                """).param("kind", a.kind().code()).param("enterprise", a.enterpriseId()).param("subject", i.subjectName())
                .param("area", i.areaCode()).param("department", i.departmentId()).param("officer", i.officerId()).param("day", a.date())
                .param("document", a.documentNumber()).param("fine", a.fine()).param("other", a.otherPenalties()).param("deadline", a.deadline())
                .param("target", a.targetId()).param("passed", a.passed()).param("inspection", a.inspectionId()).param("note", a.note())
                .param("state", i.state()).param("client", a.clientId()).param("hash", i.requestHash()).query(Long.class).optional();
    }

    void insertViolations(long actionId, List<NewAction.Violation> violations, boolean linkedMajor) {
        for (int k = 0; k < violations.size(); k++) {
            NewAction.Violation v = violations.get(k);
            jdbc.sql("INSERT INTO enforcement_violation (action_id, position, description, basis, major) VALUES (:a, :p, :d, :b, :m)")
                    .param("a", actionId).param("p", k).param("d", v.description()).param("b", v.basis())
                    .param("m", Boolean.TRUE.equals(v.majorHazard()) || linkedMajor).update();
        }
    }

    void insertCases(long actionId, List<Long> caseIds) {
        if (!caseIds.isEmpty()) {
            jdbc.sql("INSERT INTO enforcement_action_case (action_id, case_id) SELECT :a, unnest(CAST(:ids AS bigint[]))")
                    .param("a", actionId).param("ids", caseIds.toArray(Long[]::new)).update();
        }
    }

    void event(long actionId, Long actorId, String what, String note) {
        jdbc.sql("INSERT INTO enforcement_event (action_id, actor_id, what, note) VALUES (:a, :actor, :what, :note)")
                .param("a", actionId).param("actor", actorId).param("what", what).param("note", note).update();
    }

    void setState(long actionId, String state) {
        jdbc.sql("UPDATE enforcement_action SET state = :state WHERE id = :id").param("state", state).param("id", actionId).update();
    }

    void setRestartRequested(long actionId, LocalDate day) {
        jdbc.sql("UPDATE enforcement_action SET restart_requested = :day WHERE id = :id").param("day", day).param("id", actionId).update();
    }

    Optional<ActionRow> find(long id) {
        return jdbc.sql("SELECT a.* FROM enforcement_action a WHERE a.id = :id").param("id", id).query(ActionRow::map).optional();
    }

    /** The action, locked for a change made on its account (a re-inspection, a restart, a request). */
    Optional<ActionRow> lock(long id) {
        return jdbc.sql("SELECT a.* FROM enforcement_action a WHERE a.id = :id FOR UPDATE").param("id", id).query(ActionRow::map).optional();
    }

    Optional<ActionRow> find(long id, Scope scope) {
        return visible("SELECT a.* FROM enforcement_action a WHERE a.id = :id AND " + VISIBLE, scope).param("id", id).query(ActionRow::map).optional();
    }

    Optional<ActionRow> byClientId(UUID clientId) {
        return jdbc.sql("SELECT a.* FROM enforcement_action a WHERE a.client_id = :c").param("c", clientId).query(ActionRow::map).optional();
    }

    boolean documentNumberTaken(String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enforcement_action WHERE document_number = :n)").param("n", number).query(Boolean.class).single();
    }

    List<ActionRow> list(Scope scope, Filter f, int offset, int limit) {
        return filtered("SELECT a.* FROM enforcement_action a WHERE " + VISIBLE + FILTER + " ORDER BY a.day DESC, a.id DESC LIMIT :limit OFFSET :offset",
                scope, f).param("limit", limit).param("offset", offset).query(ActionRow::map).list();
    }

    long count(Scope scope, Filter f) {
        return filtered("SELECT count(*) FROM enforcement_action a WHERE " + VISIBLE + FILTER, scope, f).query(Long.class).single();
    }

    List<NewAction.Violation> violations(long actionId) {
        return jdbc.sql("SELECT description, basis, major FROM enforcement_violation WHERE action_id = :a ORDER BY position").param("a", actionId)
                .query((rs, n) -> new NewAction.Violation(rs.getString("description"), rs.getString("basis"), rs.getBoolean("major"))).list();
    }

    List<Long> caseIds(long actionId) {
        return jdbc.sql("SELECT case_id FROM enforcement_action_case WHERE action_id = :a ORDER BY case_id").param("a", actionId)
                .query(Long.class).list();
    }

    List<Event> events(long actionId) {
        return jdbc.sql("SELECT at, actor_id, what, note FROM enforcement_event WHERE action_id = :a ORDER BY id").param("a", actionId)
                .query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class), (Long) rs.getObject("actor_id"), rs.getString("what"),
                        rs.getString("note"))).list();
    }

    /** The actions taken about an action (its re-inspections and restart), oldest first. */
    List<ActionRow> about(long targetId) {
        return jdbc.sql("SELECT a.* FROM enforcement_action a WHERE a.target_id = :t ORDER BY a.day, a.id").param("t", targetId)
                .query(ActionRow::map).list();
    }

    /** The days of the penalties for a 重大事故隐患 given to an enterprise, with their ids, oldest first. */
    List<ActionRow> majorPenalties(long enterpriseId) {
        return jdbc.sql("""
                SELECT a.* FROM enforcement_action a
                WHERE a.enterprise_id = :e AND a.kind = 'penalty'
                  AND EXISTS (SELECT 1 FROM enforcement_violation v WHERE v.action_id = a.id AND v.major)
                ORDER BY a.day, a.id
                """).param("e", enterpriseId).query(ActionRow::map).list();
    }

    /** Suspensions in force whose restart request has waited more than {@code days} days by {@code today} without a re-inspection. */
    List<ActionRow> restartReviewsOverdue(LocalDate today, int days) {
        return jdbc.sql("""
                SELECT a.* FROM enforcement_action a
                WHERE a.kind = 'suspension' AND a.state = 'in_force' AND a.restart_requested IS NOT NULL
                  AND a.restart_requested + :days < CAST(:today AS date)
                  AND NOT EXISTS (SELECT 1 FROM enforcement_action r WHERE r.target_id = a.id AND r.kind = 'reinspection' AND r.day >= a.restart_requested)
                ORDER BY a.id LIMIT 1000
                """).param("today", today).param("days", days).query(ActionRow::map).list();
    }

    long openCandidates() {
        return jdbc.sql("SELECT count(*) FROM enforcement_candidate WHERE state = 'open'").query(Long.class).single();
    }

    List<Document> documents(long actionId) {
        return jdbc.sql("SELECT id, title, sha256, content_type, size, uploaded_at FROM enforcement_document WHERE action_id = :a ORDER BY id")
                .param("a", actionId).query((rs, n) -> new Document(rs.getLong("id"), rs.getString("title"), rs.getString("sha256"),
                        rs.getString("content_type"), rs.getInt("size"), rs.getObject("uploaded_at", OffsetDateTime.class))).list();
    }

    private JdbcClient.StatementSpec visible(String sql, Scope scope) {
        return jdbc.sql(sql).param("scope", scope.likePattern()).param("scopeDepartment", scope.departmentId());
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, Filter f) {
        return visible(sql, scope).param("area", f.area()).param("enterprise", f.enterpriseId()).param("kind", f.kind()).param("from", f.from())
                .param("to", f.to()).param("department", f.departmentId());
    }
}
