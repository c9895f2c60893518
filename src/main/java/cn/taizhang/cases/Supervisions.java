package cn.taizhang.cases;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 挂牌督办 records. */
@Repository
class Supervisions {

    private final JdbcClient jdbc;

    Supervisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addManual(long caseId, String documentNumber, String unit, OffsetDateTime deadline, OffsetDateTime caseDeadline, long by) {
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
}
