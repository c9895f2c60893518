package cn.taizhang.inspection;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
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

/**
 * The outings (检查记录) one sees, the latest first: those with a visit inside the caller's jurisdiction and the area asked
 * for, on the days asked for, of a campaign — each with its people, visits, hazards and re-inspections counted and the
 * names of what it visited.
 */
@Component
class OutingList {

    /** What the list selects; null does not narrow. Days included. */
    record Filter(String area, LocalDate from, LocalDate to, Long campaign) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("area", area);
            p.put("from", from);
            p.put("to", to);
            p.put("campaign", campaign);
            return p;
        }
    }

    /** One outing as the list shows it. */
    record Outing(long id, LocalDate date, String group, Long campaignId, String recordedBy, int inspectors, int visits, int hazards,
            int rechecks, String visited) {
    }

    private static final Pattern AREA = Pattern.compile("\\d{1,15}");
    private static final String WHERE = """
             EXISTS (SELECT 1 FROM inspection_visit v WHERE v.inspection_id = i.id AND v.area_code LIKE :scope
                             AND (CAST(:area AS text) IS NULL OR v.area_code LIKE :area || '%'))
              AND (CAST(:from AS date) IS NULL OR i.day >= :from) AND (CAST(:to AS date) IS NULL OR i.day <= :to)
              AND (CAST(:campaign AS bigint) IS NULL OR i.campaign_id = :campaign)
            """;

    private record Row(long id, LocalDate date, String group, Long campaignId, long recordedBy, int inspectors, int visits, int hazards,
            int rechecks, String visited) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;

    OutingList(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The filter from query parameters, or 400 naming every bad one. */
    static Filter filter(String area, String from, String to, Long campaign) {
        List<FieldProblem> problems = new ArrayList<>();
        String a = area == null || area.isBlank() ? null : area.strip();
        if (a != null && !AREA.matcher(a).matches()) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为数字"));
        }
        Days.Period period = Days.period(from, to, null, null, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Filter(a, period.from(), period.to(), campaign);
    }

    ListResponse<Outing> list(Scope scope, Filter f, int page, int size) {
        Map<String, Object> params = f.parameters();
        params.put("scope", scope.likePattern());
        Map<Long, String> names = new HashMap<>();
        List<Outing> items = jdbc.sql("""
                SELECT i.id, i.day AS date, i.group_name AS "group", i.campaign_id, i.recorded_by,
                       (SELECT count(*) FROM inspection_inspector p WHERE p.inspection_id = i.id) AS inspectors,
                       (SELECT count(*) FROM inspection_visit v WHERE v.inspection_id = i.id) AS visits,
                       (SELECT count(*) FROM inspection_hazard h JOIN inspection_visit v ON v.id = h.visit_id WHERE v.inspection_id = i.id) AS hazards,
                       (SELECT count(*) FROM inspection_recheck r JOIN inspection_visit v ON v.id = r.visit_id WHERE v.inspection_id = i.id) AS rechecks,
                       (SELECT string_agg(v.subject_name, '、' ORDER BY v.position) FROM inspection_visit v WHERE v.inspection_id = i.id) AS visited
                FROM inspection i
                WHERE""" + WHERE + " ORDER BY i.day DESC, i.id DESC OFFSET :offset LIMIT :limit")
                .params(params).param("offset", page * size).param("limit", size).query(Row.class).list().stream()
                .map(r -> new Outing(r.id(), r.date(), r.group(), r.campaignId(), names.computeIfAbsent(r.recordedBy(), this::name), r.inspectors(),
                        r.visits(), r.hazards(), r.rechecks(), r.visited())).toList();
        long total = jdbc.sql("SELECT count(*) FROM inspection i WHERE" + WHERE).params(params).query(Long.class).single();
        return new ListResponse<>(items, total);
    }

    private String name(long staffId) {
        return organisation.staffMember(Scope.area(""), staffId).map(StaffMember::name).orElse("#" + staffId);
    }
}
