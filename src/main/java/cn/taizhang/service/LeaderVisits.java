package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.Coordination;
import cn.taizhang.cases.reporting.CaseReporting;
import cn.taizhang.cases.reporting.NewCase;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.RequestHash;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Records leaders' visits. A leader records it once, whatever the retries of a phone (its {@code clientId}); every problem
 * collected becomes an 企业诉求 case (疑难诉求 when hard) about the enterprise or project, reported by the leader and at once
 * registered and dispatched by them to the unit at the level of the most senior leader on the visit (顶格协调) — all in the
 * visit's transaction: no visit without its cases, no case without its visit, nothing half-written.
 */
@Service
public class LeaderVisits {

    static final String REQUEST_TYPE = "enterprise_request";

    /** A visit's id and its problems' cases; {@code created} false when a retry found it. */
    public record Recorded(long id, List<Long> problems, boolean created) {
    }

    private final VisitRepository visits;
    private final VisitLookups lookups;
    private final VisitViews views;
    private final Coordinators coordinators;
    private final CaseReporting reporting;
    private final Coordination coordination;
    private final TransactionTemplate tx;

    LeaderVisits(VisitRepository visits, VisitLookups lookups, VisitViews views, Coordinators coordinators, CaseReporting reporting,
            Coordination coordination, TransactionTemplate tx) {
        this.visits = visits;
        this.lookups = lookups;
        this.views = views;
        this.coordinators = coordinators;
        this.reporting = reporting;
        this.coordination = coordination;
        this.tx = tx;
    }

    public Optional<LeaderVisit> find(Scope scope, long id) {
        return visits.find(id, scope.likePattern()).map(views::of);
    }

    public Recorded record(Caller caller, JsonNode body) {
        if (!caller.has(Role.LEADER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有领导可以登记走访");
        }
        NewVisit visit = VisitForm.read(body, LocalDate.now(BeijingTime.ZONE));
        String hash = RequestHash.of(caller.id(), body);
        Optional<Recorded> earlier = earlier(visit, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        VisitLookups.Checked checked = lookups.check(caller, visit);
        Department unit = coordinators.unitFor(CoordinatingLevel.of(checked.leaders()));
        return tx.execute(status -> {
            Optional<Long> id = visits.insert(visit, checked.subject().name(), checked.subject().gridCode(), unit.id(), hash, caller.id());
            if (id.isEmpty()) { // a retry committed meanwhile: answer it, write nothing
                status.setRollbackOnly();
                return earlier(visit, hash).orElseThrow();
            }
            visits.insertLeaders(id.get(), visit.leaderIds());
            List<Long> cases = problems(id.get(), visit, checked.subject(), unit, Actor.of(caller));
            AuditNote.created("leader_visit", Long.toString(id.get()));
            return new Recorded(id.get(), cases, true);
        });
    }

    /** Each problem's case, reported in one statement, then registered and dispatched to the unit by the leader. */
    private List<Long> problems(long visitId, NewVisit visit, CaseSubject subject, Department unit, Actor actor) {
        List<NewCase> reports = new ArrayList<>();
        for (NewVisit.NewProblem p : visit.problems()) {
            reports.add(new NewCase(null, REQUEST_TYPE, p.hard() ? "hard" : "general",
                    "领导走访：" + subject.name() + (p.category() == null ? "" : "，" + p.category()) + "，" + p.description(), null, null,
                    subject.gridCode(), null, CaseSource.LEADER_VISIT.code(), new NewCase.Subject(subject.kind(), subject.id())));
        }
        List<CaseRow> rows = reporting.reportAllWithin(actor, reports);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NewVisit.NewProblem p = visit.problems().get(i);
            long caseId = rows.get(i).id();
            visits.insertProblem(new VisitRepository.ProblemRow(caseId, visitId, i, p.description(), p.hard(), p.category(), false, null, null));
            coordination.dispatchWithin(actor, caseId, unit.id(), "顶格协调（领导走访 " + visitId + "）：派至" + unit.name());
            ids.add(caseId);
        }
        return ids;
    }

    private Optional<Recorded> earlier(NewVisit visit, String hash) {
        if (visit.clientId() == null) {
            return Optional.empty();
        }
        return visits.byClientId(visit.clientId()).map(row -> {
            if (!hash.equals(row.requestHash())) {
                throw new Problem(Problem.Kind.CONFLICT, "CLIENT_ID_REUSED", "clientId 已用于另一条内容不同的走访记录");
            }
            return new Recorded(row.id(), visits.problems(row.id()).stream().map(VisitRepository.ProblemRow::caseId).toList(), false);
        });
    }
}
