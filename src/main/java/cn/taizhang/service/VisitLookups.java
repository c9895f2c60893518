package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a visit names, looked up within the caller's reach: its leaders and the enterprise or project visited. */
@Component
class VisitLookups {

    /** The leaders (in the order named) and what was visited. */
    record Checked(List<VisitingLeader> leaders, CaseSubject subject) {
    }

    private final Organisation organisation;
    private final List<CaseSubjects> subjects;

    VisitLookups(Organisation organisation, List<CaseSubjects> subjects) {
        this.organisation = organisation;
        this.subjects = subjects;
    }

    /** The leaders, each a LEADER within the caller's reach (400 naming each that is not); the subject (404 naming it). */
    Checked check(Caller caller, NewVisit visit) {
        String field = visit.enterpriseId() != null ? "enterpriseId" : "projectId";
        String what = visit.enterpriseId() != null ? "企业" : "项目";
        CaseSubject subject = subjects.stream().filter(s -> s.kind().equals(visit.subjectKind())).findFirst()
                .flatMap(s -> s.find(visit.subjectId(), caller.scope())).orElseThrow(() -> {
                    String detail = field + "：" + what + " " + visit.subjectId() + " 不存在或不在您的辖区内";
                    return new Problem(Problem.Kind.NOT_FOUND, "NOT_FOUND", detail, List.of(new FieldProblem(field, "NOT_FOUND", detail)));
                });
        List<FieldProblem> problems = new ArrayList<>();
        if (subject.gridCode() == null) {
            problems.add(new FieldProblem(field, "NO_GRID", field + "：" + what + "“" + subject.name() + "”尚未落到网格，请先在台账中补全其所在网格"));
        }
        List<VisitingLeader> leaders = new ArrayList<>();
        for (int i = 0; i < visit.leaderIds().size(); i++) {
            long id = visit.leaderIds().get(i);
            Optional<StaffMember> member = organisation.staffMember(caller.scope(), id);
            if (member.isEmpty() || !member.get().enabled() || !member.get().roles().contains(Role.LEADER)) {
                problems.add(new FieldProblem("leaderIds[" + i + "]", "NOT_A_LEADER", "leaderIds[" + i + "]：人员 " + id + " 不是您辖区内的领导"));
            } else {
                StaffMember m = member.get();
                leaders.add(new VisitingLeader(m.id(), m.name(), m.jurisdictionCode(), m.departmentId()));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Checked(leaders, subject);
    }
}
