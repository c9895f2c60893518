package cn.taizhang.enforcement;

import cn.taizhang.cases.CaseFacts;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.Enterprises;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rules that time raises rather than an action: a hazard still open after its 挂牌督办 deadline (查而不改) and a
 * restart review not held within 10 days of the request. Run on a schedule; several instances may run it at once, as each
 * candidate's key is unique and a taken key is skipped.
 */
@Component
class CandidateScan {

    /** How many candidates a pass raised, by rule. */
    record Result(int unrectified, int restartOverdue) {
    }

    private static final int BATCH = 5000;
    /** The key of a hazard's 查而不改 candidate, before the case id. */
    private static final String UNRECTIFIED_CASE = "unrectified:case:";

    private final CaseFacts cases;
    private final ActionRepository actions;
    private final Candidates candidates;
    private final Enterprises enterprises;
    private final Organisation organisation;

    CandidateScan(CaseFacts cases, ActionRepository actions, Candidates candidates, Enterprises enterprises, Organisation organisation) {
        this.organisation = organisation;
        this.cases = cases;
        this.actions = actions;
        this.candidates = candidates;
        this.enterprises = enterprises;
    }

    @Scheduled(initialDelayString = "${taizhang.enforcement.scan-delay:PT3M}", fixedDelayString = "${taizhang.enforcement.scan-interval:PT30M}")
    void run() {
        scan(OffsetDateTime.now());
    }

    Result scan(OffsetDateTime now) {
        int unrectified = 0;
        List<Department> departments = organisation.departmentsWithinReach(Scope.area(""));
        Set<String> raisedBefore = candidates.keys(UNRECTIFIED_CASE);
        for (CaseFacts.SupervisionMissed m : cases.supervisionMissed("safety_hazard", now, BATCH)) {
            if (!"enterprise".equals(m.subjectKind()) || raisedBefore.contains(UNRECTIFIED_CASE + m.caseId())) {
                continue; // looked up and offered again only when new: another instance may still raise it first
            }
            String name = enterprises.find(Scope.area(""), m.subjectId()).map(Enterprise::name).orElse("企业 " + m.subjectId());
            boolean raised = candidates.raise(new Candidates.Raise(CandidateRule.UNRECTIFIED, UNRECTIFIED_CASE + m.caseId(), m.subjectId(), name,
                    m.caseId(), m.number(), null, m.gridCode(), regulator(departments, m.sector(), m.gridCode()),
                    "隐患事项 " + m.number() + " 经挂牌督办（" + m.documentNumber() + "），督办期限 " + m.deadline() + " 已过仍未整改",
                    m.deadline().plusDays(1)));
            unrectified += raised ? 1 : 0;
        }
        int overdue = 0;
        LocalDate today = now.atZoneSameInstant(BeijingTime.ZONE).toLocalDate();
        for (ActionRow s : actions.restartReviewsOverdue(today, CandidateRule.RESTART_REVIEW_DAYS)) {
            boolean raised = candidates.raise(new Candidates.Raise(CandidateRule.RESTART_OVERDUE, "restart_overdue:" + s.id() + ":" + s.restartRequested(),
                    s.enterpriseId(), s.subjectName(), null, null, s.id(), s.areaCode(), s.departmentId(),
                    s.subjectName() + "于 " + s.restartRequested() + " 申请复产复工，" + CandidateRule.RESTART_REVIEW_DAYS + " 日内未组织复查验收（停产停业整顿执法文书 "
                            + s.id() + "）", s.restartRequested().plusDays(CandidateRule.RESTART_REVIEW_DAYS + 1)));
            overdue += raised ? 1 : 0;
        }
        return new Result(unrectified, overdue);
    }

    /** The department that regulates the sector where the grid is (管行业必须管安全): the one expected to act. */
    private static Long regulator(List<Department> departments, String sector, String gridCode) {
        return sector == null ? null : departments.stream()
                .filter(d -> d.kind().equals("department") && d.sectorCodes().contains(sector) && gridCode.startsWith(d.areaCode()))
                .map(Department::id).findFirst().orElse(null);
    }
}
