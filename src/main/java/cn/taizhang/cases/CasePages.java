package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case pages. The list is rendered on the server from the same queries as the list API (a queue, the filters of
 * the API, a keyword, sorting and paging, all in the URL); the case and the report form are shells whose scripts work
 * through the API, as phones and partner systems do.
 */
@Controller
class CasePages {

    static final int PAGE_SIZE = 20;

    private final CaseRepository cases;
    private final CaseQueries queries;
    private final CaseViews views;
    private final CaseTypes types;
    private final Territory territory;
    private final List<CaseSubjects> subjects;

    CasePages(CaseRepository cases, CaseQueries queries, CaseViews views, CaseTypes types, Territory territory,
            List<CaseSubjects> subjects) {
        this.subjects = subjects;
        this.cases = cases;
        this.queries = queries;
        this.views = views;
        this.types = types;
        this.territory = territory;
    }

    @GetMapping("/cases")
    String list(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String queue, CaseFilter form,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Scope scope, Model model) {
        CaseQueue q = CaseQueue.of(queue).orElse(CaseQueue.defaultFor(me.roles()));
        CaseFilter filter = q.narrow(form);
        String order = CaseListController.check(filter, sort);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        Actor actor = Actor.of(me);
        long total = queries.count(actor.visibility(), filter);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("queue", q.key());
        shown.putAll(form.parameters());
        model.addAttribute("queues", CaseQueue.values());
        model.addAttribute("queue", q);
        model.addAttribute("form", form);
        model.addAttribute("list", new ListPage("/cases", ListPage.query(shown), sort, paging.page(), paging.size(), total));
        Map<String, Object> exported = new LinkedHashMap<>(filter.parameters()); // the queue's narrowing as the API's filters
        exported.put("sort", sort);
        model.addAttribute("exportQuery", ListPage.query(exported));
        model.addAttribute("rows", views.of(queries.find(actor.visibility(), filter, order, paging.offset(), paging.size()), actor));
        model.addAttribute("types", types.all());
        model.addAttribute("severities", severities(types.all()));
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("areas", areas(form.area(), scope));
        return "cases/list";
    }

    /** Every severity name by code, once, in catalogue order (一般, 较大, 重大 …). */
    private static Map<String, String> severities(List<CaseType> all) {
        Map<String, String> byCode = new LinkedHashMap<>();
        all.forEach(t -> t.severities().forEach(s -> byCode.putIfAbsent(s.code(), s.name())));
        return byCode;
    }

    /** The areas one level below the caller's own, and the one asked for (e.g. a grid, from the dashboard) if not among them. */
    private List<Area> areas(String asked, Scope scope) {
        List<Area> areas = new ArrayList<>(territory.children(scope.areaPrefix(), scope, 0, Territory.MAX_PAGE_SIZE).items());
        if (asked != null && areas.stream().noneMatch(a -> a.code().equals(asked))) {
            territory.find(asked, scope).ifPresent(a -> areas.add(0, a));
        }
        return areas;
    }

    /** The report form; {@code subject=enterprise:12} reports about that registry record (an enterprise's hazard). */
    @GetMapping("/cases/new")
    String report(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String subject, Model model) {
        if (subject != null && subject.matches("[a-z]+:\\d{1,18}")) {
            String[] parts = subject.split(":");
            subjects.stream().filter(s -> s.kind().equals(parts[0])).findFirst()
                    .flatMap(s -> s.find(Long.parseLong(parts[1]), me.scope())).ifPresent(found -> model.addAttribute("subject", found));
        }
        return "cases/report";
    }

    @GetMapping("/cases/{id}")
    String detail(@AuthenticationPrincipal Caller me, @PathVariable long id, Model model) {
        cases.find(id, Actor.of(me).visibility()).orElseThrow(CaseProblems::notFound);
        model.addAttribute("caseId", id);
        return "cases/detail";
    }
}
