package cn.taizhang.inspection;

import cn.taizhang.cases.ClosedCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Past outings written in bulk for the demo's year, around hazard cases the simulated history already played through the
 * case engine: the caller vouches for what {@link Inspections#record} would check (inspectors, reach, checklist versions);
 * here every outing is written whole — its inspectors, visits, answers and hazards — or not at all.
 */
@Service
public class InspectionHistory {

    /** An outing of the past: no client id, its recorder one of its inspectors. */
    public record PastOuting(LocalDate day, String group, long recordedBy, Long departmentId, List<Long> inspectorIds, Long campaignId,
            List<PastVisit> visits) {
    }

    /** A visit to an enterprise: every item of the checklist version answered, a failed one's hazard among {@code hazards}. */
    public record PastVisit(long enterpriseId, String name, String gridCode, String sector, String checklist, int checklistVersion,
            List<PastAnswer> answers, List<PastHazard> hazards) {
    }

    /** {@code result}: pass, fail or na. */
    public record PastAnswer(String item, String result, String note) {
    }

    /** A hazard and its (already written) case; {@code item} null for a finding no item names. */
    public record PastHazard(long caseId, String item, String description, boolean major) {
    }

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ClosedCases closed;
    private final TransactionTemplate tx;

    InspectionHistory(JdbcClient jdbc, ClosedCases closed, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.closed = closed;
        this.tx = tx;
    }

    /** Writes the outings in transactions of {@value #CHUNK}, a few statements each (ids taken first, rows sent as arrays). */
    public void storeAll(List<PastOuting> outings) {
        for (int from = 0; from < outings.size(); from += CHUNK) {
            List<PastOuting> chunk = outings.subList(from, Math.min(outings.size(), from + CHUNK));
            tx.executeWithoutResult(status -> store(chunk));
        }
    }

    private void store(List<PastOuting> chunk) {
        long[] ids = ids("inspection_id_seq", chunk.size());
        List<PastVisit> visits = chunk.stream().flatMap(o -> o.visits().stream()).toList();
        long[] visitIds = ids("inspection_visit_id_seq", visits.size());
        Rows outing = new Rows(), inspector = new Rows(), visit = new Rows(), answer = new Rows(), hazard = new Rows();
        int v = 0;
        for (int i = 0; i < chunk.size(); i++) {
            PastOuting o = chunk.get(i);
            outing.add(ids[i], o.campaignId(), o.day().toString(), o.group(), o.recordedBy(), o.departmentId());
            for (long staff : o.inspectorIds()) {
                inspector.add(ids[i], staff);
            }
            for (int p = 0; p < o.visits().size(); p++, v++) {
                PastVisit pv = o.visits().get(p);
                visit.add(visitIds[v], ids[i], p, o.day().toString(), pv.enterpriseId(), pv.name(), pv.gridCode(), pv.sector(), pv.checklist(),
                        pv.checklistVersion());
                for (int a = 0; a < pv.answers().size(); a++) {
                    PastAnswer pa = pv.answers().get(a);
                    answer.add(visitIds[v], pa.item(), a, pa.result(), pa.note());
                }
                for (PastHazard h : pv.hazards()) {
                    hazard.add(h.caseId(), visitIds[v], h.item(), h.description(), h.major());
                }
            }
        }
        insert("""
                INSERT INTO inspection (id, request_hash, campaign_id, day, group_name, recorded_by, department_id, created_at)
                SELECT u.id, 'simulated', u.campaign, CAST(u.day AS date), u.grp, u.recorder, u.department,
                       (CAST(u.day AS date) + time '18:00') AT TIME ZONE 'Asia/Shanghai'
                FROM unnest(CAST(:c0 AS bigint[]), CAST(:c1 AS bigint[]), CAST(:c2 AS text[]), CAST(:c3 AS text[]), CAST(:c4 AS bigint[]),
                            CAST(:c5 AS bigint[])) AS u (id, campaign, day, grp, recorder, department)
                """, outing, Long[]::new, Long[]::new, String[]::new, String[]::new, Long[]::new, Long[]::new);
        insert("""
                INSERT INTO inspection_inspector (inspection_id, staff_id) SELECT * FROM unnest(CAST(:c0 AS bigint[]), CAST(:c1 AS bigint[]))
                """, inspector, Long[]::new, Long[]::new);
        insert("""
                INSERT INTO inspection_visit (id, inspection_id, position, day, enterprise_id, subject_name, area_code, sector_code, checklist_code,
                                              checklist_version)
                SELECT u.id, u.inspection, u.position, CAST(u.day AS date), u.enterprise, u.name, u.area, u.sector, u.checklist, u.version
                FROM unnest(CAST(:c0 AS bigint[]), CAST(:c1 AS bigint[]), CAST(:c2 AS int[]), CAST(:c3 AS text[]), CAST(:c4 AS bigint[]),
                            CAST(:c5 AS text[]), CAST(:c6 AS text[]), CAST(:c7 AS text[]), CAST(:c8 AS text[]), CAST(:c9 AS int[]))
                     AS u (id, inspection, position, day, enterprise, name, area, sector, checklist, version)
                """, visit, Long[]::new, Long[]::new, Integer[]::new, String[]::new, Long[]::new, String[]::new, String[]::new, String[]::new,
                String[]::new, Integer[]::new);
        insert("""
                INSERT INTO inspection_answer (visit_id, item_code, position, result, note)
                SELECT * FROM unnest(CAST(:c0 AS bigint[]), CAST(:c1 AS text[]), CAST(:c2 AS int[]), CAST(:c3 AS text[]), CAST(:c4 AS text[]))
                """, answer, Long[]::new, String[]::new, Integer[]::new, String[]::new, String[]::new);
        insert("""
                INSERT INTO inspection_hazard (case_id, visit_id, item_code, description, major)
                SELECT * FROM unnest(CAST(:c0 AS bigint[]), CAST(:c1 AS bigint[]), CAST(:c2 AS text[]), CAST(:c3 AS text[]), CAST(:c4 AS boolean[]))
                """, hazard, Long[]::new, Long[]::new, String[]::new, String[]::new, Boolean[]::new);
        // the hazards' cases were played before: those closed are rectified
        Set<Long> closedCases = closed.among(chunk.stream().flatMap(o -> o.visits().stream()).flatMap(pv -> pv.hazards().stream())
                .map(PastHazard::caseId).toList());
        if (!closedCases.isEmpty()) {
            jdbc.sql("UPDATE inspection_hazard SET rectified = true WHERE case_id = ANY(:ids)").param("ids", closedCases.toArray(Long[]::new)).update();
        }
    }

    private long[] ids(String sequence, int count) {
        return jdbc.sql("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :n)").param("sequence", sequence).param("n", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** Sends the rows' columns as arrays {@code :c0}, {@code :c1} …, each made by its constructor. */
    @SafeVarargs
    private void insert(String sql, Rows rows, IntFunction<? extends Object[]>... arrays) {
        if (rows.rows.isEmpty()) {
            return;
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (int c = 0; c < arrays.length; c++) {
            Object[] column = arrays[c].apply(rows.rows.size());
            for (int r = 0; r < column.length; r++) {
                column[r] = rows.rows.get(r)[c];
            }
            statement = statement.param("c" + c, column);
        }
        statement.update();
    }

    /** Rows of one table, column values in order. */
    private static final class Rows {

        private final List<Object[]> rows = new ArrayList<>();

        void add(Object... values) {
            rows.add(values);
        }
    }
}
