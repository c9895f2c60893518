package cn.taizhang.enforcement;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of enforcement action, with the state each starts in. */
public enum ActionKind {
    ORDER("order", "责令限期整改", "pending"),
    PENALTY("penalty", "行政处罚决定", "decided"),
    SUSPENSION("suspension", "停产停业整顿", "in_force"),
    CLOSURE("closure", "关闭", "in_force"),
    BAN("ban", "取缔", "in_force"),
    REINSPECTION("reinspection", "复查", null),
    RESTART("restart", "复产复工验收", "approved"),
    DEMOLITION("demolition", "强制拆除", "done");

    private final String code;
    private final String label;
    private final String initialState;

    ActionKind(String code, String label, String initialState) {
        this.code = code;
        this.label = label;
        this.initialState = initialState;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The state a new action of this kind is in; a re-inspection's is its verdict. */
    String initialState(Boolean passed) {
        return this == REINSPECTION ? (Boolean.TRUE.equals(passed) ? "passed" : "failed") : initialState;
    }

    /** 停产停业整顿, 关闭 or 取缔: a measure the enterprise is then under (强制措施). */
    public boolean coercive() {
        return this == SUSPENSION || this == CLOSURE || this == BAN;
    }

    /** Kinds an officer may take about a 城乡环境 case without an enterprise (责令限期拆除, 罚款, 强制拆除). */
    boolean withoutEnterprise() {
        return this == ORDER || this == PENALTY || this == DEMOLITION;
    }

    /** How the kind reads for a 两违 case: an order there is 责令限期拆除. */
    String labelAbout(boolean illegalBuilding) {
        return illegalBuilding && this == ORDER ? "责令限期拆除" : label;
    }

    static Optional<ActionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join("、", Arrays.stream(values()).map(k -> k.code + "（" + k.label + "）").toList());
    }

    /** The Chinese name of an action's state. */
    static String stateLabel(String state) {
        switch (state) {
            case "pending":
                return "待复查";
            case "complied":
                return "整改到位";
            case "failed":
                return "未整改到位";
            case "decided":
                return "已作出决定";
            case "in_force":
                return "执行中";
            case "lifted":
                return "已解除（复产）";
            case "passed":
                return "复查合格";
            case "approved":
                return "准予复产";
            case "done":
                return "已执行";
            default:
                return state;
        }
    }
}
