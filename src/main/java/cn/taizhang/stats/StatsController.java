package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live statistics of the cases reported in a period inside an area, by their state now, with the
 * evaluation rates of {@link Indicators}, optionally narrowed by type, source, sector and department.
 * An area outside the caller's scope is not found, like a missing one.
 */
@RestController
class StatsController {

    /** {@code percents}: the rates as pages show them ("96.3%", "—"), so that no page formats a rate itself. */
    record Figures(Counts counts, Rates rates, Map<String, String> percents) {
        static Figures of(Counts counts) {
            return new Figures(counts, Rates.of(counts), Rates.written(counts));
        }
    }

    record Summary(String area, String name, LocalDate from, LocalDate to, Counts counts, Rates rates, Map<String, String> percents) {
    }

    record Item(String key, String name, Counts counts, Rates rates, Map<String, String> percents) {
    }

    record Breakdown(String area, LocalDate from, LocalDate to, String by, List<Item> items, Figures total) {
    }

    /** Every contributing module's figures of an area and period, in the order the dashboard shows them. */
    record FigureList(String area, String name, LocalDate from, LocalDate to, List<FigureValue> figures) {
    }

    private final CaseSummaries summaries;
    private final ObjectProvider<FigureContributor> contributors;

    StatsController(CaseSummaries summaries, ObjectProvider<FigureContributor> contributors) {
        this.summaries = summaries;
        this.contributors = contributors;
    }

    @GetMapping("/api/v1/stats/figures")
    @Operation(summary = "各模块的主要指标（统计首页与大屏的指标卡）：计数或比率、显示文本与好坏方向")
    FigureList figures(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Scope scope) {
        StatsQuery q = summaries.query(area, from, to, StatsQuery.Narrowing.NONE, scope);
        FigureRequest request = new FigureRequest(q.area(), q.from(), q.to(), scope);
        List<FigureValue> figures = contributors.orderedStream().flatMap(c -> c.values(request).stream()).toList();
        return new FigureList(q.area(), summaries.area(q, scope).name(), q.from(), q.to(), figures);
    }

    /** Of an area ({@code area}) or of an overlay ({@code overlay}, 片区), not both. */
    @GetMapping("/api/v1/stats/summary")
    Summary summary(@RequestParam(required = false) String area, @RequestParam(required = false) String overlay,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String source,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String department, Scope scope) {
        CaseSummary s;
        if (overlay == null || overlay.isBlank()) {
            s = summaries.summary(summaries.query(area, from, to, new StatsQuery.Narrowing(type, source, sector, department), scope), scope);
        } else if (area != null && !area.isBlank()) {
            throw Problem.invalid(List.of(new FieldProblem("overlay", "AREA_AND_OVERLAY", "overlay：区划（area）与片区（overlay）只能指定一个")));
        } else {
            s = summaries.overlaySummary(overlay, from, to, type, source, sector, department, scope);
        }
        return new Summary(s.area(), s.name(), s.from(), s.to(), s.counts(), s.rates(), Rates.written(s.counts()));
    }

    @GetMapping("/api/v1/stats/breakdown")
    Breakdown breakdown(@RequestParam(required = false) String area, @RequestParam(defaultValue = "child") String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String source,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String department, Scope scope) {
        StatsQuery p = summaries.query(area, from, to, new StatsQuery.Narrowing(type, source, sector, department), scope);
        StatsQuery.By grouping = StatsQuery.by(by);
        List<Item> items = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (Map.Entry<String, CaseSummary> group : summaries.breakdown(p, grouping, scope).entrySet()) {
            CaseSummary s = group.getValue();
            items.add(new Item(group.getKey(), s.name(), s.counts(), s.rates(), Rates.written(s.counts())));
            total = total.plus(s.counts());
        }
        return new Breakdown(p.area(), p.from(), p.to(), grouping.name().toLowerCase(Locale.ROOT), items, Figures.of(total));
    }
}
