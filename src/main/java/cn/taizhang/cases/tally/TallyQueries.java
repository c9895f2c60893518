package cn.taizhang.cases.tally;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.cases.CaseGrouping;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.Counts;
import cn.taizhang.cases.Overdue;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.db.GenericPlans;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts of a selection in one statement, hence one snapshot: the tallies of the whole years, months
 * and edge days of the period ({@link Periods}), plus the deltas the compactor has not moved yet, plus the
 * cases that became overdue since {@link OverdueSweep} last marked them (the one count that depends on the
 * clock: dispatched, past the deadline, not marked yet, read from a small partial index). A transition
 * committed before the query is in exactly one of the first two. A query that narrows by nothing reads the
 * total rows; a narrowed one the rows per key, and, below the 镇街 (no day rows per key there: they would be
 * as many as the cases), the edge days from the case rows, which the index on (area_code, created_at)
 * finds directly.
 */
@Repository
public class TallyQueries {


    /** A group key as an SQL expression over the tallies (t), the deltas (d) and the case rows (c); fixed text only. */
    enum Key {
        AREA("t.area", "substr(d.area_code, 1, :len)", "substr(c.area_code, 1, :len)"),
        TYPE("t.type_code", "d.type_code", "c.type_code"),
        SOURCE("t.source", "d.source", "c.source"),
        SECTOR("coalesce(t.sector, 'none')", "coalesce(d.sector, 'none')", "coalesce(c.sector, 'none')"),
        DEPARTMENT("coalesce(t.unit_id::text, 'none')", "coalesce(d.unit_id::text, 'none')", "coalesce(c.unit_id::text, 'none')"),
        MONTH("to_char(t.period, 'YYYY-MM')", "to_char(d.day, 'YYYY-MM')",
                "to_char(c.created_at AT TIME ZONE '" + BeijingTime.ZONE_ID + "', 'YYYY-MM')");

        final String tally;
        final String delta;
        final String row;

        Key(String tally, String delta, String row) {
            this.tally = tally;
            this.delta = delta;
            this.row = row;
        }

        static Key of(CaseGrouping grouping) {
            return valueOf(grouping.name());
        }
    }

    /** The sums of the counts, named as the columns (also the rebuild's, in TallyCompactor). */
    static final String SUMS = """
            sum(reported) AS reported, sum(registered) AS registered, sum(rejected) AS rejected,
            sum(dispatched) AS dispatched, sum(returned) AS returned, sum(handled) AS handled, sum(closed) AS closed,
            sum(closed_on_time) AS closed_on_time, sum(open) AS open, sum(overdue) AS overdue, sum(reworked) AS reworked,
            sum(extended) AS extended, sum(deferred) AS deferred, sum(supervised) AS supervised
            """;

    private static final String COLUMNS = """
            reported, registered, rejected, dispatched, returned, handled, closed, closed_on_time, open, overdue,
            reworked, extended, deferred, supervised
            """;

    private static final String FILTERS = """
            AND (CAST(:type AS text) IS NULL OR x.type_code = :type)
            AND (CAST(:source AS text) IS NULL OR x.source = :source)
            AND (CAST(:sector AS text) IS NULL OR x.sector = :sector)
            AND (CAST(:unit AS bigint) IS NULL OR x.unit_id = :unit)
            AND (CAST(:scopeUnit AS bigint) IS NULL OR x.unit_id = :scopeUnit)
            """;

    /** What the live overdue count reads of a case: the columns of the partial index case_record_overdue_unmarked (V11). */
    private static final String LIVE_COLUMNS = "area_code, created_at, type_code, source, unit_id, sector";

    private final JdbcClient jdbc;
    private final GenericPlans generic;

    TallyQueries(JdbcClient jdbc, GenericPlans generic) {
        this.jdbc = jdbc;
        this.generic = generic;
    }

    /**
     * The counts per area of {@code areas} (codes of one level, inside the selection's area), every one
     * present, zeros included, in the order given.
     */
    public Map<String, Counts> byArea(CaseSelection s, Collection<String> areas, Scope scope) {
        Map<String, Counts> found = query(s, Key.AREA, areas, scope);
        Map<String, Counts> all = new LinkedHashMap<>();
        areas.forEach(area -> all.put(area, found.getOrDefault(area, Counts.ZERO)));
        return all;
    }

    /**
     * Reads every total row once through the covering index case_tally_totals (V12), which brings it into
     * PostgreSQL's buffers: what an unnarrowed summary reads then comes from memory, also on a host that
     * reclaims the page cache. Returns the number of total rows.
     */
    public long warmUp() {
        return jdbc.sql("SELECT count(*) FROM case_tally WHERE type_code = '*' AND reported >= 0").query(Long.class).single();
    }

    /** The counts per group with at least one case, in key order. */
    public Map<String, Counts> breakdown(CaseSelection s, CaseGrouping grouping, Scope scope) {
        return query(s, Key.of(grouping), List.of(s.area()), scope);
    }

