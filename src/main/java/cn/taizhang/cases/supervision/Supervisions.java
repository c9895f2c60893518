package cn.taizhang.cases.supervision;

import cn.taizhang.cases.Visibility;
import cn.taizhang.platform.web.ListOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 挂牌督办 records: made by the leader's action or by the escalation job, listed within the caller's reach. */
@Repository
public class Supervisions {

    private static final String FILTER = """
              AND (CAST(:area AS text) IS NULL OR c.area_code LIKE :area || '%')
              AND (NOT :openOnly OR c.state NOT IN ('closed', 'rejected'))
            """;

    /** The orders of the list page: by 挂牌时间 (newest first by default) or 督办期限. */
    static final ListOrder ORDER = ListOrder.of("-createdAt", "s.id", "createdAt", "s.created_at", "deadline", "s.deadline");

    private final JdbcClient jdbc;

    Supervisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addManual(long caseId, String documentNumber, String unit, OffsetDateTime deadline, OffsetDateTime caseDeadline, long by) {
        jdbc.sql("""
                        INSERT INTO case_supervision (case_id, document_number, supervising_unit, deadline, case_deadline, automatic, created_by)
                        VALUES (:case, :doc, :unit, :deadline, :caseDeadline, false, :by)
                        """)
                .param("case", caseId).param("doc", documentNumber).param("unit", unit).param("deadline", deadline)
                .param("caseDeadline", caseDeadline).param("by", by).update();
    }

    /** True if this made the record; false if the case was already supervised for this deadline. */
    boolean addAutomatic(long caseId, String documentNumber, String unit, OffsetDateTime deadline, OffsetDateTime caseDeadline) {
        return jdbc.sql("""
                        INSERT INTO case_supervision (case_id, document_number, supervising_unit, deadline, case_deadline, automatic)
                        VALUES (:case, :doc, :unit, :deadline, :caseDeadline, true)
                        ON CONFLICT (case_id, case_deadline) WHERE automatic DO NOTHING
                        """)
                .param("case", caseId).param("doc", documentNumber).param("unit", unit).param("deadline", deadline)
                .param("caseDeadline", caseDeadline).update() == 1;
    }

    long count(long caseId) {
        return jdbc.sql("SELECT count(*) FROM case_supervision WHERE case_id = :case").param("case", caseId).query(Long.class).single();
    }

    /**
     * The supervisions of cases the caller sees, newest first; {@code area} narrows to cases inside it,
     * {@code openOnly} to cases still in the loop (neither closed nor rejected).
     */
    List<SupervisionView> find(Visibility v, String area, boolean openOnly, int offset, int limit) {
        return find(v, area, openOnly, ORDER.orderBy(null), offset, limit);
    }

    /** A page in {@code order}, an ORDER BY of {@link #ORDER}. */
    List<SupervisionView> find(Visibility v, String area, boolean openOnly, String order, int offset, int limit) {
        return filtered(SupervisionView.SELECT + " WHERE " + Visibility.SQL + FILTER
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset", v, area, openOnly)
                .param("limit", limit).param("offset", offset).query(SupervisionView::map).list();
    }

    public long count(Visibility v, String area, boolean openOnly) {
        return filtered("SELECT count(*) FROM case_supervision s JOIN case_record c ON c.id = s.case_id WHERE " + Visibility.SQL + FILTER,
                v, area, openOnly).query(Long.class).single();
    }

    /** A case's supervisions, oldest first; the caller has checked that they see the case. */
    List<SupervisionView> ofCase(long caseId) {
        return jdbc.sql(SupervisionView.SELECT + " WHERE s.case_id = :case ORDER BY s.created_at, s.id").param("case", caseId)
                .query(SupervisionView::map).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, Visibility v, String area, boolean openOnly) {
        return jdbc.sql(sql).param("visPrefix", v.scope().likePattern()).param("visDepartment", v.scope().departmentId())
                .param("visCaller", v.callerId()).param("area", area).param("openOnly", openOnly);
    }
}
