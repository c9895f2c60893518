package cn.taizhang.inspection.lists;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure list's query parameters as they arrive; {@link #filter} checks them. Status is planned, in_progress, done or
 * overdue (not done after its due date); {@code overdue=true|false} narrows the same way on its own.
 */
record MeasureQuery(String area, Long department, Long campaign, String status, Boolean overdue) {

    /** What the list selects; null does not narrow. {@code createdFrom} and {@code createdUntil}: Beijing days [from, until) it was set on. */
    record Filter(String area, Long department, Long campaign, String status, Boolean overdue, LocalDate createdFrom, LocalDate createdUntil) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("area", area);
            p.put("department", department);
            p.put("campaign", campaign);
            p.put("status", status);
            p.put("overdue", overdue);
            return p;
        }
    }

    static final List<String> STATUSES = List.of("planned", "in_progress", "done", "overdue");

    Filter filter() {
        List<FieldProblem> problems = new ArrayList<>();
        String code = area == null || area.isBlank() ? null : area.strip();
        if (code != null && !code.matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        String s = status == null || status.isBlank() ? null : status.strip();
        if (s != null && !STATUSES.contains(s)) {
            problems.add(new FieldProblem("status", "INVALID_FIELD", "status：须为 planned（未开始）、in_progress（推进中）、done（已完成）或 overdue（已逾期）"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Filter(code, department, campaign, s, overdue, null, null);
    }
}
