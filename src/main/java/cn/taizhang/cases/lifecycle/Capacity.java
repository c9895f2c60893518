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
    REINSPECTOR;

    /** The role this capacity acts in, as the timeline records it. */
    public Role role() {
        return switch (this) {
            case AREA_DISPATCHER -> Role.DISPATCHER;
            case UNIT_HANDLER -> Role.HANDLER;
            case GRID_WORKER -> Role.GRID_WORKER;
            case AREA_LEADER -> Role.LEADER;
            case REINSPECTOR -> Role.INSPECTOR;
        };
    }

    /** {@link #REINSPECTOR} if an INSPECTOR whose jurisdiction covers the grid, else nothing. */
    public static Set<Capacity> reinspecting(Set<Role> roles, String jurisdictionCode, String gridCode) {
        boolean covers = gridCode != null && jurisdictionCode != null && gridCode.startsWith(jurisdictionCode);
        return covers && roles.contains(Role.INSPECTOR) ? EnumSet.of(REINSPECTOR) : EnumSet.noneOf(Capacity.class);
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
