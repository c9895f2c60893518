package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts the rounds in the grids inside an area (and the caller's scope) on the days [from, until). */
@Service
public class PatrolFigures {

    private final JdbcClient jdbc;

    PatrolFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PatrolCounts count(String area, LocalDate from, LocalDate until, Scope scope) {
        return jdbc.sql("""
                WITH p AS (SELECT id FROM patrol WHERE grid_code LIKE :area AND grid_code LIKE :scope AND day >= :from AND day < :until)
                SELECT (SELECT count(*) FROM p),
                       (SELECT count(*) FROM patrol_staff s WHERE s.patrol_id IN (SELECT id FROM p))
                         + (SELECT count(*) FROM patrol_volunteer_on o WHERE o.patrol_id IN (SELECT id FROM p)),
                       (SELECT count(*) FROM patrol_finding f WHERE f.patrol_id IN (SELECT id FROM p))
                """).param("area", area + "%").param("scope", scope.likePattern()).param("from", from).param("until", until)
                .query((rs, n) -> new PatrolCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
