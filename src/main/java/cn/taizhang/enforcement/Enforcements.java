package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.CaseFacts;
import cn.taizhang.inspection.Inspection;
import cn.taizhang.inspection.Inspections;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.RequestHash;
import cn.taizhang.registry.enterprise.Coercion;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.Enterprises;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Takes enforcement actions. A 执法人员 acts within their jurisdiction, on an enterprise of a sector their department
 * regulates (管行业必须管安全), or on 城乡环境 cases without one; the action, its violations, its linked cases, what it does
 * to the enterprise (a coercive measure set or lifted), to the order or suspension it re-inspects, and to the candidates
 * it answers, commit together — and the Art. 113 rule runs in the same transaction as the penalty that completes it.
 */
@Service
public class Enforcements {

    static final String URBAN_CATEGORY = "城乡环境综合治理";

    /** An action and whether this request took it (false: a retry found it). */
    record Taken(EnforcementAction action, boolean created) {
    }

    /** What the checks found: the enterprise (if any), the linked cases, where the action is filed and under what name. */
    private record Checked(Enterprise enterprise, List<CaseFacts.Fact> cases, String areaCode, String subjectName, Department department) {

        boolean linkedMajor() {
            return cases.stream().anyMatch(CaseFacts.Fact::majorHazard);
        }
    }

    private final ActionRepository actions;
    private final Candidates candidates;
    private final EnforcementViews views;
    private final Enterprises enterprises;
    private final CaseFacts caseFacts;
    private final Inspections inspections;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    Enforcements(ActionRepository actions, Candidates candidates, EnforcementViews views, Enterprises enterprises, CaseFacts caseFacts,
            Inspections inspections, Organisation organisation, TransactionTemplate tx) {
        this.actions = actions;
        this.candidates = candidates;
        this.views = views;
        this.enterprises = enterprises;
        this.caseFacts = caseFacts;
        this.inspections = inspections;
        this.organisation = organisation;
        this.tx = tx;
    }

    public Optional<EnforcementAction> find(Scope scope, long id) {
        return actions.find(id, scope).map(views::of);
    }

    /** Who takes an action: a 执法人员 of a department, acting within a jurisdiction. */
    record Officer(long id, String jurisdictionCode, Long departmentId) {

        static Officer of(Caller caller) {
            return new Officer(caller.id(), caller.jurisdictionCode(), caller.departmentId());
        }
    }

