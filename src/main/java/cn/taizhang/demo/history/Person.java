package cn.taizhang.demo.history;

import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.organisation.Role;
import java.util.Set;

/** A member of staff as the case rules see them. */
public record Person(long id, Set<Role> roles, String jurisdiction, Long departmentId) {

    Set<Capacity> capacities(String gridCode, Long unitId) {
        return Capacity.of(roles, jurisdiction, departmentId, gridCode, unitId);
    }

    /** The role a report is recorded under, as the reporting path picks it. */
    String reportingRole() {
        return roles.stream().filter(r -> !r.administrator()).sorted().findFirst().map(Role::name).orElseThrow();
    }
}
