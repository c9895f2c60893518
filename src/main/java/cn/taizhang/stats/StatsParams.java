package cn.taizhang.stats;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.FieldProblem;
import cn.taizhang.territory.AreaCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The request parameters of the statistics endpoints, checked; every failure names its field in Chinese. */
record StatsParams(String area, LocalDate from, LocalDate to, String type, String source) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The sources of a case (case_record.source) and how a report names them. */
    static final Map<String, String> SOURCES = Map.of(
            "grid_worker", "网格员上报", "inspection", "检查发现", "citizen", "群众举报",
            "assigned", "上级交办", "video", "视频监控", "leader_visit", "领导走访");

    static StatsParams parse(String area, String from, String to, String type, String source, Scope scope,
            CaseStatistics statistics) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        try {
            AreaCode.parse(code);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("area", "INVALID_AREA_CODE", "area：" + e.getMessage()));
        }
        LocalDate today = LocalDate.now(ZONE);
        LocalDate start = date("from", from, today.withDayOfYear(1), problems);
        LocalDate end = date("to", to, today, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "INVALID_PERIOD", "to：截止日期不能早于起始日期 " + start));
        }
        String t = blankToNull(type);
        if (t != null && !statistics.typeExists(t)) {
            problems.add(new FieldProblem("type", "UNKNOWN_CASE_TYPE", "type：没有这个事项类型：" + t));
        }
        String s = blankToNull(source);
        if (s != null && !SOURCES.containsKey(s)) {
            problems.add(new FieldProblem("source", "INVALID_FIELD",
                    "source：来源应为 grid_worker、inspection、citizen、assigned、video 或 leader_visit"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return new StatsParams(code, start, end, t, s);
    }

    static CaseStatistics.Grouping grouping(String by) {
        try {
            return CaseStatistics.Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw ApiProblem.invalid(List.of(new FieldProblem("by", "INVALID_FIELD", "by：分组方式应为 child、type、source、month 或 grid")));
        }
    }

    /** The selection: days in Asia/Shanghai, {@code to} inclusive. */
    CaseStatistics.Selection selection() {
        return new CaseStatistics.Selection(area, from.atStartOfDay(ZONE).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime(), type, source);
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "INVALID_DATE", field + "：日期应为 yyyy-MM-dd 格式，如 2026-01-31"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