    Taken take(Caller caller, JsonNode body) {
        if (!caller.has(Role.ENFORCER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有执法人员可以登记执法文书");
        }
        return take(Officer.of(caller), ActionForm.read(body, LocalDate.now(BeijingTime.ZONE)), RequestHash.of(caller.id(), body));
    }

    /** Takes an action already read; {@code hash} tells a retry from another action under the same client id. */
    Taken take(Officer caller, NewAction action, String hash) {
        Optional<Taken> earlier = earlier(action, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checked checked = check(caller, action);
        try {
            return tx.execute(status -> {
                Optional<Long> id = actions.insert(new ActionRepository.Insert(action, checked.subjectName(), checked.areaCode(),
                        checked.department().id(), caller.id(), action.kind().initialState(action.passed()), hash));
                if (id.isEmpty()) { // a retry committed meanwhile: answer it, write nothing
                    status.setRollbackOnly();
                    return earlier(action, hash).orElseThrow();
                }
                ActionRow row = actions.find(id.get()).orElseThrow();
                write(row, action, checked, caller.id());
                AuditNote.created("enforcement_action", Long.toString(row.id()));
                return new Taken(views.of(actions.find(row.id()).orElseThrow()), true);
            });
        } catch (DuplicateKeyException taken) { // the document number was used meanwhile
            throw documentNumberUsed(action.documentNumber());
        }
    }

    /** Records the enterprise's request to restart after a suspension (申请复产复工): the review is due within 10 days. */
    EnforcementAction requestRestart(Caller caller, long id, JsonNode body) {
        if (!caller.has(Role.ENFORCER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有执法人员可以登记复产复工申请");
        }
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        FormReader form = new FormReader();
        if (!form.object(body, Set.of("date"), "")) {
            form.check();
        }
        LocalDate day = FormReader.missing(body.get("date")) ? today : form.date(body.get("date"), "date", "申请日期");
        if (day != null && day.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：申请日期不能晚于今天 " + today);
        }
        form.check();
        actions.find(id, caller.scope()).orElseThrow(() -> Problem.notFound("执法文书"));
        return tx.execute(status -> {
            ActionRow row = actions.lock(id).orElseThrow();
            if (row.kind() != ActionKind.SUSPENSION || !row.state().equals("in_force")) {
                throw new Problem(Problem.Kind.CONFLICT, "NOT_SUSPENDED", "执法文书 " + id + " 不是执行中的停产停业整顿，不能申请复产复工");
            }
            if (day.isBefore(row.day())) {
                throw Problem.invalid(List.of(new FieldProblem("date", "INVALID_FIELD", "date：申请日期不能早于停产停业整顿的日期 " + row.day())));
            }
            actions.setRestartRequested(id, day);
            actions.event(id, caller.id(), "企业申请复产复工", "申请日期 " + day + "，应于 " + day.plusDays(CandidateRule.RESTART_REVIEW_DAYS) + " 前组织复查验收");
            AuditNote.changed("enforcement_action", Long.toString(id), null, "restart_requested");
            return views.of(actions.find(id).orElseThrow());
        });
    }

    private void write(ActionRow row, NewAction action, Checked checked, long officerId) {
        actions.insertViolations(row.id(), action.violations(), checked.linkedMajor());
        actions.insertCases(row.id(), action.caseIds());
        actions.event(row.id(), officerId, "登记" + row.kind().label(), action.note());
        switch (row.kind()) {
            case SUSPENSION -> enterprises.coerce(row.enterpriseId(), Coercion.SUSPENDED, row.day());
            case CLOSURE -> enterprises.coerce(row.enterpriseId(), Coercion.CLOSED, row.day());
            case BAN -> enterprises.coerce(row.enterpriseId(), Coercion.BANNED, row.day());
            case REINSPECTION -> reinspected(row, officerId);
            case RESTART -> {
                actions.setState(row.targetId(), "lifted");
                actions.event(row.targetId(), officerId, "准予复产复工", "验收（执法文书 " + row.id() + "）");
                enterprises.coerce(row.enterpriseId(), null, null);
            }
            case PENALTY -> {
                if (actions.violations(row.id()).stream().anyMatch(v -> Boolean.TRUE.equals(v.majorHazard()))) {
                    art113(row, checked);
                }
            }
            default -> {
            }
        }
        candidates.actedOn(row, action.caseIds());
    }

    /** 复查: an order complied with or not (查而不改 when not); a suspension's review noted. */
    private void reinspected(ActionRow row, long officerId) {
        ActionRow target = actions.find(row.targetId()).orElseThrow();
        boolean passed = Boolean.TRUE.equals(row.passed());
        actions.event(target.id(), officerId, passed ? "复查合格" : "复查不合格", "复查（执法文书 " + row.id() + "）" + (row.note() == null ? "" : "：" + row.note()));
        if (target.kind() == ActionKind.ORDER) {
            actions.setState(target.id(), passed ? "complied" : "failed");
            if (!passed) {
                candidates.raise(new Candidates.Raise(CandidateRule.UNRECTIFIED, "unrectified:order:" + target.id(), target.enterpriseId(),
                        target.subjectName(), null, null, target.id(), target.areaCode(), target.departmentId(),
                        "责令限期整改（执法文书 " + target.id() + "，期限 " + target.deadline() + "）经 " + row.day() + " 复查仍未整改到位", row.day()));
            }
        }
    }

    /** 安全生产法 Art. 113, on the penalty just recorded: a closure candidate when it completes the count. */
    private void art113(ActionRow penalty, Checked checked) {
        List<ActionRow> all = actions.majorPenalties(penalty.enterpriseId());
        int index = all.stream().map(ActionRow::id).toList().indexOf(penalty.id());
        Art113.completedBy(all.stream().map(ActionRow::day).toList(), index).ifPresent(w -> {
            if (candidates.openArt113(penalty.enterpriseId())) {
                return;
            }
            List<ActionRow> counted = all.subList(w.first(), w.last() + 1);
            String list = counted.stream().map(p -> p.day() + " " + p.documentNumber()).collect(Collectors.joining("；"));
            candidates.raise(new Candidates.Raise(CandidateRule.ART113, "art113:" + penalty.enterpriseId() + ":" + penalty.id(), penalty.enterpriseId(),
                    checked.subjectName(), null, null, penalty.id(), penalty.areaCode(), penalty.departmentId(),
                    "因存在重大事故隐患在 " + w.days() + " 日内受到 " + w.count() + " 次行政处罚（" + list + "），依照安全生产法第一百一十三条应提请予以关闭",
                    penalty.day()));
        });
    }

    private Checked check(Officer caller, NewAction a) {
        Department department = caller.departmentId() == null ? null : organisation.department(caller.departmentId()).orElse(null);
        if (department == null) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "执法人员须属于一个执法部门");
        }
        Scope reach = Scope.area(caller.jurisdictionCode());
        Enterprise enterprise = null;
        if (a.enterpriseId() != null) {
            enterprise = enterprises.find(reach, a.enterpriseId()).orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND, "ENTERPRISE_NOT_FOUND",
                    "企业 " + a.enterpriseId() + " 不存在或不在您的辖区内", List.of(new FieldProblem("enterpriseId", "ENTERPRISE_NOT_FOUND",
                    "enterpriseId：企业 " + a.enterpriseId() + " 不存在或不在您的辖区内"))));
            List<String> regulated = department.sectorCodes();
            if (enterprise.sectors().stream().noneMatch(s -> regulated.contains(s.code()))) {
                throw new Problem(Problem.Kind.FORBIDDEN, "NOT_YOUR_SECTOR", department.name() + "不监管" + enterprise.name() + "所在的行业领域（"
                        + enterprise.sectorNames() + "），不能对其执法");
            }
        }
        List<CaseFacts.Fact> cases = cases(a, enterprise, reach);
        if (a.inspectionId() != null) {
            Inspection outing = inspections.find(reach, a.inspectionId()).orElse(null);
            if (outing == null || outing.visits().stream().noneMatch(v -> a.enterpriseId() != null && a.enterpriseId().equals(v.enterpriseId()))) {
                throw Problem.invalid(List.of(new FieldProblem("inspectionId", "UNKNOWN_INSPECTION", "inspectionId：检查记录 " + a.inspectionId()
                        + " 不存在、不在您的辖区内或未检查该企业")));
            }
        }
        if (a.documentNumber() != null && actions.documentNumberTaken(a.documentNumber())) {
            throw documentNumberUsed(a.documentNumber());
        }
        if (a.targetId() != null) {
            ActionRow target = actions.find(a.targetId(), Scope.area(caller.jurisdictionCode())).orElseThrow(() -> Problem.invalid(List.of(
                    new FieldProblem("targetId", "UNKNOWN_TARGET", "targetId：执法文书 " + a.targetId() + " 不存在或不在您的辖区内"))));
            boolean suspended = enterprise != null && enterprise.coerced() != null && enterprise.coerced().code().equals("suspended");
            ActionTargets.check(a, target, suspended, actions.about(target.id()));
        } else if (a.kind().coercive() && enterprise.coerced() != null && !(a.kind() != ActionKind.SUSPENSION && enterprise.coerced().code().equals("suspended"))) {
            throw new Problem(Problem.Kind.CONFLICT, "ALREADY_COERCED", enterprise.name() + "已于 " + enterprise.coerced().since() + " 起"
                    + enterprise.coerced().label() + "，不能再" + a.kind().label());
        }
        if (enterprise != null) {
            return new Checked(enterprise, cases, enterprise.gridCode(), enterprise.name(), department);
        }
        return new Checked(null, cases, cases.get(0).gridCode(), cases.stream().map(CaseFacts.Fact::number).collect(Collectors.joining("、")), department);
    }

    /** The linked cases: each in the officer's jurisdiction, about the enterprise — or, without one, a 城乡环境 case. */
    private List<CaseFacts.Fact> cases(NewAction a, Enterprise enterprise, Scope reach) {
        Map<Long, CaseFacts.Fact> found = caseFacts.of(a.caseIds()).stream().collect(Collectors.toMap(CaseFacts.Fact::id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        List<CaseFacts.Fact> cases = new ArrayList<>();
        for (int i = 0; i < a.caseIds().size(); i++) {
            CaseFacts.Fact c = found.get(a.caseIds().get(i));
            String field = "caseIds[" + i + "]";
            if (c == null || !reach.covers(c.gridCode())) {
                problems.add(new FieldProblem(field, "UNKNOWN_CASE", field + "：事项 " + a.caseIds().get(i) + " 不存在或不在您的辖区内"));
            } else if (enterprise != null && !("enterprise".equals(c.subjectKind()) && enterprise.id() == c.subjectId())) {
                problems.add(new FieldProblem(field, "UNKNOWN_CASE", field + "：事项 " + c.number() + " 不是关于" + enterprise.name() + "的"));
            } else if (enterprise == null && !URBAN_CATEGORY.equals(c.category())) {
                problems.add(new FieldProblem(field, "NOT_URBAN_CASE", field + "：事项 " + c.number() + " 不是两违等城乡环境事项；针对企业的执法请填写 enterpriseId"));
            } else {
                cases.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return cases;
    }

    private Optional<Taken> earlier(NewAction action, String hash) {
        if (action.clientId() == null) {
            return Optional.empty();
        }
        return actions.byClientId(action.clientId()).map(row -> {
            if (!row.requestHash().equals(hash)) {
                throw new Problem(Problem.Kind.CONFLICT, "CLIENT_ID_REUSED", "clientId 已用于另一条内容不同的执法文书");
            }
            return new Taken(views.of(row), false);
        });
    }

    private static Problem documentNumberUsed(String number) {
        return new Problem(Problem.Kind.CONFLICT, "DOCUMENT_NUMBER_USED", "文书编号 " + number + " 已被使用",
                List.of(new FieldProblem("documentNumber", "DOCUMENT_NUMBER_USED", "documentNumber：文书编号 " + number + " 已被使用")));
    }
}
