package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "enforcement")
class CandidateController {

    /** The figures of an area and period, with the seeds' sentence. */
    record Figures(String area, String areaName, LocalDate from, LocalDate to, long penaltyDecisions, long violations, java.math.BigDecimal fines,
            long orders, long suspensions, long closures, long bans, long enterprisesCoerced, long candidatesOpen, String sentence) {
    }

    private final Candidates candidates;
    private final EnforcementFigures figures;
    private final Territory territory;

    CandidateController(Candidates candidates, EnforcementFigures figures, Territory territory) {
        this.candidates = candidates;
        this.figures = figures;
        this.territory = territory;
    }

    @GetMapping("/api/v1/enforcement/candidates")
    @Operation(summary = "执法线索（本辖区，部门人员为本部门监管的）：查而不改（unrectified）、安全生产法第一百一十三条（art113）、复产复工验收逾期（restart_overdue）；"
            + "enterprise 企业编号，rule，state: open|acted|dismissed，area 区域代码；待处置的在前")
    ListResponse<Candidate> list(Scope scope, @RequestParam(required = false) Long enterprise, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String state, @RequestParam(required = false) String area, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        String ruleCode = rule == null || rule.isBlank() ? null : rule.strip();
        if (ruleCode != null && CandidateRule.of(ruleCode).isEmpty()) {
            problems.add(new FieldProblem("rule", "INVALID_FIELD", "rule：须为 unrectified、art113 或 restart_overdue"));
        }
        String stateCode = state == null || state.isBlank() ? null : state.strip();
        if (stateCode != null && !Set.of("open", "acted", "dismissed").contains(stateCode)) {
            problems.add(new FieldProblem("state", "INVALID_FIELD", "state：须为 open（待处置）、acted（已处置）或 dismissed（已排除）"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Paging paging = Paging.of(page, size, 50);
        return candidates.list(scope, new Candidates.Filter(enterprise, ruleCode, stateCode, area == null || area.isBlank() ? null : area.strip()),
                paging.page(), paging.size());
    }

    @GetMapping("/api/v1/enforcement/candidates/{id}")
    @Operation(summary = "一条执法线索")
    Candidate get(Scope scope, @PathVariable long id) {
        return candidates.find(scope, id).orElseThrow(() -> Problem.notFound("执法线索"));
    }

    @PostMapping("/api/v1/enforcement/candidates/{id}/dismiss")
    @Operation(summary = "排除一条待处置的执法线索（执法人员或领导）：{reason}；记入审计日志")
    Candidate dismiss(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, Set.of("reason"), "")) {
            form.check();
        }
        String reason = form.text(body.get("reason"), "reason", "排除理由", 500, true);
        form.check();
        return candidates.dismiss(caller, id, reason);
    }

    @GetMapping("/api/v1/enforcement/figures")
    @Operation(summary = "执法统计：区域（默认本辖区）在 [from, to]（默认今年 1 月 1 日到今天）执法日期内的行政处罚决定书、违法行为、罚款（元）、责令限期整改、"
            + "停产停业整顿、关闭、取缔、采取强制措施的企业（家，各计一次）和当前待处置的执法线索；department 为部门编号")
    Figures figures(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long department) {
        Days.Period period = Days.thisYearUnless(from, to);
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        String name = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code + " ")).name();
        EnforcementCounts c = figures.count(code, period.from(), period.to(), department, scope);
        return new Figures(code, name, period.from(), period.to(), c.penaltyDecisions(), c.violations(), c.fines(), c.orders(), c.suspensions(),
                c.closures(), c.bans(), c.enterprisesCoerced(), c.candidatesOpen(), c.sentence());
    }
}
