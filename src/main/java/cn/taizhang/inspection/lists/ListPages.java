package cn.taizhang.inspection.lists;

import cn.taizhang.access.Caller;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two lists' pages: the 问题隐患清单 with its figures on top, the 制度措施清单, a measure with its complete action, and
 * the form that sets or edits one (sent to the API by registry-form.js, as the registries' forms are).
 */
@Controller
class ListPages {

    private static final int PAGE_SIZE = 50;

    private final HazardList hazards;
    private final Measures measures;
    private final Campaigns campaigns;

    ListPages(HazardList hazards, Measures measures, Campaigns campaigns) {
        this.hazards = hazards;
        this.measures = measures;
        this.campaigns = campaigns;
    }

    @GetMapping("/hazard-list")
    String hazardList(Scope scope, @ModelAttribute("query") HazardQuery query, @RequestParam(required = false) Integer page, Model model) {
        HazardQuery.Filter filter = query.filter();
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<HazardEntry> found = hazards.page(filter, scope, paging.page(), paging.size());
        model.addAttribute("hazards", found);
        model.addAttribute("figures", hazards.figures(filter, scope));
        model.addAttribute("exportQuery", ListPage.query(filter.parameters()));
        model.addAttribute("list", new ListPage("/hazard-list", ListPage.query(filter.parameters()), null, paging.page(), paging.size(),
                found.total()));
        return "inspection/hazard-list";
    }

    @GetMapping("/measures")
    String measureList(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") MeasureQuery query,
            @RequestParam(required = false) Integer page, Model model) {
        MeasureQuery.Filter filter = query.filter();
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Measure> found = measures.list(scope, filter, paging.page(), paging.size());
        long[] figures = measures.figures(scope, filter);
        model.addAttribute("measures", found);
        model.addAttribute("figures", new TwoListsFigures.MeasureFigures(figures[0], figures[1], figures[2]));
        model.addAttribute("writer", Measures.writer(caller));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("departments", measures.departments(caller));
        model.addAttribute("exportQuery", ListPage.query(filter.parameters()));
        model.addAttribute("list", new ListPage("/measures", ListPage.query(filter.parameters()), null, paging.page(), paging.size(),
                found.total()));
        return "inspection/measures";
    }

    @GetMapping("/measures/{id}")
    String measure(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        Measure m = measures.find(scope, id).orElseThrow(Measures::notFound);
        model.addAttribute("measure", m);
        model.addAttribute("editable", Measures.editable(caller, m));
        model.addAttribute("completable", Measures.completable(caller, m));
        return "inspection/measure";
    }

    @GetMapping("/measures/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        return form(caller, scope, null, model);
    }

    @GetMapping("/measures/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, measures.find(scope, id).orElseThrow(Measures::notFound), model);
    }

    private String form(Caller caller, Scope scope, Measure m, Model model) {
        model.addAttribute("measure", m);
        model.addAttribute("writer", m == null ? Measures.writer(caller) : Measures.editable(caller, m));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("statuses", new MeasureStatus[] {MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS});
        model.addAttribute("departments", measures.departments(caller));
        model.addAttribute("ownDepartment", caller.departmentId());
        model.addAttribute("campaigns", campaigns.activeOn(scope, LocalDate.now(BeijingTime.ZONE)));
        model.addAttribute("defaultArea", caller.jurisdictionCode());
        return "inspection/measure-form";
    }
}
