package cn.taizhang.service;

import cn.taizhang.cases.CaseOrigin;
import cn.taizhang.cases.CaseOrigins;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The visit behind each problem's case, for the case's page: the handler sees which leaders' visit raised it. */
@Component
class VisitOrigins implements CaseOrigins {

    private record Origin(long caseId, long visitId, LocalDate day, String subjectName, String leaders) {
    }

    private final JdbcClient jdbc;

    VisitOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, CaseOrigin> of(Collection<Long> caseIds, Scope scope) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT p.case_id, v.id AS visit_id, v.day, v.subject_name,
                       (SELECT string_agg(s.name, '、' ORDER BY l.position) FROM leader_visit_leader l JOIN staff s ON s.id = l.staff_id
                        WHERE l.visit_id = v.id) AS leaders
                FROM leader_visit_problem p JOIN leader_visit v ON v.id = p.visit_id
                WHERE p.case_id = ANY(:ids) AND v.area_code LIKE :scope
                """).param("ids", caseIds.toArray(Long[]::new)).param("scope", scope.likePattern()).query(Origin.class).list().stream()
                .collect(Collectors.toMap(Origin::caseId, o -> new CaseOrigin("领导走访：" + o.leaders() + " " + o.day() + " · " + o.subjectName(),
                        "/enterprise-service/visits/" + o.visitId())));
    }
}
