package cn.taizhang.service;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The visits' problems not yet solved, hard ones first, then the oldest: what the city's page and a leader's page chase. */
@Component
class OpenProblems {

    /** One problem in progress: what was visited, where it went, since when (days since the visit). */
    record Open(long caseId, String number, long visitId, LocalDate visitDay, long ageDays, String subjectName, Long enterpriseId,
            String description, boolean hard, String category, String unitName, String stateName) {
    }

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;

    OpenProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of visits in the scope (and of the leader's visits, if given), at most 500. */
    List<Open> of(Scope scope, Long leaderId) {
        LocalDate today = LocalDate.now(cn.taizhang.platform.BeijingTime.ZONE);
        return jdbc.sql("""
                SELECT p.case_id, c.number, v.id AS visit_id, v.day, v.subject_name, v.enterprise_id, p.description, p.hard, p.category,
                       d.name AS unit_name, c.state
                FROM leader_visit_problem p JOIN leader_visit v ON v.id = p.visit_id
                JOIN case_record c ON c.id = p.case_id LEFT JOIN department d ON d.id = c.unit_id
                WHERE NOT p.solved AND v.area_code LIKE :scope
                  AND (CAST(:leader AS bigint) IS NULL OR EXISTS (SELECT 1 FROM leader_visit_leader l WHERE l.visit_id = v.id AND l.staff_id = :leader))
                ORDER BY p.hard DESC, v.day, p.case_id LIMIT :limit""")
                .param("scope", scope.likePattern()).param("leader", leaderId).param("limit", LIMIT)
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    String state = rs.getString("state");
                    return new Open(rs.getLong("case_id"), rs.getString("number"), rs.getLong("visit_id"), day, ChronoUnit.DAYS.between(day, today),
                            rs.getString("subject_name"), (Long) rs.getObject("enterprise_id"), rs.getString("description"), rs.getBoolean("hard"),
                            rs.getString("category"), rs.getString("unit_name"),
                            cn.taizhang.cases.lifecycle.CaseState.fromCode(state).map(cn.taizhang.cases.lifecycle.CaseState::label).orElse(state));
                }).list();
    }
}
