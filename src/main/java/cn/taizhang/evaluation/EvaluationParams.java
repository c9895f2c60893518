package cn.taizhang.evaluation;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The {@code object} and {@code period} parameters, checked together so that a 400 names every bad one. */
record EvaluationParams(ObjectKind object, Period period) {


    /** Blank object: 镇街; blank period: this quarter (季评比). */
    static EvaluationParams parse(String object, String period) {
        List<FieldProblem> problems = new ArrayList<>();
        ObjectKind kind = object == null || object.isBlank() ? ObjectKind.TOWN : ObjectKind.of(object).orElse(null);
        if (kind == null) {
            problems.add(objectProblem());
        }
        Period p = null;
        try {
            p = period == null || period.isBlank() ? Period.quarterOf(LocalDate.now(ZONE)) : Period.parse(period);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", "INVALID_PERIOD", "period：" + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new EvaluationParams(kind, p);
    }

    static ObjectKind object(String object) {
        return ObjectKind.of(object).orElseThrow(() -> Problem.invalid(List.of(objectProblem())));
    }

    private static FieldProblem objectProblem() {
        return new FieldProblem("object", "INVALID_FIELD", "object：考评对象应为 town（镇街）、department（部门）或 gridworker（网格员）");
    }
}
