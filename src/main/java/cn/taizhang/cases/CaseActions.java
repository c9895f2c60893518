package cn.taizhang.cases;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.cases.evidence.EvidenceRepository;
import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.Lifecycle;
import cn.taizhang.cases.lifecycle.Transition;
import cn.taizhang.cases.lifecycle.TransitionRefused;
import cn.taizhang.cases.plan.CasePlans;
import cn.taizhang.cases.supervision.Supervisions;
import cn.taizhang.notices.Notice;
import cn.taizhang.notices.Notices;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.territory.Territory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one action on one case: the version the caller read must still be current (If-Match), the
 * lifecycle must allow it for the caller's part in the case, and the row, its event and any notice
 * are written in one transaction; a change of state is published ({@link CaseStateChanged}) in it.
 */
@Service
class CaseActions {

    private final CaseRepository cases;
    private final CaseTypes types;
    private final Units units;
    private final Supervisions supervisions;
    private final EvidenceRepository evidence;
    private final CasePlans plans;
    private final WorkingDays workingDays;
    private final Notices notices;
    private final Territory territory;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    CaseActions(CaseRepository cases, CaseTypes types, Units units, Supervisions supervisions, EvidenceRepository evidence,
            CasePlans plans, WorkingDays workingDays, Notices notices, Territory territory, TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.types = types;
        this.units = units;
        this.supervisions = supervisions;
        this.evidence = evidence;
        this.plans = plans;
        this.workingDays = workingDays;
        this.notices = notices;
        this.territory = territory;
        this.tx = tx;
    }

    CaseRow perform(Actor actor, long id, Action action, String ifMatch, ActionRequest body) {
        int expected = CaseProblems.expectedVersion(ifMatch);
        ActionRequest request = body == null ? ActionRequest.EMPTY : body;
        return tx.execute(status -> {
            CaseRow row = cases.find(id, actor.visibility()).orElseThrow(CaseProblems::notFound);
            if (row.version() != expected) {
                throw CaseProblems.versionMismatch();
            }
            return act(row, actor, actor.capacities(row), action, request);
        });
    }

    /**
     * A re-inspection's verdict (复查) on a case as read, in the caller's transaction: the inspector acts as
     * {@link Capacity#REINSPECTOR}, which roles alone never give.
     */
    CaseRow reinspect(Actor actor, CaseRow row, boolean rectified, String note) {
        return act(row, actor, Capacity.reinspecting(actor.roles(), actor.jurisdictionCode(), row.gridCode()), Action.VERIFY,
                new ActionRequest(null, null, null, note, rectified, null, null, null, null));
    }

    /**
     * 顶格协调: a visiting leader registers a problem collected on their visit and dispatches it at once to the unit at their
     * level, in the caller's transaction, acting as {@link Capacity#VISITING_LEADER}, which roles alone never give.
     */
    CaseRow coordinate(Actor actor, CaseRow row, long unit, String note) {
        Set<Capacity> who = Capacity.coordinating(actor.roles(), actor.jurisdictionCode(), row.gridCode());
        CaseRow registered = act(row, actor, who, Action.REGISTER, ActionRequest.EMPTY);
        return act(registered, actor, who, Action.DISPATCH, new ActionRequest(null, null, unit, note, null, null, null, null, null));
    }

    private CaseRow act(CaseRow row, Actor actor, Set<Capacity> who, Action action, ActionRequest request) {
        try {
            Lifecycle.require(row.lifecycle(), action, who);
            OffsetDateTime now = OffsetDateTime.now();
            Transition t = apply(row, action, who, request, actor, now);
            if (!cases.save(t.after())) {
                throw CaseProblems.versionMismatch();
            }
            cases.append(row.id(), actor.id(), roleOf(action, who), t.event(), now);
            if (t.after().state() != row.state()) {
                events.publishEvent(new CaseStateChanged(row.id(), row.state(), t.after().state()));
            }
            afterwards(row, action, request, actor);
            CaseRow after = cases.find(row.id()).orElseThrow();
            AuditNote.changed("case", Long.toString(row.id()), Integer.toString(row.version()), Integer.toString(after.version()));
            return after;
        } catch (TransitionRefused refused) {
            throw CaseProblems.refused(refused);
        }
    }

