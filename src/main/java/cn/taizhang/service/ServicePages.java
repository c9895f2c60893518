package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.EnterpriseFilter;
import cn.taizhang.registry.enterprise.Enterprises;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise service's pages: a leader's own (my visits, my 包保 enterprises' open matters, hard ones first), the form
 * that records a visit, a visit's page with what the enterprise was told, and the city's (all open problems by enterprise,
 * unit and age, with the figures).
 */
@Controller
class ServicePages {

    /** A 包保 enterprise with its open cases, the overdue ones first. */
    record LookedAfter(Enterprise enterprise, List<SubjectCases.SubjectCase> open) {
    }

    /** How many open problems one enterprise or unit holds. */
    record Tally(String name, long open, long hard) {
    }

    private final LeaderVisits visits;
    private final VisitList list;
    private final OpenProblems open;
    private final ServiceFigures figures;
    private final Enterprises enterprises;
    private final SubjectCases subjectCases;
    private final Organisation organisation;
    private final Territory territory;

    ServicePages(LeaderVisits visits, VisitList list, OpenProblems open, ServiceFigures figures, Enterprises enterprises, SubjectCases subjectCases,
            Organisation organisation, Territory territory) {
        this.visits = visits;
        this.list = list;
        this.open = open;
        this.figures = figures;
        this.enterprises = enterprises;
        this.subjectCases = subjectCases;
        this.organisation = organisation;
        this.territory = territory;
    }

    @GetMapping("/enterprise-service/mine")
    String mine(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        if (!caller.has(Role.LEADER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "我的企业服务是领导的工作页面");
        }
        model.addAttribute("visits", list.list(scope, new VisitList.Filter(null, null, null, caller.id(), null), 0, 20));
        model.addAttribute("open", open.of(scope, caller.id()));
        List<Enterprise> looked = enterprises.list(scope, new EnterpriseFilter(null, null, null, null, null, null, null, caller.id()), "name", 0,
                Paging.MAX_SIZE).items();
        Map<Long, List<SubjectCases.SubjectCase>> cases = subjectCases.of("enterprise", looked.stream().map(Enterprise::id).toList(), scope,
                caller.id(), true).stream().collect(Collectors.groupingBy(SubjectCases.SubjectCase::subjectId));
        model.addAttribute("lookedAfter", looked.stream().map(e -> new LookedAfter(e, cases.getOrDefault(e.id(), List.of()).stream()
                .sorted(Comparator.comparing((SubjectCases.SubjectCase c) -> !c.overdue())).toList())).toList());
        return "service/mine";
    }

    @GetMapping("/enterprise-service/visits/new")
    String form(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) Long enterprise, Model model) {
        boolean leader = caller.has(Role.LEADER);
        model.addAttribute("recorder", leader);
        model.addAttribute("myId", caller.id());
        model.addAttribute("today", LocalDate.now(BeijingTime.ZONE));
        model.addAttribute("chosen", enterprise);
        List<StaffMember> leaders = organisation.staff(scope, new StaffFilter(null, Role.LEADER, null, null), 0, Paging.MAX_SIZE).items().stream()
                .filter(StaffMember::enabled).toList();
        model.addAttribute("leaders", leaders);
        model.addAttribute("lookedAfter", leader ? enterprises.list(scope, new EnterpriseFilter(null, null, null, null, null, null, null, caller.id()),
                "name", 0, Paging.MAX_SIZE).items() : List.of());
        return "service/visit-form";
    }

    @GetMapping("/enterprise-service/visits/{id}")
    String visit(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("visit", visits.find(scope, id).orElseThrow(() -> Problem.notFound("走访记录")));
        return "service/visit";
    }

    @GetMapping("/enterprise-service")
    String city(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model) {
        ServiceFiguresController.Period p = ServiceFiguresController.period(scope, area, from, to, territory);
        ServiceCounts counts = figures.count(p.area(), p.from(), p.to().plusDays(1), scope);
        model.addAttribute("period", p);
        model.addAttribute("figures", counts);
        model.addAttribute("sentence", p.areaName() + counts.sentence());
        // the area was checked to lie in the caller's scope
        List<OpenProblems.Open> problems = open.of(Scope.area(p.area()), null);
        model.addAttribute("open", problems);
        model.addAttribute("byEnterprise", tally(problems, OpenProblems.Open::subjectName));
        model.addAttribute("byUnit", tally(problems, o -> o.unitName() == null ? "（未派遣）" : o.unitName()));
        Paging paging = Paging.of(page, 20, 20);
        ListResponse<VisitList.Item> recent = list.list(scope, new VisitList.Filter(p.area(), p.from(), p.to(), null, null), paging.page(), paging.size());
        model.addAttribute("visits", recent);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("area", p.area());
        query.put("from", p.from());
        query.put("to", p.to());
        model.addAttribute("list", new ListPage("/enterprise-service", ListPage.query(query), null, paging.page(), paging.size(), recent.total()));
        return "service/city";
    }

    private static List<Tally> tally(List<OpenProblems.Open> problems, java.util.function.Function<OpenProblems.Open, String> key) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (OpenProblems.Open o : problems) {
            long[] c = counts.computeIfAbsent(key.apply(o), k -> new long[2]);
            c[0]++;
            c[1] += o.hard() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Tally::open).reversed()).toList();
    }
}
