package cn.taizhang.registry.project;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.registry.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The project list's query parameters as they arrive (bound from the query string); {@link #filter} checks them and
 * names each bad one. Status takes its id or its Chinese label.
 */
record ProjectQuery(String q, String area, String kind, Integer year, String status) {

    ProjectFilter filter(Predicate<String> kindKnown) {
        return check(q, area, kind, year, status, kindKnown);
    }

    static ProjectFilter check(String q, String area, String kind, Integer year, String status, Predicate<String> kindKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        if (area != null && !area.isBlank() && !area.strip().matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        if (kind != null && !kind.isBlank() && !kindKnown.test(kind.strip())) {
            problems.add(new FieldProblem("kind", "UNKNOWN_KIND", "kind：项目类别须为目录中的编码（见 GET /api/v1/project-kinds）"));
        }
        if (year != null && (year < ProjectForm.FIRST_YEAR || year > ProjectForm.LAST_YEAR)) {
            problems.add(new FieldProblem("year", "OUT_OF_RANGE", "year：年度须在 " + ProjectForm.FIRST_YEAR + " 到 " + ProjectForm.LAST_YEAR + " 之间"));
        }
        ProjectStatus state = null;
        if (status != null && !status.isBlank()) {
            state = Choice.parse(ProjectStatus.class, status).orElse(null);
            if (state == null) {
                problems.add(new FieldProblem("status", "INVALID_FIELD", "status：项目状态须为 " + Choice.ids(ProjectStatus.class) + " 之一"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new ProjectFilter(q, area, kind, year, state);
    }
}