    private Transition apply(CaseRow row, Action action, Set<Capacity> who, ActionRequest r, Actor actor, OffsetDateTime now) {
        Case c = row.lifecycle();
        return switch (action) {
            case REGISTER -> c.register(who);
            case REJECT -> c.reject(who, required(r.reason(), "reason", "请说明不予立案的理由"), duplicate(row, r.duplicateOf(), actor));
            case DISPATCH -> {
                if (r.unit() == null || units.dispatchable(r.unit(), actor.scope(), row.gridCode()).isEmpty()) {
                    throw CaseProblems.field("unit", "UNKNOWN_UNIT", "请选择您可派遣、负责该网格的单位");
                }
                CaseType type = types.find(row.type()).orElseThrow();
                int days = type.severity(row.severity()).orElseThrow().deadlineDays();
                // only a coordinating leader's dispatch says why on the timeline; a dispatcher's body note was never recorded
                String note = who.contains(Capacity.VISITING_LEADER) ? r.note() : null;
                yield c.dispatch(who, r.unit(), workingDays.deadline(now, days), now, note);
            }
            case RETURN -> c.giveBack(who, required(r.reason(), "reason", "请说明退回的理由"));
            case HANDLE -> {
                requirePlan(row);
                List<Long> ids = r.evidence() == null ? List.of() : r.evidence();
                if (!evidence.allBelongTo(row.id(), ids)) {
                    throw CaseProblems.field("evidence", "UNKNOWN_EVIDENCE", "引用的照片不属于该事项");
                }
                yield c.handle(who, required(r.note(), "note", "请填写处置情况"), ids, now);
            }
            case VERIFY -> {
                if (r.passed() == null) {
                    throw CaseProblems.field("passed", "REQUIRED", "请填写核查是否通过");
                }
                yield c.verify(who, r.passed(), r.passed() ? r.note() : required(r.note(), "note", "核查不通过须说明原因"), now);
            }
            case REQUEST_EXTENSION -> {
                if (r.workingDays() == null || r.workingDays() < 1 || r.workingDays() > 60) {
                    throw CaseProblems.field("workingDays", "OUT_OF_RANGE", "延期天数须为 1 到 60 个工作日");
                }
                yield c.requestExtension(who, r.workingDays(), required(r.reason(), "reason", "请说明延期理由"));
            }
            case APPROVE_EXTENSION -> c.approveExtension(who, workingDays.deadline(c.deadline(), c.extensionPendingDays()));
            case REFUSE_EXTENSION -> c.refuseExtension(who, r.reason());
            case DEFER -> c.defer(who, required(r.reason(), "reason", "请说明缓办理由"), now);
            case RESUME -> c.resume(who, c.deadline() == null ? null
                    : workingDays.deadline(c.deadline(), workingDays.workingDaysBetween(c.deferredAt(), now)));
            case SUPERVISE -> {
                String doc = required(r.documentNumber(), "documentNumber", "请填写督办文号");
                if (doc.length() > 100) {
                    throw CaseProblems.field("documentNumber", "TOO_LONG", "督办文号不能超过 100 个字符");
                }
                supervisions.addManual(row.id(), doc, areaName(actor.jurisdictionCode()), r.deadline(), c.deadline(), actor.id());
                yield c.supervise(who, doc);
            }
            case REOPEN -> c.reopen(who, required(r.reason(), "reason", "请说明重新办理的理由"));
        };
    }

    /** A severity that requires a 治理方案 (重大隐患) is handled only once the unit has recorded it. */
    private void requirePlan(CaseRow row) {
        boolean required = types.find(row.type()).flatMap(t -> t.severity(row.severity())).map(CaseType.Severity::requiresPlan).orElse(false);
        if (required && plans.find(row.id()).isEmpty()) {
            throw new Problem(Problem.Kind.CONFLICT, "PLAN_REQUIRED",
                    "该事项须先制定治理方案（责任、措施、资金、时限、预案“五落实”）才能办结处置", List.of(new FieldProblem("plan", "PLAN_REQUIRED",
                            "plan：请先制定治理方案（PUT /api/v1/cases/" + row.id() + "/plan）")));
        }
    }

    /** Who hears of it: the area's leaders at once when a severe matter is registered; the unit's staff when dispatched. */
    private void afterwards(CaseRow row, Action action, ActionRequest r, Actor actor) {
        if (action == Action.REGISTER && types.find(row.type()).flatMap(t -> t.severity(row.severity()))
                .map(CaseType.Severity::notifyLeaders).orElse(false)) {
            notices.send(new Notice(units.leadersCovering(row.gridCode()), "case.registered", "重大事项立案：" + row.number(),
                    row.description(), "/api/v1/cases/" + row.id(), "case:" + row.id() + ":registered"));
        }
        if (action == Action.DISPATCH) {
            notices.send(new Notice(units.handlersOf(r.unit(), row.gridCode()), "case.dispatched", "新派遣事项：" + row.number(),
                    row.description(), "/api/v1/cases/" + row.id(), "case:" + row.id() + ":dispatched:" + (row.version() + 1)));
        }
    }

    private Long duplicate(CaseRow row, Long duplicateOf, Actor actor) {
        if (duplicateOf != null && (duplicateOf == row.id() || cases.find(duplicateOf, actor.visibility()).isEmpty())) {
            throw CaseProblems.field("duplicateOf", "UNKNOWN_CASE", "重复的事项 " + duplicateOf + " 不存在");
        }
        return duplicateOf;
    }

    private String areaName(String code) {
        return territory.names(List.of(code), Scope.area(code)).getOrDefault(code, code);
    }

    private static String required(String value, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw CaseProblems.field(field, "REQUIRED", detail);
        }
        if (value.length() > 2000) {
            throw CaseProblems.field(field, "TOO_LONG", "不能超过 2000 字");
        }
        return value.strip();
    }

    /** The role in which the caller acted, for the timeline. */
    private static String roleOf(Action action, Set<Capacity> who) {
        return Lifecycle.actingAs(action, who).role().name();
    }
}
