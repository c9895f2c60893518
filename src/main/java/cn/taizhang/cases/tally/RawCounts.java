package cn.taizhang.cases.tally;

import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.Counts;
import cn.taizhang.cases.Overdue;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The baseline: the same counts recomputed with COUNT FILTER over the raw case rows (the query the
 * statistics used before the tallies), for the benchmark and the tests that check the tallies against it.
 * Its expressions are those of the trigger function case_tally_delta_sql (V8__case_tallies.sql); the
 * tallies read the edge days of a 村社区 or grid with them too.
 */
@Repository
public class RawCounts {

    /** Overdue as the tallies count it: marked on the row (V11); the rest is counted live by {@link TallyQueries}. */
    static final String MARKED_OVERDUE = "count(*) FILTER (WHERE c.state = 'dispatched' AND c.overdue_marked)";
    /** Overdue by its definition: dispatched and past the deadline now. */
    static final String OVERDUE_NOW = "count(*) FILTER (WHERE " + Overdue.sql("c.") + ")";

    private final JdbcClient jdbc;

    RawCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the case rows c as SQL select items, in the order of {@link Counts}, with the given "overdue". */
    static String facts(String overdue) {
        return String.join(",\n",
                "count(*) AS reported",
                "count(*) FILTER (WHERE c.state NOT IN ('reported', 'rejected')) AS registered",
                "count(*) FILTER (WHERE c.state = 'rejected') AS rejected",
                "count(*) FILTER (WHERE c.dispatched_at IS NOT NULL OR c.return_count > 0 OR c.reopened_count > 0) AS dispatched",
                "count(*) FILTER (WHERE c.return_count > 0) AS returned",
                "count(*) FILTER (WHERE c.state IN ('handled', 'closed')) AS handled",
                "count(*) FILTER (WHERE c.state = 'closed') AS closed",
                "count(*) FILTER (WHERE c.state = 'closed' AND c.closed_at <= c.deadline) AS closed_on_time",
                "count(*) FILTER (WHERE c.state NOT IN ('closed', 'rejected')) AS open",
                overdue + " AS overdue",
                "count(*) FILTER (WHERE c.rework_count > 0) AS reworked",
                "count(*) FILTER (WHERE c.extension_count > 0) AS extended",
                "count(*) FILTER (WHERE c.state = 'deferred') AS deferred",
                "count(*) FILTER (WHERE c.supervised_count > 0) AS supervised") + "\n";
    }

    public Counts count(CaseSelection s, Scope scope) {
        return jdbc.sql("SELECT " + facts(OVERDUE_NOW) + """
                        FROM case_record c
                        WHERE c.area_code LIKE :area AND c.area_code LIKE :scope
                          AND (CAST(:scopeUnit AS bigint) IS NULL OR c.unit_id = :scopeUnit)
                          AND c.created_at >= :from AND c.created_at < :until
                          AND (CAST(:type AS text) IS NULL OR c.type_code = :type)
                          AND (CAST(:source AS text) IS NULL OR c.source = :source)
                          AND (CAST(:sector AS text) IS NULL OR c.sector = :sector)
                          AND (CAST(:unit AS bigint) IS NULL OR c.unit_id = :unit)
                        """)
                .param("area", s.area() + "%").param("scope", scope.likePattern()).param("scopeUnit", scope.departmentId())
                .param("from", s.from().atStartOfDay(BeijingTime.ZONE).toOffsetDateTime())
                .param("until", s.until().atStartOfDay(BeijingTime.ZONE).toOffsetDateTime())
                .param("type", s.type()).param("source", s.source()).param("sector", s.sector()).param("unit", s.department())
                .query((rs, n) -> TallyQueries.counts(rs)).single();
    }
}
