package cn.taizhang.briefing;

import java.util.Map;

/**
 * How a briefing writes the figures of a category of case types (类别, as the system administrator files each type): the
 * seeds' words for hazards (排查/整改), for the 城乡环境 campaign (排查/整治), for enterprises' problems (收集/协调解决) and for
 * epidemic key persons (人, 闭环管理); any other category in the general words of cases (受理/立案/结案) under its own name.
 * A type added under a category is written with it, without a change here.
 */
enum SectionStyle {
    HAZARDS("安全生产"),
    ENVIRONMENT("城乡环境"),
    ENTERPRISE("企业诉求"),
    KEY_PERSONS("疫情防控重点人员"),
    GENERAL(null);

    /** The categories of the seeded catalogue (V6__cases.sql) that have words of their own. */
    private static final Map<String, SectionStyle> BY_CATEGORY = Map.of("安全生产", HAZARDS, "城乡环境综合治理", ENVIRONMENT,
            "企业服务", ENTERPRISE, "疫情防控", KEY_PERSONS);

    private final String heading;

    SectionStyle(String heading) {
        this.heading = heading;
    }

    static SectionStyle of(String category) {
        return BY_CATEGORY.getOrDefault(category, GENERAL);
    }

    /** The section's heading: the style's, or the category's own name. */
    String heading(String category) {
        return heading == null ? category : heading;
    }
}
