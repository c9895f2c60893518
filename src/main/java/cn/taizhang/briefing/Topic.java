package cn.taizhang.briefing;

import java.util.List;

/**
 * The sections of a briefing over every type, in order, each with the case types whose figures it writes
 * (none: every type). The type codes are those of the seeded catalogue (V6__cases.sql), which has no way
 * to delete a type.
 */
enum Topic {
    OVERALL("总体情况"),
    SAFETY("安全生产", BriefingWriter.SAFETY_HAZARD),
    /** The types of the category 城乡环境综合治理. */
    ENVIRONMENT("城乡环境", "city_sanitation", "illegal_building", "overhead_cables"),
    ENTERPRISE("企业诉求", "enterprise_request"),
    EPIDEMIC("疫情防控重点人员", "epidemic_key_person");

    private final String heading;
    private final List<String> types;

    Topic(String heading, String... types) {
        this.heading = heading;
        this.types = List.of(types);
    }

    String heading() {
        return heading;
    }

    List<String> types() {
        return types;
    }
}
