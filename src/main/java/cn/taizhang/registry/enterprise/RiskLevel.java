package cn.taizhang.registry.enterprise;

import cn.taizhang.registry.Choice;

/** The four colours of 安全风险分级管控 (双重预防机制): red is 重大风险, blue 低风险. */
public enum RiskLevel implements Choice {
    RED("红色", "重大风险"),
    ORANGE("橙色", "较大风险"),
    YELLOW("黄色", "一般风险"),
    BLUE("蓝色", "低风险");

    private final String label;
    private final String meaning;

    RiskLevel(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String id() {
        return name().toLowerCase();
    }

    @Override
    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
