package cn.taizhang.inspection.lists;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.Days;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hazard list's query parameters as they arrive; {@link #filter} checks them and names each bad one. The period is
 * the visits' days [from, to], by default the whole record; state: open (未整改), rectified (已整改, the case closed) or all.
 */
record HazardQuery(String area, Long department, Long enterprise, Long campaign, String from, String to, String state, Boolean major) {

    /** What the list selects; null does not narrow. {@code until} is the day after the period. */
    record Filter(String area, Long department, Long enterprise, Long campaign, LocalDate from, LocalDate until, String state, Boolean major) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("area", area);
            p.put("department", department);
            p.put("enterprise", enterprise);
            p.put("campaign", campaign);
            p.put("from", from);
            p.put("to", until == null ? null : until.minusDays(1));
            p.put("state", "all".equals(state) ? null : state);
            p.put("major", major);
            return p;
        }
    }

    Filter filter() {
        List<FieldProblem> problems = new ArrayList<>();
        String code = area == null || area.isBlank() ? null : area.strip();
        if (code != null && !code.matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        Days.Period period = Days.period(from, to, null, null, problems);
        String s = state == null || state.isBlank() ? "all" : state.strip();
        if (!List.of("open", "rectified", "all").contains(s)) {
            problems.add(new FieldProblem("state", "INVALID_FIELD", "state：须为 open（未整改）、rectified（已整改）或 all（全部）"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Filter(code, department, enterprise, campaign, period.from(), period.to() == null ? null : period.to().plusDays(1), s, major);
    }
}
