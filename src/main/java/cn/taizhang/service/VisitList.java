package cn.taizhang.service;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.platform.web.ListResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The visits one sees, the latest first: of what lies in the caller's jurisdiction and the area asked for, on the days asked. */
@Component
class VisitList {

    /** What the list selects; null does not narrow. Days included. */
    record Filter(String area, LocalDate from, LocalDate to, Long leader, Long enterprise) {
    }

    /** One visit as the list shows it. */
    record Item(long id, LocalDate date, String subjectKind, long subjectId, String subjectName, String leaders, String unitName,
            int problems, int hard, int solved) {
    }

    private static final Pattern AREA = Pattern.compile("\\d{1,15}");
    private static final String WHERE = """
             v.area_code LIKE :scope AND (CAST(:area AS text) IS NULL OR v.area_code LIKE :area || '%')
              AND (CAST(:from AS date) IS NULL OR v.day >= :from) AND (CAST(:to AS date) IS NULL OR v.day <= :to)
              AND (CAST(:leader AS bigint) IS NULL OR EXISTS (SELECT 1 FROM leader_visit_leader l WHERE l.visit_id = v.id AND l.staff_id = :leader))
              AND (CAST(:enterprise AS bigint) IS NULL OR v.enterprise_id = :enterprise)
            """;

    private final JdbcClient jdbc;

    VisitList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter from query parameters, or 400 naming every bad one. */
    static Filter filter(String area, String from, String to, Long leader, Long enterprise) {
        List<FieldProblem> problems = new ArrayList<>();
        String a = area == null || area.isBlank() ? null : area.strip();
        if (a != null && !AREA.matcher(a).matches()) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为数字"));
        }
        Days.Period period = Days.period(from, to, null, null, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Filter(a, period.from(), period.to(), leader, enterprise);
    }

    ListResponse<Item> list(Scope scope, Filter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope.likePattern());
        params.put("area", f.area());
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("leader", f.leader());
        params.put("enterprise", f.enterprise());
        List<Item> items = jdbc.sql("""
                SELECT v.id, v.day AS date, CASE WHEN v.enterprise_id IS NULL THEN 'project' ELSE 'enterprise' END AS subject_kind,
                       coalesce(v.enterprise_id, v.project_id) AS subject_id, v.subject_name,
                       (SELECT string_agg(s.name, '、' ORDER BY l.position) FROM leader_visit_leader l JOIN staff s ON s.id = l.staff_id
                        WHERE l.visit_id = v.id) AS leaders,
                       (SELECT d.name FROM department d WHERE d.id = v.unit_id) AS unit_name,
                       (SELECT count(*) FROM leader_visit_problem p WHERE p.visit_id = v.id) AS problems,
                       (SELECT count(*) FROM leader_visit_problem p WHERE p.visit_id = v.id AND p.hard) AS hard,
                       (SELECT count(*) FROM leader_visit_problem p WHERE p.visit_id = v.id AND p.solved) AS solved
                FROM leader_visit v
                WHERE""" + WHERE + " ORDER BY v.day DESC, v.id DESC OFFSET :offset LIMIT :limit")
                .params(params).param("offset", page * size).param("limit", size).query(Item.class).list();
        long total = jdbc.sql("SELECT count(*) FROM leader_visit v WHERE" + WHERE).params(params).query(Long.class).single();
        return new ListResponse<>(items, total);
    }
}
