package cn.taizhang.stats;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.FieldProblem;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live statistics of the cases reported in a period inside an area, by their state now, with the
 * evaluation rates of {@link Indicators}. An area outside the caller's scope is not found, like a missing one.
 */
@RestController
class StatsController {

    record Figures(Counts counts, Rates rates) {
        static Figures of(Counts counts) {
            return new Figures(counts, Indicators.of(counts));
        }
    }

    record Summary(String area, String name, LocalDate from, LocalDate to, Counts counts, Rates rates) {
    }

    record Item(String key, String name, Counts counts, Rates rates) {
    }

    record Breakdown(String area, LocalDate from, LocalDate to, String by, List<Item> items, Figures total) {
    }

    private final CaseStatistics statistics;
    private final Territory territory;
    private final CaseSummaries summaries;

    StatsController(CaseStatistics statistics, Territory territory, CaseSummaries summaries) {
        this.statistics = statistics;
        this.territory = territory;
        this.summaries = summaries;
    }

    @GetMapping("/api/v1/stats/summary")
    Summary summary(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String source, Scope scope) {
        CaseSummary s = summaries.summary(area, from, to, type, source, scope);
        return new Summary(s.area(), s.name(), s.from(), s.to(), s.counts(), s.rates());
    }

    @GetMapping("/api/v1/stats/breakdown")
    Breakdown breakdown(@RequestParam(required = false) String area, @RequestParam(defaultValue = "child") String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String source, Scope scope) {
        StatsParams p = StatsParams.parse(area, from, to, type, source, scope, statistics);
        CaseStatistics.Grouping grouping = StatsParams.grouping(by);
        visible(p.area(), scope);
        if (grouping == CaseStatistics.Grouping.CHILD && p.area().length() == 15) {
            throw ApiProblem.invalid(List.of(new FieldProblem("by", "NO_CHILD_AREAS", "by：网格没有下级区划，不能按下级区划分组")));
        }
        Map<String, Counts> groups = statistics.breakdown(p.selection(), grouping, scope);
        Map<String, String> names = names(grouping, groups, scope);
        List<Item> items = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (Map.Entry<String, Counts> group : groups.entrySet()) {
            items.add(new Item(group.getKey(), names.getOrDefault(group.getKey(), group.getKey()), group.getValue(),
                    Indicators.of(group.getValue())));
            total = total.plus(group.getValue());
        }
        return new Breakdown(p.area(), p.from(), p.to(), grouping.name().toLowerCase(), items, Figures.of(total));
    }

    private Map<String, String> names(CaseStatistics.Grouping grouping, Map<String, Counts> groups, Scope scope) {
        return switch (grouping) {
            case CHILD, GRID -> territory.names(groups.keySet(), scope);
            case TYPE -> statistics.typeNames();
            case SOURCE -> StatsParams.SOURCES;
            case MONTH -> Map.of();
        };
    }

    private Area visible(String code, Scope scope) {
        return territory.find(code, scope).orElseThrow(() -> ApiProblem.notFound("区划 " + code + " "));
    }
}
