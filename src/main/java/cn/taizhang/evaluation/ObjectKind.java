package cn.taizhang.evaluation;

import cn.taizhang.figures.EvaluationRequest;
import java.util.Locale;
import java.util.Optional;

/** What is evaluated: 镇街, 行业主管部门 or 网格员; the code is the {@code object} parameter of the API. */
enum ObjectKind {
    TOWN("town", "镇（街道）", "各镇（街道）", EvaluationRequest.Unit.TOWN),
    DEPARTMENT("department", "部门", "各部门", EvaluationRequest.Unit.DEPARTMENT),
    GRID_WORKER("gridworker", "网格员", "各网格员", EvaluationRequest.Unit.GRID);

    private final String code;
    private final String label;
    private final String plural;
    private final EvaluationRequest.Unit unit;

    ObjectKind(String code, String label, String plural, EvaluationRequest.Unit unit) {
        this.code = code;
        this.label = label;
        this.plural = plural;
        this.unit = unit;
    }

    /** What the contributors of figures are asked about: a grid worker answers for their grid. */
    EvaluationRequest.Unit unit() {
        return unit;
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
