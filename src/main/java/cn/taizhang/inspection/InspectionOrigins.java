package cn.taizhang.inspection;

import cn.taizhang.cases.CaseOrigin;
import cn.taizhang.cases.CaseOrigins;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outing, visit and checklist item behind each hazard case an inspection raised, for the case's page. */
@Component
class InspectionOrigins implements CaseOrigins {

    private record Origin(long caseId, long inspectionId, String groupName, LocalDate day, String subjectName, String itemCode) {
    }

    private final JdbcClient jdbc;

    InspectionOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, CaseOrigin> of(Collection<Long> caseIds, Scope scope) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT h.case_id, i.id AS inspection_id, i.group_name, i.day, v.subject_name, h.item_code
                FROM inspection_hazard h JOIN inspection_visit v ON v.id = h.visit_id JOIN inspection i ON i.id = v.inspection_id
                WHERE h.case_id = ANY(:ids) AND v.area_code LIKE :scope
                """).param("ids", caseIds.toArray(Long[]::new)).param("scope", scope.likePattern()).query(Origin.class).list().stream()
                .collect(Collectors.toMap(Origin::caseId, o -> new CaseOrigin("检查：" + o.groupName() + " " + o.day() + " · " + o.subjectName()
                        + (o.itemCode() == null ? " · 其他发现" : " · 检查项 " + o.itemCode()), "/inspections/" + o.inspectionId())));
    }
}
