package cn.taizhang.stats;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * The public Java entry point of stats: the same summary as {@code GET /api/v1/stats/summary}, computed by
 * the same code, so that a briefing can never disagree with the statistics page.
 */
@Service
public class CaseSummaries {

    private final CaseStatistics statistics;
    private final Territory territory;

    CaseSummaries(CaseStatistics statistics, Territory territory) {
        this.statistics = statistics;
        this.territory = territory;
    }

    /**
     * The summary for the request parameters as given (blank or null: the caller's jurisdiction, this year to
     * today, every type and source). Bad parameters throw a 400 {@link ApiProblem} naming each field; an area
     * outside {@code scope} (or missing) throws 404.
     */
    public CaseSummary summary(String area, String from, String to, String type, String source, Scope scope) {
        StatsParams p = StatsParams.parse(area, from, to, type, source, scope, statistics);
        Area found = territory.find(p.area(), scope).orElseThrow(() -> ApiProblem.notFound("区划 " + p.area() + " "));
        Counts counts = statistics.summary(p.selection(), scope);
        String typeName = p.type() == null ? null : statistics.typeNames().get(p.type());
        return new CaseSummary(p.area(), found.name(), p.from(), p.to(), p.type(), typeName, counts, Indicators.of(counts));
    }
}
