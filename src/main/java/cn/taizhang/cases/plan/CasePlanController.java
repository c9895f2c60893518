package cn.taizhang.cases.plan;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseProblems;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/cases/{id}/plan")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class CasePlanController {

    private static final Set<String> FIELDS = Set.of("responsibility", "measures", "funds", "deadline", "contingency");
    private static final BigDecimal MAX_FUNDS = new BigDecimal("9999999999.99");

    private final CaseRepository cases;
    private final CasePlans plans;
    private final TransactionTemplate tx;

    CasePlanController(CaseRepository cases, CasePlans plans, TransactionTemplate tx) {
        this.cases = cases;
        this.plans = plans;
        this.tx = tx;
    }

    @GetMapping
    @Operation(summary = "事项的治理方案（五落实：责任、措施、资金、时限、预案；ETag 为其版本）；尚未制定则 404")
    ResponseEntity<CasePlan> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CaseRow row = cases.find(id, Actor.of(caller).visibility()).orElseThrow(CaseProblems::notFound);
        CasePlan plan = plans.find(row.id()).orElseThrow(() -> Problem.notFound("治理方案"));
        return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
    }

    @PutMapping
    @Operation(summary = "制定或修改治理方案（承办单位的处置人员，事项处置前）：{responsibility, measures, funds（万元）, deadline, contingency}；"
            + "修改须带 If-Match（读取时的版本）")
    ResponseEntity<CasePlan> put(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = Actor.of(caller);
        CasePlan saved = tx.execute(status -> {
            CaseRow row = cases.find(id, actor.visibility()).orElseThrow(CaseProblems::notFound);
            if (!actor.capacities(row).contains(Capacity.UNIT_HANDLER)) {
                throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有承办单位的处置人员可以制定治理方案");
            }
            if (row.state() != CaseState.DISPATCHED && row.state() != CaseState.DEFERRED) {
                throw new Problem(Problem.Kind.CONFLICT, "CASE_NOT_IN_HAND", "事项" + row.state().label() + "，不能再修改治理方案");
            }
            CasePlans.Fields fields = read(body); // after the case's checks: who may not write it learns nothing of the form
            var before = plans.find(id);
            boolean written = before.isEmpty() ? plans.insert(id, fields, actor.id())
                    : plans.update(id, Versions.expected(ifMatch, "治理方案"), fields, actor.id());
            if (!written) {
                throw Versions.stale("治理方案");
            }
            CasePlan after = plans.find(id).orElseThrow();
            AuditNote.changed("case_plan", Long.toString(id), before.map(p -> Integer.toString(p.version())).orElse(null),
                    Integer.toString(after.version()));
            return after;
        });
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    private static CasePlans.Fields read(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String responsibility = form.text(body.get("responsibility"), "responsibility", "责任（责任单位和责任人）", 500, true);
        String measures = form.text(body.get("measures"), "measures", "治理措施", 2000, true);
        BigDecimal funds = form.decimal(body.get("funds"), "funds", "治理资金（万元）", BigDecimal.ZERO, MAX_FUNDS, 2);
        LocalDate deadline = form.date(body.get("deadline"), "deadline", "治理时限");
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        if (deadline != null && deadline.isBefore(today)) {
            form.problem("deadline", "IN_PAST", "deadline：治理时限不能早于今天 " + today);
        }
        String contingency = form.text(body.get("contingency"), "contingency", "应急预案（治理期间的安全措施）", 2000, true);
        form.check();
        return new CasePlans.Fields(responsibility, measures, funds, deadline, contingency);
    }
}
