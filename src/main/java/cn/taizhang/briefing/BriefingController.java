package cn.taizhang.briefing;

import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.cases.Counts;
import cn.taizhang.stats.Rates;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A briefing (简报) for an area and period: the figures of {@code GET /api/v1/stats/summary} for the same
 * query (computed by stats itself) and the text {@link BriefingWriter} makes of them. Parameters, defaults,
 * 400s and 404s are those of the summary.
 */
@RestController
class BriefingController {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record BriefingView(String area, String name, LocalDate from, LocalDate to, String title, String text, Counts counts,
            Rates rates) {
    }

    private final CaseSummaries summaries;

    BriefingController(CaseSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/v1/briefings")
    BriefingView briefing(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String source, Scope scope) {
        CaseSummary s = summaries.summary(area, from, to, type, source, scope);
        BriefingWriter.Briefing b = BriefingWriter.write(s.name(), s.type(), s.typeName(), s.from(), s.to(),
                LocalDate.now(ZONE), s.counts());
        return new BriefingView(s.area(), s.name(), s.from(), s.to(), b.title(), b.text(), s.counts(), s.rates());
    }
}
