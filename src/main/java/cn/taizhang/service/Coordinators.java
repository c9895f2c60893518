package cn.taizhang.service;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit a {@link CoordinatingLevel} names: a department, a 镇街 office, or the county's enterprise-service coordinator (data). */
@Component
public class Coordinators {

    private final Organisation organisation;
    private final JdbcClient jdbc;

    Coordinators(Organisation organisation, JdbcClient jdbc) {
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /** The unit, or a 409 saying which is missing (a county without a coordinator, a 镇街 without an office). */
    Department unitFor(CoordinatingLevel level) {
        return switch (level.kind()) {
            case DEPARTMENT -> organisation.department(level.departmentId())
                    .orElseThrow(() -> missing("领导所在部门 " + level.departmentId() + " 不存在"));
            case TOWN_OFFICE -> organisation.departmentsWithinReach(Scope.area(level.areaCode())).stream()
                    .filter(d -> d.kind().equals("office") && d.areaCode().equals(level.areaCode())).findFirst()
                    .orElseThrow(() -> missing("镇（街道）" + level.areaCode() + " 没有办事机构，无法协调"));
            case COORDINATOR -> coordinator(level.areaCode()).flatMap(organisation::department)
                    .orElseThrow(() -> missing("区域 " + level.areaCode() + " 尚未指定企业服务协调单位"));
        };
    }

    /** The department coordinating enterprise service for the area, if one is appointed. */
    public Optional<Long> coordinator(String areaCode) {
        return jdbc.sql("SELECT department_id FROM enterprise_service_unit WHERE area_code = :area").param("area", areaCode)
                .query(Long.class).optional();
    }

    /** Makes the department the area's enterprise-service coordinator (the demo's 产投委; an administrator's choice elsewhere). */
    public void appoint(String areaCode, long departmentId) {
        jdbc.sql("""
                INSERT INTO enterprise_service_unit (area_code, department_id) VALUES (:area, :department)
                ON CONFLICT (area_code) DO UPDATE SET department_id = excluded.department_id
                """).param("area", areaCode).param("department", departmentId).update();
    }

    private static Problem missing(String detail) {
        return new Problem(Problem.Kind.CONFLICT, "NO_COORDINATING_UNIT", detail);
    }
}
