package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Scope;
import java.util.Set;

/** Who acts on cases: the signed-in caller, reduced to what the case rules look at. */
public record Actor(long id, Set<Role> roles, String jurisdictionCode, Long departmentId) {

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles(), caller.jurisdictionCode(), caller.departmentId());
    }

    public Scope scope() {
        return new Scope(jurisdictionCode, departmentId);
    }

    public Visibility visibility() {
        return new Visibility(scope(), id);
    }

    public Set<Capacity> capacities(CaseRow row) {
        return Capacity.of(roles, jurisdictionCode, departmentId, row.gridCode(), row.unitId());
    }

    /** Administrators keep the system, they do not report matters (三权分立). */
    public boolean mayReport() {
        return roles.stream().anyMatch(r -> !r.administrator());
    }

    /** The role recorded on the timeline for a report. */
    public String reportingRole() {
        return roles.stream().filter(r -> !r.administrator()).sorted().findFirst().map(Role::name).orElse("UNKNOWN");
    }
}
