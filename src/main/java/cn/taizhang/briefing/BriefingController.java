package cn.taizhang.briefing;

import cn.taizhang.cases.Counts;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.Rates;
import cn.taizhang.stats.StatsQuery;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A briefing (简报) for an area and period: the figures of {@code GET /api/v1/stats/summary} for the same
 * query (computed by stats itself) and the text {@link Briefings} makes of them, as JSON or as a Word
 * document. Parameters, defaults, 400s and 404s are those of the summary.
 */
@RestController
class BriefingController {

    record BriefingView(String area, String name, LocalDate from, LocalDate to, LocalDate date, String title, String text,
            List<BriefingSection> sections, Counts counts, Rates rates) {
    }

    private final CaseSummaries summaries;
    private final Briefings briefings;
    private final ChildFigures children;

    BriefingController(CaseSummaries summaries, Briefings briefings, ChildFigures children) {
        this.summaries = summaries;
        this.briefings = briefings;
        this.children = children;
    }

    @GetMapping("/api/v1/briefings")
    BriefingView briefing(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String source, Scope scope) {
        Briefings.Written b = briefings.write(summaries.query(area, from, to, StatsQuery.Narrowing.of(type, source), scope), scope);
        CaseSummary s = b.summary();
        return new BriefingView(s.area(), s.name(), s.from(), s.to(), b.date(), b.title(), b.text(), b.sections(), s.counts(),
                s.rates());
    }

    /** The same briefing as a .docx: title, issuer and date, the sections, and the child areas' main figures. */
    @GetMapping("/api/v1/briefings/document.docx")
    ResponseEntity<byte[]> document(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String source, Scope scope) {
        StatsQuery query = summaries.query(area, from, to, StatsQuery.Narrowing.of(type, source), scope);
        Briefings.Written b = briefings.write(query, scope);
        return BriefingDocument.of(b, children.of(query, scope)).download(b.title() + ".docx");
    }
}
