package cn.taizhang.evaluation;

import cn.taizhang.platform.Scope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 观摩 visits. Scoping is the usual prefix match on the visited area, narrowed to a department user's own department. */
@Repository
class ObservationRepository {

    /** A stored visit. */
    record Visit(long id, String groupName, LocalDate visitedOn, String areaCode, Long departmentId, BigDecimal score,
            String comment, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** The mean score of a unit's visits in a period (one decimal) and how many there were. */
    record Mean(BigDecimal score, int visits) {
    }

    private static final String SELECT = """
            SELECT id, group_name, visited_on, area_code, department_id, score, comment, recorded_by, created_at
            FROM observation_visit
            """;
    private static final String INSERT = """
            INSERT INTO observation_visit (group_name, visited_on, area_code, department_id, score, comment, recorded_by, client_key)
            VALUES (:groupName, :visitedOn, :areaCode, :departmentId, :score, :comment, :recordedBy, :clientKey)
            ON CONFLICT (recorded_by, client_key) DO NOTHING
            """;
    private static final String IN_PERIOD_AND_SCOPE = """
             WHERE visited_on BETWEEN :from AND :to AND area_code LIKE :scope
               AND (CAST(:department AS bigint) IS NULL OR department_id = :department)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ObservationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Stores a visit; empty if its recorder already stored one under {@code clientKey} (a retry). */
    Optional<Long> insert(NewObservationVisit v, String clientKey) {
        return jdbc.sql(INSERT + " RETURNING id").paramSource(new Row(v, clientKey)).query(Long.class).optional();
    }

    /** Many visits in one JDBC batch. */
    void insertAll(List<NewObservationVisit> visits) {
        named.batchUpdate(INSERT, visits.stream().map(v -> new SimplePropertySqlParameterSource(new Row(v, null)))
                .toArray(SqlParameterSource[]::new));
    }

    Optional<Visit> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ObservationRepository::visit).optional();
    }

    Optional<Visit> findByKey(String recordedBy, String clientKey) {
        return jdbc.sql(SELECT + " WHERE recorded_by = :by AND client_key = :key").param("by", recordedBy).param("key", clientKey)
                .query(ObservationRepository::visit).optional();
    }

    /** The visits in the period within the scope, latest first. */
    List<Visit> list(Period period, Scope scope) {
        return bind(jdbc.sql(SELECT + IN_PERIOD_AND_SCOPE + " ORDER BY visited_on DESC, id DESC"), period, scope)
                .query(ObservationRepository::visit).list();
    }

    /** The mean score per visited 镇街 (by code) or department (by id), within the scope. */
    Map<String, Mean> means(boolean departments, Period period, Scope scope) {
        Map<String, Mean> means = new HashMap<>();
        bind(jdbc.sql("""
                        SELECT coalesce(department_id::text, area_code) AS key, round(avg(score), 1) AS mean, count(*) AS visits
                        FROM observation_visit
                        """ + IN_PERIOD_AND_SCOPE + " AND (department_id IS NOT NULL) = :departments GROUP BY 1"), period, scope)
                .param("departments", departments)
                .query(rs -> {
                    means.put(rs.getString("key"), new Mean(rs.getBigDecimal("mean"), rs.getInt("visits")));
                });
        return means;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Period period, Scope scope) {
        return sql.param("from", period.from()).param("to", period.to()).param("scope", scope.likePattern())
                .param("department", scope.departmentId());
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        return new Visit(rs.getLong("id"), rs.getString("group_name"), rs.getObject("visited_on", LocalDate.class),
                rs.getString("area_code"), rs.getObject("department_id", Long.class), rs.getBigDecimal("score"),
                rs.getString("comment"), rs.getString("recorded_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    /** The insert's parameters. */
    record Row(String groupName, LocalDate visitedOn, String areaCode, Long departmentId, BigDecimal score, String comment,
            String recordedBy, String clientKey) {

        Row(NewObservationVisit v, String clientKey) {
            this(v.groupName(), v.visitedOn(), v.areaCode(), v.departmentId(), v.score(), v.comment(), v.recordedBy(), clientKey);
        }
    }
}
