package cn.taizhang.service;

import cn.taizhang.cases.CaseDigests;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A visit's rows as it is shown: names for ids, and each problem with its case as it stands (whoever sees the visit sees them). */
@Component
class VisitViews {

    private static final Scope EVERYWHERE = Scope.area("");

    private final VisitRepository visits;
    private final Organisation organisation;
    private final CaseDigests digests;

    VisitViews(VisitRepository visits, Organisation organisation, CaseDigests digests) {
        this.visits = visits;
        this.organisation = organisation;
        this.digests = digests;
    }

    LeaderVisit of(VisitRepository.Row row) {
        List<LeaderVisit.Leader> leaders = visits.leaders(row.id()).stream()
                .map(id -> new LeaderVisit.Leader(id, organisation.staffMember(EVERYWHERE, id).map(StaffMember::name).orElse(""))).toList();
        List<VisitRepository.ProblemRow> rows = visits.problems(row.id());
        Map<Long, CaseDigests.CaseDigest> cases = digests.of(rows.stream().map(VisitRepository.ProblemRow::caseId).toList(), EVERYWHERE)
                .stream().collect(Collectors.toMap(CaseDigests.CaseDigest::id, Function.identity()));
        List<LeaderVisit.Problem> problems = rows.stream().map(p -> {
            CaseDigests.CaseDigest c = cases.get(p.caseId());
            return new LeaderVisit.Problem(p.caseId(), c == null ? null : c.number(), p.description(), p.hard(), p.category(),
                    c == null ? null : c.state(), c == null ? null : c.stateName(), c == null ? null : c.unitName(),
                    c == null ? null : c.deadline(), c != null && c.overdue(), p.solved(), p.outcome(), local(p.outcomeAt()));
        }).toList();
        boolean enterprise = row.enterpriseId() != null;
        long subjectId = enterprise ? row.enterpriseId() : row.projectId();
        return new LeaderVisit(row.id(), row.day(), enterprise ? "enterprise" : "project", subjectId, row.subjectName(),
                (enterprise ? "/enterprises/" : "/projects/") + subjectId, row.areaCode(), row.notes(), leaders, row.unitId(),
                row.unitId() == null ? null : organisation.department(row.unitId()).map(Department::name).orElse(null),
                organisation.staffMember(EVERYWHERE, row.recordedBy()).map(StaffMember::name).orElse(""), local(row.createdAt()), problems);
    }

    private static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(BeijingTime.ZONE).toOffsetDateTime();
    }
}
