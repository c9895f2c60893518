package cn.taizhang.evaluation;

import java.util.Locale;
import java.util.Optional;

/** What is evaluated: 镇街, 行业主管部门 or 网格员; the code is the {@code object} parameter of the API. */
enum ObjectKind {
    TOWN("town", "镇（街道）", "各镇（街道）"),
    DEPARTMENT("department", "部门", "各部门"),
    GRID_WORKER("gridworker", "网格员", "各网格员");

    private final String code;
    private final String label;
    private final String plural;

    ObjectKind(String code, String label, String plural) {
        this.code = code;
        this.label = label;
        this.plural = plural;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** As a notice's title names the evaluated: 各镇（街道）. */
    String plural() {
        return plural;
    }

    static Optional<ObjectKind> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (ObjectKind k : values()) {
            if (k.code.equals(c)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
