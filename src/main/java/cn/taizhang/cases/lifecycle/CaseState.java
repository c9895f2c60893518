package cn.taizhang.cases.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** Where a case stands in the closed loop (上报 → 立案 → 派遣 → 处置 → 核查结案). */
public enum CaseState {
    REPORTED("已上报"),
    REGISTERED("已立案"),
    REJECTED("不予立案"),
    DISPATCHED("已派遣"),
    HANDLED("已处置"),
    CLOSED("已结案"),
    DEFERRED("缓办");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lower-case, as the API and the database spell it. */
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<CaseState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Still in the loop: neither closed nor rejected. */
    public boolean open() {
        return this != CLOSED && this != REJECTED;
    }
}
