package cn.taizhang.cases.lifecycle;

import cn.taizhang.organisation.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The part a caller plays for one particular case. Roles alone do not decide: a dispatcher of another
 * town or a handler of another unit has no part in this case.
 */
public enum Capacity {
    /** A DISPATCHER whose jurisdiction covers the case's grid. */
    AREA_DISPATCHER,
    /** A HANDLER of the unit the case is assigned to. */
    UNIT_HANDLER,
    /** A GRID_WORKER of the case's grid. */
    GRID_WORKER,
    /** A LEADER of an area covering the case (not a department's leader). */
    AREA_LEADER,
    /**
     * An INSPECTOR whose jurisdiction covers the case, re-inspecting (复查) what it is about on a visit: never derived from
     * roles alone ({@link #of} does not give it), only granted for a re-inspection's verdict.
     */
    REINSPECTOR,
    /**
     * A LEADER whose jurisdiction covers the case, coordinating a problem collected on a visit to an enterprise top-down
     * (顶格协调): registering and dispatching it at once to the unit at their level instead of leaving it to the 镇街
     * dispatcher to pass up level by level. Never derived from roles alone, only granted for a visit's problems.
     */
    VISITING_LEADER;

    /** The role this capacity acts in, as the timeline records it. */
    public Role role() {
        return switch (this) {
            case AREA_DISPATCHER -> Role.DISPATCHER;
            case UNIT_HANDLER -> Role.HANDLER;
            case GRID_WORKER -> Role.GRID_WORKER;
            case AREA_LEADER -> Role.LEADER;
            case REINSPECTOR -> Role.INSPECTOR;
            case VISITING_LEADER -> Role.LEADER;
        };
    }

    /** {@link #REINSPECTOR} if an INSPECTOR whose jurisdiction covers the grid, else nothing. */
    public static Set<Capacity> reinspecting(Set<Role> roles, String jurisdictionCode, String gridCode) {
        boolean covers = gridCode != null && jurisdictionCode != null && gridCode.startsWith(jurisdictionCode);
        return covers && roles.contains(Role.INSPECTOR) ? EnumSet.of(REINSPECTOR) : EnumSet.noneOf(Capacity.class);
    }

    /** {@link #VISITING_LEADER} if a LEADER whose jurisdiction covers the grid, else nothing. */
    public static Set<Capacity> coordinating(Set<Role> roles, String jurisdictionCode, String gridCode) {
        boolean covers = gridCode != null && jurisdictionCode != null && gridCode.startsWith(jurisdictionCode);
        return covers && roles.contains(Role.LEADER) ? EnumSet.of(VISITING_LEADER) : EnumSet.noneOf(Capacity.class);
    }

    public static Set<Capacity> of(Set<Role> roles, String jurisdictionCode, Long departmentId, String gridCode, Long unitId) {
        Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
        if (gridCode == null || jurisdictionCode == null || !gridCode.startsWith(jurisdictionCode)) {
            return capacities;
        }
        if (roles.contains(Role.DISPATCHER) && departmentId == null) {
            capacities.add(AREA_DISPATCHER);
        }
        if (roles.contains(Role.HANDLER) && departmentId != null && Objects.equals(departmentId, unitId)) {
            capacities.add(UNIT_HANDLER);
        }
        if (roles.contains(Role.GRID_WORKER)) {
            capacities.add(GRID_WORKER);
        }
        if (roles.contains(Role.LEADER) && departmentId == null) {
            capacities.add(AREA_LEADER);
        }
        return capacities;
    }
}
