package cn.taizhang.service;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.territory.Territory;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which unit coordinates the enterprise problems that a county's own leaders collect (顶格协调 at the county's level), as
 * the 系统管理员 sees and appoints it: one of the county's departments. Without one, a county leader's visit is refused
 * (409 {@code NO_COORDINATING_UNIT}), so that no problem lands nowhere.
 */
@Service
public class CoordinatorAppointments {

    /** A county's coordinator (null: none yet) and the departments that may be appointed. */
    public record Appointment(String areaCode, String areaName, Unit unit, List<Unit> choices) {
    }

    public record Unit(long id, String name) {

        static Unit of(Department d) {
            return new Unit(d.id(), d.name());
        }
    }

    private final Coordinators coordinators;
    private final Organisation organisation;
    private final Territory territory;

    CoordinatorAppointments(Coordinators coordinators, Organisation organisation, Territory territory) {
        this.coordinators = coordinators;
        this.organisation = organisation;
        this.territory = territory;
    }

    /** The county {@code area} (blank: the caller's own, when a county is what they administer). */
    public Appointment of(Scope scope, String jurisdiction, String area) {
        String county = county(scope, jurisdiction, area);
        List<Department> choices = choices(scope, county);
        Unit unit = coordinators.coordinator(county).flatMap(organisation::department).map(Unit::of).orElse(null);
        String name = territory.names(List.of(county), scope).getOrDefault(county, county);
        return new Appointment(county, name, unit, choices.stream().map(Unit::of).toList());
    }

    @Transactional
    public Appointment appoint(Scope scope, String jurisdiction, String area, Long departmentId) {
        String county = county(scope, jurisdiction, area);
        if (departmentId == null) {
            throw Problem.invalid(List.of(new FieldProblem("departmentId", "REQUIRED", "departmentId：请选择协调单位")));
        }
        Department unit = choices(scope, county).stream().filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND, "DEPARTMENT_NOT_FOUND",
                        "部门 " + departmentId + " 不存在，或不是区域 " + county + " 的行业主管部门"));
        Long before = coordinators.coordinator(county).orElse(null);
        coordinators.appoint(county, unit.id());
        AuditNote.changed("enterprise_service_unit", county, Objects.toString(before, null), Long.toString(unit.id()));
        return of(scope, jurisdiction, county);
    }

    /** The county's departments (not the 镇街 offices) within the administrator's reach. */
    private List<Department> choices(Scope scope, String county) {
        return organisation.departmentsWithinReach(scope).stream()
                .filter(d -> d.kind().equals("department") && d.areaCode().equals(county)).toList();
    }

    private static String county(Scope scope, String jurisdiction, String area) {
        String code = area == null || area.isBlank() ? jurisdiction : area.strip();
        if (!code.matches("\\d{6}")) {
            throw Problem.invalid(List.of(new FieldProblem("area", "INVALID_FIELD", "area：须为县（市）的 6 位区划代码")));
        }
        if (!scope.covers(code)) {
            throw Problem.notFound("区划 " + code + " ");
        }
        return code;
    }
}
