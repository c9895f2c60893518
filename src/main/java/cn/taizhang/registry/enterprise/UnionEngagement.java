package cn.taizhang.registry.enterprise;

import cn.taizhang.registry.Choice;

/** How an enterprise takes to union work (工会组建), for differentiated management (分类施策). */
public enum UnionEngagement implements Choice {
    PROACTIVE("积极主动型"),
    STALLED("止步不前型"),
    RESISTANT("情绪抵触型");

    private final String label;

    UnionEngagement(String label) {
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
