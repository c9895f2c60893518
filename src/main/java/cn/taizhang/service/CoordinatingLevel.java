package cn.taizhang.service;

import java.util.Comparator;
import java.util.List;

/**
 * 顶格协调: the problems of a visit go to the unit at the level of its most senior leader, not to the 镇街 dispatcher to be
 * passed up level by level. A county leader's (市领导) go to the county's enterprise-service coordinator, a department
 * leader's to their own department, a 镇街 (or village) leader's to the 镇街's office. Seniority: the wider jurisdiction
 * first; at the same jurisdiction an area leader before a department's. Plain Java.
 */
record CoordinatingLevel(Kind kind, String areaCode, Long departmentId, VisitingLeader leader) {

    enum Kind {
        /** The county's enterprise-service coordinator (enterprise_service_unit). */
        COORDINATOR,
        /** The senior leader's own department. */
        DEPARTMENT,
        /** The office of the 镇街 {@code areaCode}. */
        TOWN_OFFICE
    }

    static final int COUNTY = 6;
    static final int TOWN = 9;

    /** The level of the most senior of the leaders (at least one); ties go to the first named. */
    static CoordinatingLevel of(List<VisitingLeader> leaders) {
        VisitingLeader senior = leaders.stream().min(Comparator.comparingInt(CoordinatingLevel::rank)).orElseThrow();
        if (senior.departmentId() != null) {
            return new CoordinatingLevel(Kind.DEPARTMENT, senior.jurisdictionCode(), senior.departmentId(), senior);
        }
        if (senior.jurisdictionCode().length() <= COUNTY) {
            return new CoordinatingLevel(Kind.COORDINATOR, senior.jurisdictionCode(), null, senior);
        }
        return new CoordinatingLevel(Kind.TOWN_OFFICE, senior.jurisdictionCode().substring(0, TOWN), null, senior);
    }

    private static int rank(VisitingLeader l) {
        return l.jurisdictionCode().length() * 2 + (l.departmentId() == null ? 0 : 1);
    }
}
