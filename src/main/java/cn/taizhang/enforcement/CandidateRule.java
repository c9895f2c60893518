package cn.taizhang.enforcement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The rules that raise enforcement candidates, and the kinds of action that act on each. */
public enum CandidateRule {
    /** 查而不改: a hazard open after its 挂牌督办 deadline, or an order whose re-inspection failed. */
    UNRECTIFIED("unrectified", "查而不改", Set.of(ActionKind.PENALTY, ActionKind.SUSPENSION, ActionKind.CLOSURE, ActionKind.BAN)),
    /** 安全生产法 Art. 113: three penalties for a 重大事故隐患 within 180 days, or four within a year: to be closed. */
    ART113("art113", "安全生产法第一百一十三条（提请关闭）", Set.of(ActionKind.CLOSURE, ActionKind.BAN)),
    /** A restart review not held within 10 days of the enterprise's request. */
    RESTART_OVERDUE("restart_overdue", "复产复工验收逾期", Set.of(ActionKind.REINSPECTION, ActionKind.RESTART, ActionKind.CLOSURE, ActionKind.BAN));

    /** The days within which a restart review must be held after the request. */
    static final int RESTART_REVIEW_DAYS = 10;

    private final String code;
    private final String label;
    private final Set<ActionKind> actedOnBy;

    CandidateRule(String code, String label, Set<ActionKind> actedOnBy) {
        this.code = code;
        this.label = label;
        this.actedOnBy = actedOnBy;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    boolean actedOnBy(ActionKind kind) {
        return actedOnBy.contains(kind);
    }

    static Optional<CandidateRule> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
