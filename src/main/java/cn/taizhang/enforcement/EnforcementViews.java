package cn.taizhang.enforcement;

import cn.taizhang.cases.CaseFacts;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes the views of stored actions: names looked up, violations, cases, what followed, history and documents. */
@Component
class EnforcementViews {

    private final ActionRepository actions;
    private final CaseFacts cases;
    private final Organisation organisation;

    EnforcementViews(ActionRepository actions, CaseFacts cases, Organisation organisation) {
        this.actions = actions;
        this.cases = cases;
        this.organisation = organisation;
    }

    /** The whole action, for its page and the API's detail. */
    EnforcementAction of(ActionRow r) {
        List<EnforcementAction.Violation> violations = actions.violations(r.id()).stream()
                .map(v -> new EnforcementAction.Violation(v.description(), v.basis(), Boolean.TRUE.equals(v.majorHazard()))).toList();
        List<CaseFacts.Fact> facts = cases.of(actions.caseIds(r.id()));
        List<EnforcementAction.LinkedCase> linked = facts.stream()
                .map(c -> new EnforcementAction.LinkedCase(c.id(), c.number())).sorted(Comparator.comparing(EnforcementAction.LinkedCase::id))
                .toList();
        boolean building = facts.stream().anyMatch(c -> "illegal_building".equals(c.typeCode()));
        List<EnforcementAction.Related> related = actions.about(r.id()).stream()
                .map(a -> new EnforcementAction.Related(a.id(), a.kind().label(), a.day(), ActionKind.stateLabel(a.state()))).toList();
        List<EnforcementAction.Event> history = actions.events(r.id()).stream()
                .map(e -> new EnforcementAction.Event(e.at(), e.actorId() == null ? "系统" : staffName(e.actorId()), e.what(), e.note())).toList();
        List<EnforcementAction.Document> documents = actions.documents(r.id()).stream()
                .map(d -> new EnforcementAction.Document(d.id(), d.title(), documentUrl(r.id(), d.id()), d.uploadedAt())).toList();
        return new EnforcementAction(r.id(), r.kind().code(), r.kind().labelAbout(building), r.enterpriseId(), r.subjectName(), r.areaCode(),
                department(r.departmentId()), new EnforcementAction.Named(r.officerId(), staffName(r.officerId())), r.day(), r.documentNumber(),
                r.fine(), r.otherPenalties(), r.deadline(), r.targetId(), r.passed(), r.inspectionId(), r.note(), r.state(),
                ActionKind.stateLabel(r.state()), r.restartRequested(), violations, linked, related, history, documents, r.createdAt());
    }

    /** The short form of a list: no history or documents. */
    EnforcementAction summary(ActionRow r) {
        return new EnforcementAction(r.id(), r.kind().code(), r.kind().label(), r.enterpriseId(), r.subjectName(), r.areaCode(),
                department(r.departmentId()), new EnforcementAction.Named(r.officerId(), staffName(r.officerId())), r.day(), r.documentNumber(),
                r.fine(), r.otherPenalties(), r.deadline(), r.targetId(), r.passed(), r.inspectionId(), r.note(), r.state(),
                ActionKind.stateLabel(r.state()), r.restartRequested(), List.of(), List.of(), List.of(), List.of(), List.of(), r.createdAt());
    }

    static String documentUrl(long actionId, long documentId) {
        return "/api/v1/enforcement-actions/" + actionId + "/documents/" + documentId;
    }

    private EnforcementAction.Named department(long id) {
        return new EnforcementAction.Named(id, organisation.department(id).map(Department::name).orElse("#" + id));
    }

    private String staffName(long id) {
        return organisation.staffMember(Scope.area(""), id).map(StaffMember::name).orElse("#" + id);
    }
}
