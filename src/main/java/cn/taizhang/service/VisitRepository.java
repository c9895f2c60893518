package cn.taizhang.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visits, their leaders and their problems (each the case it became). */
@Repository
class VisitRepository {

    /** A visit's own row. */
    record Row(long id, LocalDate day, Long enterpriseId, Long projectId, String subjectName, String areaCode, String notes, Long unitId,
            UUID clientId, String requestHash, long recordedBy, OffsetDateTime createdAt) {
    }

    /** A problem's own row: solved when its case is closed; the outcome told to the enterprise and when. */
    record ProblemRow(long caseId, long visitId, int position, String description, boolean hard, String category, boolean solved,
            String outcome, OffsetDateTime outcomeAt) {
    }

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the visit unless its client id is taken (a retry committed meanwhile): empty then. */
    Optional<Long> insert(NewVisit v, String subjectName, String areaCode, long unitId, String hash, long recordedBy) {
        return jdbc.sql("""
                INSERT INTO leader_visit (day, enterprise_id, project_id, subject_name, area_code, notes, unit_id, client_id, request_hash, recorded_by)
                VALUES (:day, :enterprise, :project, :name, :area, :notes, :unit, :clientId, :hash, :by)
                ON CONFLICT (client_id) DO NOTHING RETURNING id
                """).param("day", v.date()).param("enterprise", v.enterpriseId()).param("project", v.projectId()).param("name", subjectName)
                .param("area", areaCode).param("notes", v.notes()).param("unit", unitId).param("clientId", v.clientId()).param("hash", hash)
                .param("by", recordedBy).query(Long.class).optional();
    }

    void insertLeaders(long visitId, List<Long> leaderIds) {
        for (int i = 0; i < leaderIds.size(); i++) {
            jdbc.sql("INSERT INTO leader_visit_leader (visit_id, staff_id, position) VALUES (:visit, :staff, :position)")
                    .param("visit", visitId).param("staff", leaderIds.get(i)).param("position", i).update();
        }
    }

    void insertProblem(ProblemRow p) {
        jdbc.sql("""
                INSERT INTO leader_visit_problem (case_id, visit_id, position, description, hard, category)
                VALUES (:case, :visit, :position, :description, :hard, :category)
                """).param("case", p.caseId()).param("visit", p.visitId()).param("position", p.position()).param("description", p.description())
                .param("hard", p.hard()).param("category", p.category()).update();
    }

    Optional<Row> find(long id, String scopePattern) {
        return jdbc.sql("SELECT * FROM leader_visit WHERE id = :id AND area_code LIKE :scope").param("id", id).param("scope", scopePattern)
                .query(VisitRepository::row).optional();
    }

    Optional<Row> byClientId(UUID clientId) {
        return jdbc.sql("SELECT * FROM leader_visit WHERE client_id = :id").param("id", clientId).query(VisitRepository::row).optional();
    }

    List<Long> leaders(long visitId) {
        return jdbc.sql("SELECT staff_id FROM leader_visit_leader WHERE visit_id = :id ORDER BY position").param("id", visitId)
                .query(Long.class).list();
    }

    List<ProblemRow> problems(long visitId) {
        return jdbc.sql("SELECT * FROM leader_visit_problem WHERE visit_id = :id ORDER BY position").param("id", visitId)
                .query(ProblemRow.class).list();
    }

    boolean isProblem(long caseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM leader_visit_problem WHERE case_id = :case)").param("case", caseId).query(Boolean.class).single();
    }

    /** Keeps beside a problem whether its case is closed and what the enterprise was told; false if the case is no visit's. */
    boolean markOutcome(long caseId, boolean solved, String outcome, OffsetDateTime at) {
        return jdbc.sql("UPDATE leader_visit_problem SET solved = :solved, outcome = :outcome, outcome_at = :at WHERE case_id = :case")
                .param("case", caseId).param("solved", solved).param("outcome", solved ? outcome : null).param("at", solved ? at : null)
                .update() == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getObject("day", LocalDate.class), (Long) rs.getObject("enterprise_id"),
                (Long) rs.getObject("project_id"), rs.getString("subject_name"), rs.getString("area_code"), rs.getString("notes"),
                (Long) rs.getObject("unit_id"), (UUID) rs.getObject("client_id"), rs.getString("request_hash"), rs.getLong("recorded_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
