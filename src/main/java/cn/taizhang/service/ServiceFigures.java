package cn.taizhang.service;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts visits and their problems over this module's own tables (solved kept beside each problem), in one statement. */
@Component
public class ServiceFigures {

    private final JdbcClient jdbc;

    ServiceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The visits of what lies in {@code area} and the scope, dated in [from, until). */
    public ServiceCounts count(String area, LocalDate from, LocalDate until, Scope scope) {
        return jdbc.sql("""
                WITH v AS (SELECT id FROM leader_visit WHERE area_code LIKE :scope AND area_code LIKE :area AND day >= :from AND day < :until)
                SELECT (SELECT count(*) FROM v) AS visits, count(p.case_id) AS problems, count(*) FILTER (WHERE p.solved) AS solved,
                       count(*) FILTER (WHERE p.hard) AS hard, count(*) FILTER (WHERE p.hard AND p.solved) AS hard_solved
                FROM leader_visit_problem p JOIN v ON v.id = p.visit_id
                """).param("scope", scope.likePattern()).param("area", area + "%").param("from", from).param("until", until)
                .query((rs, n) -> ServiceCounts.of(rs.getLong("visits"), rs.getLong("problems"), rs.getLong("solved"), rs.getLong("hard"),
                        rs.getLong("hard_solved"))).single();
    }

    /** How a breakdown groups the visits: by 镇街, by the unit that coordinated their problems, by grid. */
    enum By {
        TOWN("left(v.area_code, 9)"), DEPARTMENT("CAST(v.unit_id AS text)"), GRID("v.area_code");

        final String key;

        By(String key) {
            this.key = key;
        }
    }

    /** Per unit key, the counts of the visits dated in [from, until) within the scope (a unit without visits is left out). */
    Map<String, ServiceCounts> breakdown(LocalDate from, LocalDate until, Scope scope, By by) {
        Map<String, ServiceCounts> all = new HashMap<>();
        jdbc.sql("SELECT " + by.key + """
                 AS k, count(DISTINCT v.id) AS visits, count(p.case_id) AS problems, count(*) FILTER (WHERE p.solved) AS solved,
                       count(*) FILTER (WHERE p.hard) AS hard, count(*) FILTER (WHERE p.hard AND p.solved) AS hard_solved
                FROM leader_visit v LEFT JOIN leader_visit_problem p ON p.visit_id = v.id
                WHERE v.area_code LIKE :scope AND v.day >= :from AND v.day < :until AND """ + " " + by.key + " IS NOT NULL GROUP BY 1")
                .param("scope", scope.likePattern()).param("from", from).param("until", until)
                .query(rs -> {
                    all.put(rs.getString("k"), ServiceCounts.of(rs.getLong("visits"), rs.getLong("problems"), rs.getLong("solved"),
                            rs.getLong("hard"), rs.getLong("hard_solved")));
                });
        return all;
    }
}
