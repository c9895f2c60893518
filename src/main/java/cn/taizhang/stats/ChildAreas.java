package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the dashboard pages and their exports select: an area in the caller's scope, a period, its child areas' figures. */
@Component
class ChildAreas {

    /** An area the caller may see and a checked period (the request's, by default this year to today). */
    record Selected(Area area, StatsQuery params) {
        Period period() {
            return new Period(params.from(), params.to());
        }
    }

    private final Territory territory;
    private final CaseSummaries summaries;

    ChildAreas(Territory territory, CaseSummaries summaries) {
        this.territory = territory;
        this.summaries = summaries;
    }

    /** 404 for an area outside the scope (blank: the caller's jurisdiction), 400 naming a bad date. */
    Selected select(String area, String from, String to, Scope scope) {
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        Area a = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code));
        return new Selected(a, summaries.query(a.code(), from, to, StatsQuery.Narrowing.NONE, scope));
    }

    /** The child areas in the scope, code → name in code order; empty for a grid. */
    Map<String, String> names(Selected s, Scope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        territory.children(s.area().code(), scope, 0, Territory.MAX_PAGE_SIZE).items().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The counts per child area over the period, zeros included; empty for a grid. */
    Map<String, Counts> figures(Selected s, Scope scope) {
        Map<String, Counts> figures = new LinkedHashMap<>();
        if (s.area().code().length() < 15) {
            summaries.breakdown(s.params(), StatsQuery.By.CHILD, scope).forEach((code, summary) -> figures.put(code, summary.counts()));
        }
        return figures;
    }
}
