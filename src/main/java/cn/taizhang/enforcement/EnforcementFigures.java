package cn.taizhang.enforcement;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts the actions of an area, period and department in one statement, and the candidates' handling for the evaluation. */
@Repository
public class EnforcementFigures {

    /** How a breakdown groups: by 镇街, by department, by grid. */
    enum By {
        TOWN("left(c.area_code, 9)"), DEPARTMENT("CAST(c.department_id AS text)"), GRID("c.area_code");

        final String key;

        By(String key) {
            this.key = key;
        }
    }

    /** Candidates raised in a period and how many of them were acted on. */
    record Handling(long raised, long acted) {
    }

    private final JdbcClient jdbc;

    EnforcementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of actions dated in [from, to] inside {@code area}, within the scope; {@code departmentId} narrows to one department. */
    public EnforcementCounts count(String area, LocalDate from, LocalDate to, Long departmentId, Scope scope) {
        Long department = scope.departmentId() != null ? scope.departmentId() : departmentId;
        String prefix = (area == null || area.isEmpty() ? scope.areaPrefix() : area) + "%";
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.kind = 'penalty') AS penalties,
                       coalesce(sum((SELECT count(*) FROM enforcement_violation v WHERE v.action_id = a.id)) FILTER (WHERE a.kind = 'penalty'), 0) AS violations,
                       coalesce(sum(a.fine) FILTER (WHERE a.kind = 'penalty'), 0) AS fines,
                       count(*) FILTER (WHERE a.kind = 'order') AS orders,
                       count(*) FILTER (WHERE a.kind = 'suspension') AS suspensions,
                       count(*) FILTER (WHERE a.kind = 'closure') AS closures,
                       count(*) FILTER (WHERE a.kind = 'ban') AS bans,
                       count(DISTINCT a.enterprise_id) FILTER (WHERE a.kind IN ('suspension', 'closure', 'ban')) AS coerced,
                       (SELECT count(*) FROM enforcement_candidate c WHERE c.state = 'open' AND c.area_code LIKE :prefix AND c.area_code LIKE :scope
                          AND (CAST(:department AS bigint) IS NULL OR c.department_id = :department)) AS open
                FROM enforcement_action a
                WHERE a.area_code LIKE :prefix AND a.area_code LIKE :scope AND a.day >= :from AND a.day <= :to
                  AND (CAST(:department AS bigint) IS NULL OR a.department_id = :department)
                """).param("prefix", prefix).param("scope", scope.likePattern()).param("from", from).param("to", to).param("department", department)
                .query((rs, n) -> new EnforcementCounts(rs.getLong("penalties"), rs.getLong("violations"), rs.getBigDecimal("fines"), rs.getLong("orders"),
                        rs.getLong("suspensions"), rs.getLong("closures"), rs.getLong("bans"), rs.getLong("coerced"), rs.getLong("open")))
                .single();
    }

    /** Per unit key, the candidates raised (their {@code since}) in [from, to] within the scope, and how many were acted on. */
    Map<String, Handling> handling(LocalDate from, LocalDate to, Scope scope, By by) {
        Map<String, Handling> all = new HashMap<>();
        jdbc.sql("SELECT " + by.key + " AS k, count(*) AS raised, count(*) FILTER (WHERE c.state = 'acted') AS acted FROM enforcement_candidate c"
                        + " WHERE c.area_code LIKE :scope AND c.since >= :from AND c.since <= :to AND " + by.key + " IS NOT NULL GROUP BY 1")
                .param("scope", scope.likePattern()).param("from", from).param("to", to)
                .query(rs -> {
                    all.put(rs.getString("k"), new Handling(rs.getLong("raised"), rs.getLong("acted")));
                });
        return all;
    }

}
