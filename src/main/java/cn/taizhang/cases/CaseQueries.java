package cn.taizhang.cases;

import cn.taizhang.platform.web.ListOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case lists: always scoped by {@link Visibility}, narrowed by a {@link CaseFilter}. */
@Repository
class CaseQueries {

    /** The orders a list can be sorted in, by the {@code sort} parameter; newest first without one. */
    static final ListOrder ORDERS = ListOrder.of("-createdAt", "c.id", "createdAt", "c.created_at", "deadline", "c.deadline");

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the list in {@code order}, an ORDER BY of {@link #ORDERS}. */
    List<CaseRow> find(Visibility v, CaseFilter f, String order, int offset, int limit) {
        return filtered(CaseRow.SELECT + " WHERE " + Visibility.SQL + CaseFilter.SQL + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
                v, f).param("limit", limit).param("offset", offset).query(CaseRow::map).list();
    }

    long count(Visibility v, CaseFilter f) {
        return filtered("SELECT count(*) FROM case_record c WHERE " + Visibility.SQL + CaseFilter.SQL, v, f).query(Long.class).single();
    }

    /** How many overdue cases each unit holds, most first (a leader's to-do). */
    record UnitCount(long unitId, long count) {
    }

    List<UnitCount> overdueByUnit(Visibility v, int limit) {
        return visible("SELECT c.unit_id, count(*) AS n FROM case_record c WHERE " + Visibility.SQL + " AND " + Overdue.sql("c.")
                + " AND c.unit_id IS NOT NULL GROUP BY c.unit_id ORDER BY n DESC, c.unit_id LIMIT :limit", v)
                .param("limit", limit).query((rs, n) -> new UnitCount(rs.getLong("unit_id"), rs.getLong("n"))).list();
    }

    /**
     * Likely duplicates of a report: same type, not rejected, reported in the last 30 days, within about
     * 200 m (haversine) — or in the same grid when either has no position.
     */
    List<CaseRow> duplicatesOf(CaseRow row, Visibility v) {
        return visible(CaseRow.SELECT + " WHERE " + Visibility.SQL + """
                          AND c.id <> :id AND c.type_code = :type AND c.state <> 'rejected' AND c.created_at >= :since
                          AND CASE WHEN c.lat IS NOT NULL AND CAST(:lat AS double precision) IS NOT NULL
                                   THEN 2 * 6371000 * asin(sqrt(power(sin(radians(c.lat - :lat) / 2), 2)
                                        + cos(radians(:lat)) * cos(radians(c.lat)) * power(sin(radians(c.lng - :lng) / 2), 2))) <= 200
                                   ELSE c.area_code = :grid END
                        ORDER BY c.created_at DESC LIMIT 20
                        """, v)
                .param("id", row.id()).param("type", row.type()).param("since", OffsetDateTime.now().minusDays(30))
                .param("lat", row.lat()).param("lng", row.lng()).param("grid", row.gridCode())
                .query(CaseRow::map).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, Visibility v, CaseFilter f) {
        return visible(sql, v).param("state", f.state()).param("type", f.type()).param("area", f.area()).param("unit", f.unit())
                .param("overdue", f.overdue()).param("returned", f.returned()).param("nearDeadline", f.nearDeadline())
                .param("from", f.fromTime()).param("to", f.toTime()).param("q", f.text())
                .param("source", f.source()).param("severity", f.severity())
                .param("mine", f.mine()).param("extensionPending", f.extensionPending());
    }

    private JdbcClient.StatementSpec visible(String sql, Visibility v) {
        return jdbc.sql(sql).param("visPrefix", v.scope().likePattern()).param("visDepartment", v.scope().departmentId())
                .param("visCaller", v.callerId());
    }
}
