package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leader's dashboard (统计): the page itself only names the area; its script reads the statistics
 * and briefing APIs. An area outside the caller's scope is not found, like on the area pages.
 */
@Controller
class DashboardPage {

    private final Territory territory;
    private final CaseSummaries summaries;

    DashboardPage(Territory territory, CaseSummaries summaries) {
        this.territory = territory;
        this.summaries = summaries;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String area, Scope scope, Model model) {
        Area a = visible(area, scope);
        model.addAttribute("area", a);
        model.addAttribute("children", territory.children(a.code(), scope, 0, Territory.MAX_PAGE_SIZE).items());
        return "stats/dashboard";
    }

    /** The table of child areas of the page, this year to today, as an Excel sheet. */
    @GetMapping("/dashboard/children.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String area, Scope scope) {
        Area a = visible(area, scope);
        StatsParams period = summaries.params(a.code(), null, null, StatsParams.Narrowing.NONE, scope);
        List<List<Object>> rows = new ArrayList<>();
        Counts total = Counts.ZERO;
        Collection<CaseSummary> children = a.code().length() == 15 ? List.of() // a grid has no child areas
                : summaries.breakdown(period, StatsParams.By.CHILD, scope).values();
        for (CaseSummary child : children) {
            rows.add(row(child.area(), child.name(), child.counts(), child.rates()));
            total = total.plus(child.counts());
        }
        rows.add(row(a.code(), "合计", total, Indicators.of(total)));
        return ExcelSheet.download(a.name() + "统计.xlsx", "下级区域统计", List.of("区划代码", "区域", "上报", "立案", "派遣", "结案",
                "超期", "结案率", "按期结案率", "整改率"), rows);
    }

    private Area visible(String area, Scope scope) {
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area;
        return territory.find(code, scope).orElseThrow(() -> ApiProblem.notFound("区域 " + code));
    }

    private static List<Object> row(String code, String name, Counts c, Rates r) {
        return Arrays.asList(code, name, c.reported(), c.registered(), c.dispatched(), c.closed(), c.overdue(),
                percent(r.closureRate()), percent(r.onTimeClosureRate()), percent(r.rectificationRate()));
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }
}
