package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.platform.BeijingTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Optional narrowing of the case list, bound from the query string; null fields do not narrow. Dates are
 * days in Asia/Shanghai, {@code to} included; {@code q} a keyword in the number, description or address;
 * {@code source} a {@link CaseSource} code, {@code severity} a severity code of the types (e.g. {@code major});
 * {@code mine}: reported by the caller; {@code extensionPending}: an extension asked for and not yet decided. {@code returned}: waiting for re-dispatch after a unit sent it
 * back; {@code nearDeadline}: still in time but past the share of it at which the type reminds the unit.
 */
record CaseFilter(String state, String type, String area, Long unit, Boolean overdue, Boolean returned, Boolean nearDeadline,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String q, String source, String severity, Boolean mine, Boolean extensionPending) {

    /** No narrowing: the whole list the caller may see. */
    static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    CaseFilter {
        state = blank(state);
        type = blank(type);
        area = blank(area);
        q = blank(q);
        source = blank(source);
        severity = blank(severity);
    }

    /** The filter as the list API's query parameters, those given only. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("state", state);
        p.put("type", type);
        p.put("area", area);
        p.put("unit", unit);
        p.put("overdue", overdue);
        p.put("returned", returned);
        p.put("nearDeadline", nearDeadline);
        p.put("from", from);
        p.put("to", to);
        p.put("q", q);
        p.put("source", source);
        p.put("severity", severity);
        p.put("mine", mine);
        p.put("extensionPending", extensionPending);
        return p;
    }


    static final String SQL = """
              AND (CAST(:state AS text) IS NULL OR c.state = :state)
              AND (CAST(:type AS text) IS NULL OR c.type_code = :type)
              AND (CAST(:area AS text) IS NULL OR c.area_code LIKE :area || '%')
              AND (CAST(:unit AS bigint) IS NULL OR c.unit_id = :unit)
              AND (CAST(:overdue AS boolean) IS NULL OR {overdue} = :overdue)
              AND (CAST(:returned AS boolean) IS NULL OR (c.state = 'registered' AND c.return_count > 0) = :returned)
              AND (CAST(:nearDeadline AS boolean) IS NULL OR (c.state = 'dispatched' AND c.deadline >= now() AND now() >=
                   c.dispatched_at + (c.deadline - c.dispatched_at) * (SELECT t.remind_share FROM case_type t WHERE t.code = c.type_code))
                   = :nearDeadline)
              AND (CAST(:from AS timestamptz) IS NULL OR c.created_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR c.created_at < :to)
              AND (CAST(:source AS text) IS NULL OR c.source = :source)
              AND (CAST(:severity AS text) IS NULL OR c.severity = :severity)
              AND (CAST(:mine AS boolean) IS NULL OR (c.reporter_id = :visCaller) = :mine)
              AND (CAST(:extensionPending AS boolean) IS NULL OR (c.extension_pending_days IS NOT NULL) = :extensionPending)
              AND (CAST(:q AS text) IS NULL OR strpos(c.number, :q) > 0 OR strpos(c.description, :q) > 0
                   OR strpos(coalesce(c.address, ''), :q) > 0)
            """.replace("{overdue}", Overdue.sql("c."));

    boolean validState() {
        return state == null || CaseState.fromCode(state).isPresent();
    }

    boolean validSource() {
        return source == null || CaseSource.fromCode(source).isPresent();
    }

    OffsetDateTime fromTime() {
        return from == null ? null : from.atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    }

    OffsetDateTime toTime() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    }

    String text() {
        return q;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
