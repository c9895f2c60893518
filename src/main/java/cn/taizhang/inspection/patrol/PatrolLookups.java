package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.place.Place;
import cn.taizhang.registry.place.Places;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks a round against what it names: the recorder one who may record rounds, the grid within their reach (else
 * 404), every staff member an enabled account, every volunteer active and serving the grid, the recorder on the round
 * or recording it for volunteers, every place (of the round or of a finding) within reach (else 404) and in the grid.
 */
@Component
class PatrolLookups {

    private final Organisation organisation;
    private final VolunteerRepository volunteers;
    private final Places places;
    private final Territory territory;

    PatrolLookups(Organisation organisation, VolunteerRepository volunteers, Places places, Territory territory) {
        this.organisation = organisation;
        this.volunteers = volunteers;
        this.places = places;
        this.territory = territory;
    }

    /**
     * Grid workers (their grid is their jurisdiction), 指挥员 of an area, and 检查人员 — the city departments' and the
     * 镇街 offices' 安全监管人员 — each within their jurisdiction.
     */
    static boolean recorder(Caller caller) {
        return caller.has(Role.GRID_WORKER) || caller.has(Role.INSPECTOR) || caller.has(Role.DISPATCHER) && caller.departmentId() == null;
    }

    /** The places the round and its findings name, by id. */
    Map<Long, Place> check(Caller caller, NewPatrol patrol) {
        if (!recorder(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有网格员、指挥员和检查人员可以登记巡查");
        }
        Scope scope = caller.scope();
        if (!scope.covers(patrol.gridCode()) || territory.gridName(patrol.gridCode(), scope).isEmpty()) {
            throw notFound("gridCode", "网格 " + patrol.gridCode());
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < patrol.staffIds().size(); i++) {
            Optional<StaffMember> member = organisation.staffMember(Scope.area(""), patrol.staffIds().get(i));
            if (member.isEmpty() || !member.get().enabled() || member.get().administrator()) {
                problems.add(new FieldProblem("staffIds[" + i + "]", "UNKNOWN_STAFF", "staffIds[" + i + "]：工作人员 " + patrol.staffIds().get(i)
                        + " 不存在或已停用"));
            }
        }
        for (int i = 0; i < patrol.volunteerIds().size(); i++) {
            Optional<VolunteerRepository.Row> v = volunteers.find(patrol.volunteerIds().get(i), scope);
            if (v.isEmpty() || !v.get().active() || !patrol.gridCode().startsWith(v.get().areaCode())) {
                problems.add(new FieldProblem("volunteerIds[" + i + "]", "NOT_SERVING", "volunteerIds[" + i + "]：志愿者 "
                        + patrol.volunteerIds().get(i) + " 不存在、已停用或不服务于该网格"));
            }
        }
        if (!patrol.staffIds().contains(caller.id()) && patrol.volunteerIds().isEmpty()) {
            problems.add(new FieldProblem("staffIds", "RECORDER_NOT_ON_PATROL", "staffIds：登记人须参加了这次巡查，或为志愿者登记巡查"));
        }
        Map<Long, Place> found = new LinkedHashMap<>();
        for (int i = 0; i < patrol.placeIds().size(); i++) {
            place(scope, patrol, patrol.placeIds().get(i), "placeIds[" + i + "]", found, problems);
        }
        for (int i = 0; i < patrol.findings().size(); i++) {
            Long placeId = patrol.findings().get(i).placeId();
            if (placeId != null) {
                place(scope, patrol, placeId, "findings[" + i + "].placeId", found, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return found;
    }

    private void place(Scope scope, NewPatrol patrol, long id, String field, Map<Long, Place> found, List<FieldProblem> problems) {
        Place p = found.containsKey(id) ? found.get(id) : places.find(scope, id).orElseThrow(() -> notFound(field, "场所 " + id));
        found.put(id, p);
        if (!p.gridCode().equals(patrol.gridCode())) {
            problems.add(new FieldProblem(field, "PLACE_NOT_IN_GRID", field + "：场所“" + p.name() + "”不在网格 " + patrol.gridCode() + " 内"));
        }
    }

    private static Problem notFound(String field, String what) {
        String detail = field + "：" + what + " 不存在或不在您的辖区内";
        return new Problem(Problem.Kind.NOT_FOUND, "NOT_FOUND", detail, List.of(new FieldProblem(field, "NOT_FOUND", detail)));
    }
}
