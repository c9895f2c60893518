package cn.taizhang.registry.enterprise;

import cn.taizhang.registry.Choice;

/** Whether an enterprise is still there: 正常, 注销 (deregistered) or 失联 (the office has lost contact with it). */
public enum EnterpriseStatus implements Choice {
    ACTIVE("正常"),
    DEREGISTERED("注销"),
    LOST_CONTACT("失联");

    private final String label;

    EnterpriseStatus(String label) {
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
