package cn.taizhang.stats;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the dashboard pages and their exports select: an area in the caller's scope, a period, its child areas' figures. */
@Component
class ChildAreas {

    /** An area the caller may see and a checked period (the request's, by default this year to today). */
    record Selected(Area area, StatsParams params) {
        Period period() {
            return new Period(params.from(), params.to());
        }
    }

    private final Territory territory;
    private final CaseStatistics statistics;

    ChildAreas(Territory territory, CaseStatistics statistics) {
        this.territory = territory;
        this.statistics = statistics;
    }

    /** 404 for an area outside the scope (blank: the caller's jurisdiction), 400 naming a bad date. */
    Selected select(String area, String from, String to, Scope scope) {
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        Area a = territory.find(code, scope).orElseThrow(() -> ApiProblem.notFound("区域 " + code));
        return new Selected(a, StatsParams.parse(a.code(), from, to, null, null, scope, statistics));
    }

    /** The child areas in the scope, code → name in code order; empty for a grid. */
    Map<String, String> names(Selected s, Scope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        territory.children(s.area().code(), scope, 0, Territory.MAX_PAGE_SIZE).items().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The counts per child area over the period; a child without cases is absent. */
    Map<String, Counts> figures(Selected s, Scope scope) {
        return s.area().code().length() == 15 ? Map.of()
                : statistics.breakdown(s.params().selection(), CaseStatistics.Grouping.CHILD, scope);
    }
}
