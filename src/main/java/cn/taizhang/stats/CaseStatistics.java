package cn.taizhang.stats;

import cn.taizhang.platform.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts of {@link Counts}, computed live by one query over the cases.
 *
 * <p>First increment: the cases module exposes no public types yet, so this reads its {@code case_record}
 * table directly with SQL (read only). When cases publishes a query API or events, read those instead;
 * for tens of millions of cases, daily rollups will replace the live scan of old periods.
 */
@Repository
class CaseStatistics {

    /** What a breakdown groups by: a fixed SQL expression each, never text from the request. */
    enum Grouping {
        CHILD, TYPE, SOURCE, MONTH, GRID;

        String expression(int childCodeLength) {
            return switch (this) {
                case CHILD -> "substr(c.area_code, 1, " + childCodeLength + ")";
                case TYPE -> "c.type_code";
                case SOURCE -> "c.source";
                case MONTH -> "to_char(c.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
                case GRID -> "c.area_code";
            };
        }
    }

    /** Which cases: inside {@code area} (a code prefix), reported in [from, until), optionally of one type and source. */
    record Selection(String area, OffsetDateTime from, OffsetDateTime until, String type, String source) {
    }

    private static final String COUNTS = """
            count(*) AS reported,
            count(*) FILTER (WHERE c.state NOT IN ('reported', 'rejected')) AS registered,
            count(*) FILTER (WHERE c.state = 'rejected') AS rejected,
            count(*) FILTER (WHERE c.dispatched_at IS NOT NULL OR c.return_count > 0 OR c.reopened_count > 0) AS dispatched,
            count(*) FILTER (WHERE c.return_count > 0) AS returned,
            count(*) FILTER (WHERE c.state IN ('handled', 'closed')) AS handled,
            count(*) FILTER (WHERE c.state = 'closed') AS closed,
            count(*) FILTER (WHERE c.state = 'closed' AND c.closed_at <= c.deadline) AS closed_on_time,
            count(*) FILTER (WHERE c.state NOT IN ('closed', 'rejected')) AS open,
            count(*) FILTER (WHERE c.state = 'dispatched' AND c.deadline < now()) AS overdue,
            count(*) FILTER (WHERE c.rework_count > 0) AS reworked,
            count(*) FILTER (WHERE c.extension_count > 0) AS extended,
            count(*) FILTER (WHERE c.state = 'deferred') AS deferred,
            count(*) FILTER (WHERE c.supervised_count > 0) AS supervised
            """;

    private static final String WHERE = """
            WHERE c.area_code LIKE :area AND c.area_code LIKE :scope
              AND (CAST(:department AS bigint) IS NULL OR c.unit_id = :department)
              AND c.created_at >= :from AND c.created_at < :until
              AND (CAST(:type AS text) IS NULL OR c.type_code = :type)
              AND (CAST(:source AS text) IS NULL OR c.source = :source)
            """;

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts summary(Selection selection, Scope scope) {
        return bind(jdbc.sql("SELECT " + COUNTS + " FROM case_record c " + WHERE), selection, scope)
                .query((rs, n) -> counts(rs)).single();
    }

    /** The counts per group, by key in key order; groups without cases are absent. */
    Map<String, Counts> breakdown(Selection selection, Grouping grouping, Scope scope) {
        String key = grouping.expression(Math.min(selection.area().length() + 3, 15));
        Map<String, Counts> groups = new LinkedHashMap<>();
        bind(jdbc.sql("SELECT " + key + " AS key, " + COUNTS + " FROM case_record c " + WHERE + " GROUP BY 1 ORDER BY 1"),
                selection, scope).query(rs -> {
                    groups.put(rs.getString("key"), counts(rs));
                });
        return groups;
    }

    boolean typeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM case_type WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM case_type ORDER BY position").query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Selection s, Scope scope) {
        return sql.param("area", s.area() + "%").param("scope", scope.likePattern()).param("department", scope.departmentId())
                .param("from", s.from()).param("until", s.until()).param("type", s.type()).param("source", s.source());
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("reported"), rs.getLong("registered"), rs.getLong("rejected"), rs.getLong("dispatched"),
                rs.getLong("returned"), rs.getLong("handled"), rs.getLong("closed"), rs.getLong("closed_on_time"),
                rs.getLong("open"), rs.getLong("overdue"), rs.getLong("reworked"), rs.getLong("extended"),
                rs.getLong("deferred"), rs.getLong("supervised"));
    }
}
