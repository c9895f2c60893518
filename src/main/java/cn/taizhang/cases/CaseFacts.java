package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.CaseState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may know of cases they link to without reading the case tables: enforcement names the hazards
 * behind an action and is told which 挂牌督办 deadlines passed with the hazard still open (查而不改).
 */
@Service
public class CaseFacts {

    /** A case as a linking module sees it: its type's category, severity, state, grid and the record it is about. */
    public record Fact(long id, String number, String typeCode, String category, String severity, CaseState state, String gridCode,
            Long unitId, String subjectKind, Long subjectId) {

        /** A 重大隐患 (major safety hazard): what 安全生产法 Art. 113 counts. */
        public boolean majorHazard() {
            return "safety_hazard".equals(typeCode) && "major".equals(severity);
        }
    }

    /** A supervised (挂牌督办) case still open after its supervision's deadline. */
    public record SupervisionMissed(long caseId, String number, String gridCode, String sector, String subjectKind, Long subjectId,
            String documentNumber, LocalDate deadline) {
    }

    private static final String SELECT = """
            SELECT c.id, c.number, c.type_code, t.category, c.severity, c.state, c.area_code, c.unit_id, c.subject_kind, c.subject_id
            FROM case_record c JOIN case_type t ON t.code = c.type_code
            """;

    private final JdbcClient jdbc;

    CaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases with these ids that exist, in no particular order. */
    public List<Fact> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE c.id = ANY (CAST(:ids AS bigint[]))").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Fact(rs.getLong("id"), rs.getString("number"), rs.getString("type_code"), rs.getString("category"),
                        rs.getString("severity"), CaseState.fromCode(rs.getString("state")).orElseThrow(), rs.getString("area_code"),
                        (Long) rs.getObject("unit_id"), rs.getString("subject_kind"), (Long) rs.getObject("subject_id")))
                .list();
    }

    /**
     * Cases of {@code typeCode} about a registry record that a 挂牌督办 gave a deadline which has passed (before
     * {@code now}) while the case is still neither closed nor rejected: the latest such supervision of each case.
     */
    public List<SupervisionMissed> supervisionMissed(String typeCode, OffsetDateTime now, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT ON (c.id) c.id, c.number, c.area_code, c.sector, c.subject_kind, c.subject_id, s.document_number, s.deadline
                FROM case_supervision s JOIN case_record c ON c.id = s.case_id
                WHERE c.type_code = :type AND c.subject_id IS NOT NULL AND s.deadline IS NOT NULL AND s.deadline < :now
                  AND c.state NOT IN ('closed', 'rejected')
                ORDER BY c.id, s.deadline DESC LIMIT :limit
                """).param("type", typeCode).param("now", now).param("limit", limit)
                .query((rs, n) -> new SupervisionMissed(rs.getLong("id"), rs.getString("number"), rs.getString("area_code"),
                        rs.getString("sector"), rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getString("document_number"),
                        CaseViews.local(rs.getObject("deadline", OffsetDateTime.class)).toLocalDate()))
                .list();
    }
}
