package cn.taizhang.figures;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * The units an evaluation ranks, of one {@link Unit kind}, by their keys, over [from, to] ({@code to} inclusive),
 * within the caller's scope.
 */
public record EvaluationRequest(Unit unit, List<String> keys, LocalDate from, LocalDate to, Scope scope) {

    /** What is ranked, and what its key is. */
    public enum Unit {
        /** A 镇（街道）: the key is its area code. */
        TOWN,
        /** A department (行业主管部门): the key is its id. */
        DEPARTMENT,
        /** A grid, as its grid worker answers for it: the key is the grid's code. */
        GRID
    }

    public EvaluationRequest {
        keys = List.copyOf(keys);
    }
}
