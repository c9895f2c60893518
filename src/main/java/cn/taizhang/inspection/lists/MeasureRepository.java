package cn.taizhang.inspection.lists;

import cn.taizhang.platform.Scope;
import cn.taizhang.registry.Choice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Measure rows. A reader sees the measures in their jurisdiction; a department's staff those their unit answers for.
 * Overdue is computed against the Beijing date passed in ({@code today}); updates check the version read.
 */
@Repository
class MeasureRepository {

    /** A stored measure, names not yet looked up. */
    record Row(long id, String areaCode, String title, MeasureKind kind, long ownerDepartmentId, Long campaignId, String campaignName,
            LocalDate dueDate, MeasureStatus status, boolean overdue, OffsetDateTime doneAt, String evidenceNote, String notes, long createdBy,
            String createdByName, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private static final String SELECT = """
            SELECT m.*, cp.name AS campaign_name, (m.status <> 'done' AND m.due_date < CAST(:today AS date)) AS overdue
            FROM institutional_measure m LEFT JOIN campaign cp ON cp.id = m.campaign_id
            WHERE m.area_code LIKE :scope AND (CAST(:scopeDepartment AS bigint) IS NULL OR m.owner_department_id = :scopeDepartment)
            """;

    private static final String FILTER = """
              AND (CAST(:area AS text) IS NULL OR m.area_code LIKE :area || '%')
              AND (CAST(:department AS bigint) IS NULL OR m.owner_department_id = :department)
              AND (CAST(:campaign AS bigint) IS NULL OR m.campaign_id = :campaign)
              AND (CAST(:status AS text) IS NULL OR m.status = :status
                   OR (:status = 'overdue' AND m.status <> 'done' AND m.due_date < CAST(:today AS date)))
              AND (CAST(:overdue AS boolean) IS NULL OR (m.status <> 'done' AND m.due_date < CAST(:today AS date)) = :overdue)
              AND (CAST(:createdFrom AS date) IS NULL OR m.created_at >= CAST(:createdFrom AS date) AT TIME ZONE 'Asia/Shanghai')
              AND (CAST(:createdUntil AS date) IS NULL OR m.created_at < CAST(:createdUntil AS date) AT TIME ZONE 'Asia/Shanghai')
            """;

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewMeasure m, long actorId, String actorName) {
        return jdbc.sql("""
                INSERT INTO institutional_measure (area_code, title, kind, owner_department_id, campaign_id, due_date, status, notes,
                                                   created_by, created_by_name)
                VALUES (:area, :title, :kind, :owner, :campaign, :due, :status, :notes, :actor, :actorName) RETURNING id
                """).param("area", m.areaCode()).param("title", m.title()).param("kind", m.kind().id()).param("owner", m.ownerDepartmentId())
                .param("campaign", m.campaignId()).param("due", m.dueDate()).param("status", m.status().id()).param("notes", m.notes())
                .param("actor", actorId).param("actorName", actorName).query(Long.class).single();
    }

    /** Overwrites the measure if it still has {@code version}; a done measure stays done. False if someone changed it first. */
    boolean update(long id, int version, NewMeasure m) {
        return jdbc.sql("""
                UPDATE institutional_measure SET area_code = :area, title = :title, kind = :kind, owner_department_id = :owner,
                       campaign_id = :campaign, due_date = :due, status = CASE WHEN status = 'done' THEN 'done' ELSE :status END,
                       notes = :notes, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).param("area", m.areaCode()).param("title", m.title()).param("kind", m.kind().id()).param("owner", m.ownerDepartmentId())
                .param("campaign", m.campaignId()).param("due", m.dueDate()).param("status", m.status().id()).param("notes", m.notes())
                .param("id", id).param("version", version).update() == 1;
    }

    /** Marks the measure done with its evidence, if it is not done yet and still has {@code version}. */
    boolean complete(long id, int version, String evidenceNote, long actorId) {
        return jdbc.sql("""
                UPDATE institutional_measure SET status = 'done', done_at = now(), done_by = :actor, evidence_note = :evidence,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status <> 'done'
                """).param("evidence", evidenceNote).param("actor", actorId).param("id", id).param("version", version).update() == 1;
    }

    Optional<Row> find(long id, Scope scope, LocalDate today) {
        return scoped(SELECT + " AND m.id = :id", scope, today).param("id", id).query(MeasureRepository::map).optional();
    }

    List<Row> list(Scope scope, MeasureQuery.Filter f, LocalDate today, int offset, int limit) {
        return filtered(SELECT + FILTER + " ORDER BY m.due_date DESC, m.id DESC LIMIT :limit OFFSET :offset", scope, f, today)
                .param("limit", limit).param("offset", offset).query(MeasureRepository::map).list();
    }

    long count(Scope scope, MeasureQuery.Filter f, LocalDate today) {
        return filtered("SELECT count(*) FROM (" + SELECT + FILTER + ") x", scope, f, today).query(Long.class).single();
    }

    /** Counts of the measures the filter selects: all, done, overdue. */
    long[] figures(Scope scope, MeasureQuery.Filter f, LocalDate today) {
        return filtered("SELECT count(*), count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE overdue) FROM (" + SELECT + FILTER
                + ") x", scope, f, today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** The measures not done whose due date lies in [since, until], every jurisdiction's (for the reminders). */
    List<Row> undoneDueBetween(LocalDate since, LocalDate until, LocalDate today) {
        return scoped(SELECT + " AND m.status <> 'done' AND m.due_date BETWEEN :since AND :until ORDER BY m.due_date, m.id", Scope.area(""),
                today).param("since", since).param("until", until).query(MeasureRepository::map).list();
    }

    private JdbcClient.StatementSpec scoped(String sql, Scope scope, LocalDate today) {
        return jdbc.sql(sql).param("scope", scope.likePattern()).param("scopeDepartment", scope.departmentId()).param("today", today);
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, MeasureQuery.Filter f, LocalDate today) {
        return scoped(sql, scope, today).param("area", f.area()).param("department", f.department()).param("campaign", f.campaign())
                .param("status", f.status()).param("overdue", f.overdue()).param("createdFrom", f.createdFrom()).param("createdUntil", f.createdUntil());
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("area_code"), rs.getString("title"),
                Choice.parse(MeasureKind.class, rs.getString("kind")).orElseThrow(), rs.getLong("owner_department_id"),
                (Long) rs.getObject("campaign_id"), rs.getString("campaign_name"), rs.getObject("due_date", LocalDate.class),
                Choice.parse(MeasureStatus.class, rs.getString("status")).orElseThrow(), rs.getBoolean("overdue"),
                rs.getObject("done_at", OffsetDateTime.class), rs.getString("evidence_note"), rs.getString("notes"), rs.getLong("created_by"),
                rs.getString("created_by_name"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
