package cn.taizhang.cases;

import cn.taizhang.platform.Scope;

/**
 * Which cases a caller may see: those whose grid lies in their jurisdiction; a department's staff see
 * only those assigned to their unit, and anyone sees the reports they made themselves.
 */
public record Visibility(Scope scope, long callerId) {

    public static final String SQL = """
             c.area_code LIKE :visPrefix
             AND (CAST(:visDepartment AS bigint) IS NULL OR c.unit_id = :visDepartment OR c.reporter_id = :visCaller)
            """;

    boolean sees(CaseRow row) {
        return scope.covers(row.gridCode())
                && (scope.departmentId() == null || scope.departmentId().equals(row.unitId()) || row.reporterId() == callerId);
    }
}
