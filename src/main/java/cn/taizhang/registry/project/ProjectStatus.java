package cn.taizhang.registry.project;

import cn.taizhang.registry.Choice;

/** Where a project stands: 计划 (planned), 在建 (under construction) or 完工 (completed). */
public enum ProjectStatus implements Choice {
    PLANNED("计划"),
    UNDER_CONSTRUCTION("在建"),
    COMPLETED("完工");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String id() {
        return name().toLowerCase();
    }

    @Override
    public String label() {
        return label;
    }
}
