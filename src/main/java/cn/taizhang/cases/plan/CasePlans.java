package cn.taizhang.cases.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans, one per case; a rewrite carries the version it read. */
@Repository
public class CasePlans {

    /** The plan's fields as written. */
    record Fields(String responsibility, String measures, BigDecimal funds, LocalDate deadline, String contingency) {
    }

    private final JdbcClient jdbc;

    CasePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CasePlan> find(long caseId) {
        return jdbc.sql("""
                SELECT p.*, s.name AS written_by_name FROM case_plan p JOIN staff s ON s.id = p.written_by WHERE p.case_id = :id
                """).param("id", caseId).query(CasePlan.class).optional();
    }

    /** Writes the first plan; false if one is there already (another unit member was quicker). */
    boolean insert(long caseId, Fields f, long by) {
        return jdbc.sql("""
                INSERT INTO case_plan (case_id, responsibility, measures, funds, deadline, contingency, written_by)
                VALUES (:id, :responsibility, :measures, :funds, :deadline, :contingency, :by) ON CONFLICT (case_id) DO NOTHING
                """).param("id", caseId).params(params(f)).param("by", by).update() == 1;
    }

    /** Rewrites the plan if it is still at {@code version}. */
    boolean update(long caseId, int version, Fields f, long by) {
        return jdbc.sql("""
                UPDATE case_plan SET responsibility = :responsibility, measures = :measures, funds = :funds, deadline = :deadline,
                       contingency = :contingency, written_by = :by, written_at = now(), version = version + 1
                WHERE case_id = :id AND version = :version
                """).param("id", caseId).param("version", version).params(params(f)).param("by", by).update() == 1;
    }

    private static Map<String, Object> params(Fields f) {
        return Map.of("responsibility", f.responsibility(), "measures", f.measures(), "funds", f.funds(), "deadline", f.deadline(),
                "contingency", f.contingency());
    }
}
