package cn.taizhang.registry.enterprise;

import cn.taizhang.registry.Choice;

/** A coercive measure an enterprise is under (强制措施): set and lifted only by enforcement actions. */
public enum Coercion implements Choice {
    SUSPENDED("停产停业整顿"),
    CLOSED("关闭"),
    BANNED("取缔");

    private final String label;

    Coercion(String label) {
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
