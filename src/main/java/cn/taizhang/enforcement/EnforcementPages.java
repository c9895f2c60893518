package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.Enterprises;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enforcement pages: the officer's and leader's workbench (执法线索 to act on or dismiss, the year's figures, the
 * actions taken), the form that takes an action (its work done by enforcement-form.js against the API), and one action.
 */
@Controller
class EnforcementPages {

    private static final int PAGE_SIZE = 30;

    private final Candidates candidates;
    private final ActionRepository actions;
    private final EnforcementViews views;
    private final Enforcements enforcements;
    private final EnforcementFigures figures;
    private final Enterprises enterprises;
    private final SubjectCases cases;

    EnforcementPages(Candidates candidates, ActionRepository actions, EnforcementViews views, Enforcements enforcements, EnforcementFigures figures,
            Enterprises enterprises, SubjectCases cases) {
        this.candidates = candidates;
        this.actions = actions;
        this.views = views;
        this.enforcements = enforcements;
        this.figures = figures;
        this.enterprises = enterprises;
        this.cases = cases;
    }

    @GetMapping("/enforcement")
    String workbench(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, Model model) {
        String shown = state == null || state.isBlank() ? "open" : state.strip();
        if (!List.of("open", "acted", "dismissed").contains(shown)) {
            throw Problem.invalid("INVALID_FIELD", "state：须为 open、acted 或 dismissed");
        }
        ActionRepository.Filter filter = EnforcementController.filter(null, null, kind, from, to, null);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        List<EnforcementAction> items = actions.list(scope, filter, paging.page() * PAGE_SIZE, PAGE_SIZE).stream().map(views::summary).toList();
        long total = actions.count(scope, filter);
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("state", shown);
        query.put("kind", filter.kind());
        query.put("from", filter.from());
        query.put("to", filter.to());
        model.addAttribute("candidates", candidates.list(scope, new Candidates.Filter(null, null, shown, null), 0, 200).items());
        model.addAttribute("state", shown);
        model.addAttribute("actions", new ListResponse<>(items, total));
        model.addAttribute("list", new ListPage("/enforcement", ListPage.query(query), "", paging.page(), PAGE_SIZE, total));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("figures", figures.count(scope.areaPrefix(), today.withDayOfYear(1), today, null, scope));
        model.addAttribute("officer", caller.has(Role.ENFORCER));
        model.addAttribute("judge", caller.has(Role.ENFORCER) || caller.has(Role.LEADER));
        return "enforcement/workbench";
    }

    @GetMapping("/enforcement/new")
    String form(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Long targetId, @RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Long candidate, Model model) {
        Enterprise enterprise = enterpriseId == null ? null : enterprises.find(Scope.area(caller.jurisdictionCode()), enterpriseId)
                .orElseThrow(() -> Problem.notFound("企业"));
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("hazards", enterprise == null ? List.of()
                : cases.of("enterprise", List.of(enterprise.id()), Scope.area(caller.jurisdictionCode()), caller.id(), true));
        model.addAttribute("kinds", Arrays.stream(ActionKind.values()).filter(k -> enterprise != null || k.withoutEnterprise()).toList());
        model.addAttribute("kind", kind == null ? "penalty" : kind);
        model.addAttribute("targetId", targetId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("candidate", candidate == null ? null : candidates.find(scope, candidate).orElse(null));
        model.addAttribute("today", LocalDate.now(BeijingTime.ZONE));
        model.addAttribute("officer", caller.has(Role.ENFORCER));
        return "enforcement/form";
    }

    @GetMapping("/enforcement/{id}")
    String action(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        EnforcementAction action = enforcements.find(scope, id).orElseThrow(() -> Problem.notFound("执法文书"));
        model.addAttribute("a", action);
        model.addAttribute("officer", caller.has(Role.ENFORCER));
        model.addAttribute("reviewable", ("order".equals(action.kind()) && "pending".equals(action.state()))
                || ("suspension".equals(action.kind()) && "in_force".equals(action.state())));
        model.addAttribute("suspended", "suspension".equals(action.kind()) && "in_force".equals(action.state()));
        return "enforcement/action";
    }
}
