package cn.taizhang.briefing;

import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.StatsQuery;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The figures of each child area of a briefing's area for the same period, type and source, from
 * {@link CaseSummaries} one child at a time (a 镇街 has tens of children, the city 20).
 */
@Component
class ChildFigures {

    private final Territory territory;
    private final CaseSummaries summaries;

    ChildFigures(Territory territory, CaseSummaries summaries) {
        this.territory = territory;
        this.summaries = summaries;
    }

    /** The same query for each child of its area, in code order; empty for a grid. */
    List<CaseSummary> of(StatsQuery parent, Scope scope) {
        List<CaseSummary> rows = new ArrayList<>();
        for (Area child : territory.children(parent.area(), scope, 0, Territory.MAX_PAGE_SIZE).items()) {
            rows.add(summaries.summary(parent.withArea(child.code()), scope));
        }
        return rows;
    }
}