    private Map<String, Counts> query(CaseSelection s, Key key, Collection<String> areas, Scope scope) {
        int len = areas.isEmpty() ? s.area().length() : areas.iterator().next().length();
        if (areas.stream().anyMatch(a -> a.length() != len || !a.startsWith(s.area()) || !scope.covers(a))) {
            throw new IllegalArgumentException("areas must be of one level inside " + s.area() + " and the scope: " + areas);
        }
        Periods periods = Periods.of(s.from(), s.until(), key != Key.MONTH);
        boolean total = key == Key.AREA && s.type() == null && s.source() == null && s.sector() == null && s.department() == null
                && scope.departmentId() == null;
        boolean dayTallies = total || len <= TallyCompactor.DAY_TALLY_CODE_LENGTH;
        List<LocalDate[]> runs = dayTallies ? List.of() : periods.dayRuns();
        // A total has no narrowing to write: a filter on a column outside case_tally_totals, even one that is
        // true for null, would keep a generic plan from reading the index alone
        String filters = total ? "" : FILTERS;
        String sql = "SELECT key, " + SUMS + " FROM (\n"
                + (dayTallies ? tallies(key, total, filters, "d", ":days") : "") + tallies(key, total, filters, "m", ":months")
                + tallies(key, total, filters, "y", ":years")
                + "SELECT " + key.delta + ", " + COLUMNS + " FROM case_tally_delta d\n"
                + " WHERE d.area_code ~>=~ :low AND d.area_code ~<~ :high AND substr(d.area_code, 1, :len) = ANY(:areas) AND d.day >= :from AND d.day < :until\n"
                + (dayTallies ? "" : " AND NOT d.day = ANY(CAST(:days AS date[]))\n") + filters.replace("x.", "d.")
                + "UNION ALL\n"
                + (runs.isEmpty() ? "" : "SELECT " + key.row + " AS key, " + RawCounts.facts(RawCounts.MARKED_OVERDUE) + " FROM case_record c"
                        + " JOIN unnest(CAST(:runStarts AS timestamptz[]), CAST(:runEnds AS timestamptz[])) r(s, e)"
                        + " ON c.created_at >= r.s AND c.created_at < r.e\n"
                        + " WHERE c.area_code ~>=~ :low AND c.area_code ~<~ :high AND substr(c.area_code, 1, :len) = ANY(:areas)\n"
                        + filters.replace("x.", "c.") + " GROUP BY 1\nUNION ALL\n")
                // OFFSET 0 keeps the area and period out of the subquery, so that no generic plan can read the case
                // table by area (the whole county's range for the city) instead of the few rows of this index
                + "SELECT " + key.row + ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM (SELECT " + LIVE_COLUMNS + " FROM case_record"
                + " WHERE NOT overdue_marked AND " + Overdue.sql("") + " OFFSET 0) c\n"
                + " WHERE c.area_code ~>=~ :low AND c.area_code ~<~ :high"
                + " AND substr(c.area_code, 1, :len) = ANY(:areas) AND c.created_at >= :fromTime AND c.created_at < :untilTime\n"
                + filters.replace("x.", "c.")
                + ") x GROUP BY key ORDER BY key";
        // The total rows are read by (area, grain, period) whatever the values: planned once, the statement saves
        // more time than it takes to run (GenericPlans). A narrowed one reads its key from the index only in a
        // plan that knows the key's value, and case rows by range only in one that knows the range.
        SqlParameterSource params = params(s, len, areas, periods, runs, scope);
        Map<String, Counts> groups = new LinkedHashMap<>();
        RowCallbackHandler group = rs -> groups.put(rs.getString("key"), counts(rs));
        if (total) {
            generic.query(sql, params, group);
        } else {
            jdbc.sql(sql).paramSource(params).query(group);
        }
        return groups;
    }

    private static SqlParameterSource params(CaseSelection s, int len, Collection<String> areas, Periods periods, List<LocalDate[]> runs,
            Scope scope) {
        return new MapSqlParameterSource().addValue("areas", areas.toArray(String[]::new)).addValue("len", len)
                .addValue("low", s.area()).addValue("high", successor(s.area()))
                .addValue("days", dates(periods.days())).addValue("months", dates(periods.months()))
                .addValue("years", dates(periods.years()))
                .addValue("from", s.from()).addValue("until", s.until())
                .addValue("fromTime", s.from().atStartOfDay(ZONE).toOffsetDateTime())
                .addValue("untilTime", s.until().atStartOfDay(ZONE).toOffsetDateTime())
                .addValue("type", s.type()).addValue("source", s.source()).addValue("sector", s.sector())
                .addValue("unit", s.department()).addValue("scopeUnit", scope.departmentId())
                .addValue("runStarts", runs.stream().map(r -> time(r[0])).toArray(String[]::new))
                .addValue("runEnds", runs.stream().map(r -> time(r[1])).toArray(String[]::new));
    }

    // One branch per grain, so that each is an index range (area, grain, period) of its own; the total rows
    // (type '*') when nothing narrows, else the rows per narrowing key.
    private static String tallies(Key key, boolean total, String filters, String grain, String periods) {
        return "SELECT " + key.tally + " AS key, " + COLUMNS + " FROM case_tally t\n"
                + " WHERE t.area = ANY(:areas) AND t.grain = '" + grain + "' AND t.period = ANY(CAST(" + periods + " AS date[]))"
                + " AND t.type_code " + (total ? "= '*'" : "<> '*'") + "\n"
                + filters.replace("x.", "t.") + "UNION ALL\n";
    }

    // The codes starting with a prefix are those in [prefix, successor): written as the range that LIKE 'prefix%'
    // becomes, because a prepared statement's generic plan cannot turn "LIKE ?" into an index range.
    private static String successor(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }

    private static String time(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime().toString();
    }

    private static String[] dates(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("reported"), rs.getLong("registered"), rs.getLong("rejected"), rs.getLong("dispatched"),
                rs.getLong("returned"), rs.getLong("handled"), rs.getLong("closed"), rs.getLong("closed_on_time"),
                rs.getLong("open"), rs.getLong("overdue"), rs.getLong("reworked"), rs.getLong("extended"),
                rs.getLong("deferred"), rs.getLong("supervised"));
    }
}
