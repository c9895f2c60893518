package cn.taizhang.stats;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leader's dashboard (统计) and the command centre's full-screen view (大屏): the pages name the area and
 * the period, their scripts read the statistics, briefing, territory and case APIs; the ranking of the child
 * areas is rendered here, for htmx to swap in. An area outside the caller's scope is not found, like on the
 * area pages; a bad date is a 400 naming it.
 */
@Controller
class DashboardPage {

    private final Territory territory;
    private final ChildAreas children;
    private final ObjectProvider<FigureContributor> contributors;
    private final Whose whose;

    DashboardPage(Territory territory, ChildAreas children, ObjectProvider<FigureContributor> contributors, Whose whose) {
        this.whose = whose;
        this.territory = territory;
        this.children = children;
        this.contributors = contributors;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String compare, Scope scope, Model model) {
        ChildAreas.Selected s = describe(area, from, to, scope, model);
        Period.Comparison comparison = Period.Comparison.of(compare, s.period());
        model.addAttribute("comparison", comparison);
        model.addAttribute("comparisons", Period.Comparison.values());
        model.addAttribute("previous", comparison.of(s.period()));
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        model.addAttribute("presets", Period.presets(today));
        model.addAttribute("presetKey", s.period().presetKey(today));
        model.addAttribute("ancestors", territory.ancestors(s.area().code(), scope));
        return "stats/dashboard";
    }

    @GetMapping("/dashboard/screen")
    String screen(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Scope scope, Model model) {
        describe(area, from, to, scope, model);
        return "stats/screen";
    }

    /** The ranking table of the child areas by one figure (a fragment of both pages). */
    @GetMapping("/dashboard/ranking")
    String ranking(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String by, Scope scope, Model model) {
        ChildAreas.Selected s = children.select(area, from, to, scope);
        CaseIndicator figure = DashboardFigures.rankable(by);
        model.addAttribute("area", s.area());
        model.addAttribute("period", s.period());
        model.addAttribute("by", figure);
        model.addAttribute("rows", Ranking.of(children.names(s, scope), children.figures(s, scope), figure));
        return "stats/ranking :: ranking";
    }

    private ChildAreas.Selected describe(String area, String from, String to, Scope scope, Model model) {
        ChildAreas.Selected s = children.select(area, from, to, scope);
        model.addAttribute("area", s.area());
        model.addAttribute("whose", whose.figures(s.area().name(), scope));
        model.addAttribute("period", s.period());
        model.addAttribute("children", territory.children(s.area().code(), scope, 0, Territory.MAX_PAGE_SIZE).items());
        model.addAttribute("cards", contributors.orderedStream().flatMap(c -> c.cards().stream()).toList());
        model.addAttribute("rankable", DashboardFigures.RANKABLE);
        return s;
    }
}
