package cn.taizhang.service;

import cn.taizhang.cases.CaseDigests;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Past visits written for the demo's year, around 企业诉求 cases the simulated history already played through the case
 * engine (source 领导走访): the caller vouches for what {@link LeaderVisits#record} would check (leaders, reach); each
 * problem is kept as its case stands now (solved when closed, with the unit's last handling note as the enterprise's
 * outcome), and the visit's coordinating unit is the one its leaders' level names.
 */
@Service
public class VisitHistory {

    /** A visit of the past: its recorder one of its leaders; no client id. */
    public record PastVisit(LocalDate day, long enterpriseId, String enterpriseName, String gridCode, String notes, List<Long> leaderIds,
            List<PastProblem> problems) {
    }

    /** A problem and its (already written) case. */
    public record PastProblem(long caseId, String description, boolean hard) {
    }

    private static final Scope EVERYWHERE = Scope.area("");

    private final JdbcClient jdbc;
    private final VisitRepository visits;
    private final Organisation organisation;
    private final Coordinators coordinators;
    private final CaseDigests digests;
    private final TransactionTemplate tx;

    VisitHistory(JdbcClient jdbc, VisitRepository visits, Organisation organisation, Coordinators coordinators, CaseDigests digests,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.organisation = organisation;
        this.coordinators = coordinators;
        this.digests = digests;
        this.tx = tx;
    }

    /** Writes the visits in one transaction (a demo year holds some dozens). */
    public void storeAll(List<PastVisit> past) {
        Map<Long, CaseDigests.CaseDigest> cases = digests.of(past.stream().flatMap(v -> v.problems().stream()).map(PastProblem::caseId).toList(),
                EVERYWHERE).stream().collect(Collectors.toMap(CaseDigests.CaseDigest::id, Function.identity()));
        tx.executeWithoutResult(status -> past.forEach(v -> store(v, cases)));
    }

    private void store(PastVisit v, Map<Long, CaseDigests.CaseDigest> cases) {
        List<VisitingLeader> leaders = new ArrayList<>();
        for (long id : v.leaderIds()) {
            StaffMember m = organisation.staffMember(EVERYWHERE, id).orElseThrow();
            leaders.add(new VisitingLeader(m.id(), m.name(), m.jurisdictionCode(), m.departmentId()));
        }
        long unit = coordinators.unitFor(CoordinatingLevel.of(leaders)).id();
        long id = jdbc.sql("""
                INSERT INTO leader_visit (day, enterprise_id, subject_name, area_code, notes, unit_id, recorded_by, created_at)
                VALUES (:day, :enterprise, :name, :area, :notes, :unit, :by, CAST(:day AS date) + time '18:00' AT TIME ZONE 'Asia/Shanghai')
                RETURNING id
                """).param("day", v.day()).param("enterprise", v.enterpriseId()).param("name", v.enterpriseName()).param("area", v.gridCode())
                .param("notes", v.notes()).param("unit", unit).param("by", v.leaderIds().get(0)).query(Long.class).single();
        visits.insertLeaders(id, v.leaderIds());
        for (int i = 0; i < v.problems().size(); i++) {
            PastProblem p = v.problems().get(i);
            visits.insertProblem(new VisitRepository.ProblemRow(p.caseId(), id, i, p.description(), p.hard(), null, false, null, null));
            CaseDigests.CaseDigest c = cases.get(p.caseId());
            if (c != null && c.closed()) {
                visits.markOutcome(p.caseId(), true, c.lastNote() == null ? "已协调解决" : c.lastNote(), c.closedAt());
            }
        }
    }
}
