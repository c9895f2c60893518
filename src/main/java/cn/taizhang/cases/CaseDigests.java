package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.platform.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Short accounts of some cases (where each stands, who holds it, by when, with what evidence), for modules that list the
 * cases they raised (the inspections' 问题隐患清单) without reading the case tables themselves. One query: the case, its
 * unit's name, its evidence count and the note of its latest 处置反馈.
 */
@Service
public class CaseDigests {

    /** {@code overdue} as {@link Overdue} defines it; times in Beijing time; {@code lastNote}: the latest handling note. */
    public record CaseDigest(long id, String number, String state, String stateName, String severity, String severityName,
            Long unitId, String unitName, OffsetDateTime deadline, boolean overdue, OffsetDateTime closedAt, int evidenceCount,
            String lastNote) {

        /** Rectified (已整改): the case is closed. */
        public boolean closed() {
            return CaseState.CLOSED.code().equals(state);
        }
    }

    /** The note of a case {@code c}'s latest 处置反馈 (handle), as a SQL expression. */
    static final String LAST_HANDLE_NOTE =
            "(SELECT ev.note FROM case_event ev WHERE ev.case_id = c.id AND ev.action = 'handle' ORDER BY ev.seq DESC LIMIT 1)";

    private final JdbcClient jdbc;

    CaseDigests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The digests of those of {@code ids} the scope sees: the case's grid in the jurisdiction and, for a department's staff,
     * the case with their unit. In no particular order.
     */
    public List<CaseDigest> of(Collection<Long> ids, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.number, c.state, c.severity, s.name AS severity_name, c.unit_id, d.name AS unit_name, c.deadline,
                       """ + Overdue.sql("c.") + """
                 AS overdue, c.closed_at,
                       (SELECT count(*) FROM case_evidence e WHERE e.case_id = c.id) AS evidence_count,
                       """ + LAST_HANDLE_NOTE + """
                 AS last_note
                FROM case_record c
                LEFT JOIN case_type_severity s ON s.type_code = c.type_code AND s.code = c.severity
                LEFT JOIN department d ON d.id = c.unit_id
                WHERE c.id = ANY (CAST(:ids AS bigint[])) AND c.area_code LIKE :scope
                  AND (CAST(:department AS bigint) IS NULL OR c.unit_id = :department)
                """).param("ids", ids.toArray(Long[]::new)).param("scope", scope.likePattern()).param("department", scope.departmentId())
                .query(CaseDigests::map).list();
    }

    private static CaseDigest map(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state");
        String stateName = CaseState.fromCode(state).map(CaseState::label).orElse(state);
        return new CaseDigest(rs.getLong("id"), rs.getString("number"), state, stateName, rs.getString("severity"),
                rs.getString("severity_name"), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                CaseViews.local(rs.getObject("deadline", OffsetDateTime.class)), rs.getBoolean("overdue"),
                CaseViews.local(rs.getObject("closed_at", OffsetDateTime.class)), rs.getInt("evidence_count"), rs.getString("last_note"));
    }
}
