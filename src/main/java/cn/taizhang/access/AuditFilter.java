package cn.taizhang.access;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.Days;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit search, bound from the query string; null fields do not narrow. {@code from} and {@code to} are days in
 * Beijing time, {@code to} included; {@code user} is part of the actor's username (any case); {@code action} and
 * {@code targetType} are codes ({@link AuditLabels}); {@code targetId} is one identifier; {@code source} the start of
 * the source address.
 */
record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String user, String action, String targetType, String targetId, String source) {

    AuditFilter {
        user = blank(user);
        action = blank(action);
        targetType = blank(targetType);
        targetId = blank(targetId);
        source = blank(source);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    static final String SQL = """
             WHERE (actor_jurisdiction IS NULL OR actor_jurisdiction LIKE :prefix)
              AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
              AND (CAST(:user AS text) IS NULL OR strpos(lower(actor_username), lower(:user)) > 0)
              AND (CAST(:action AS text) IS NULL OR action = :action)
              AND (CAST(:targetType AS text) IS NULL OR target_type = :targetType)
              AND (CAST(:targetId AS text) IS NULL OR target_id = :targetId OR :targetId = ANY (string_to_array(target_id, ',')))
              AND (CAST(:source AS text) IS NULL OR starts_with(source_address, :source))
            """;

    /** A bad range is refused naming its field (400), like every other date input. */
    AuditFilter checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Days.plausible(from)) {
            problems.add(Days.outOfRange("from"));
        }
        if (!Days.plausible(to)) {
            problems.add(Days.outOfRange("to"));
        }
        if (problems.isEmpty() && from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("to", "INVALID_RANGE", "to：结束日期不能早于开始日期"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return this;
    }

    OffsetDateTime fromTime() {
        return from == null ? null : from.atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    }

    OffsetDateTime toTime() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    }

    /** The search as a query string ("?from=…&user=…", or nothing), for the page's links. */
    String query() {
        String query = UriComponentsBuilder.newInstance().queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).queryParamIfPresent("user", Optional.ofNullable(user))
                .queryParamIfPresent("action", Optional.ofNullable(action)).queryParamIfPresent("targetType", Optional.ofNullable(targetType))
                .queryParamIfPresent("targetId", Optional.ofNullable(targetId)).queryParamIfPresent("source", Optional.ofNullable(source))
                .encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    /** The search in Chinese, for the export's own audit row. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null || to != null) {
            parts.add("日期 " + (from == null ? "" : from) + " 至 " + (to == null ? "" : to));
        }
        if (user != null) {
            parts.add("操作人含 " + user);
        }
        if (action != null) {
            parts.add("类型 " + AuditLabels.action(action));
        }
        if (targetType != null || targetId != null) {
            parts.add("对象 " + (targetType == null ? "" : AuditLabels.target(targetType)) + (targetId == null ? "" : " " + targetId));
        }
        if (source != null) {
            parts.add("来源地址 " + source);
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
