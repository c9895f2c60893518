package cn.taizhang.briefing;

import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.Period;
import cn.taizhang.stats.StatsQuery;
import cn.taizhang.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The briefing page: an area of the caller's jurisdiction and a period chosen in the URL, the briefing written
 * out on the server as headings and paragraphs, with its .docx and a button to copy its text. An area outside
 * the jurisdiction is not found, a bad date is a 400 page naming it.
 */
@Controller
class BriefingPage {

    private final CaseSummaries summaries;
    private final Briefings briefings;
    private final Territory territory;

    BriefingPage(CaseSummaries summaries, Briefings briefings, Territory territory) {
        this.summaries = summaries;
        this.briefings = briefings;
        this.territory = territory;
    }

    @GetMapping("/briefings")
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Scope scope, Model model) {
        Briefings.Written b = briefings.write(summaries.query(area, from, to, StatsQuery.Narrowing.NONE, scope), scope);
        CaseSummary s = b.summary();
        Period period = new Period(s.from(), s.to());
        model.addAttribute("briefing", b);
        model.addAttribute("period", period);
        model.addAttribute("presets", Period.presets(b.date()));
        model.addAttribute("presetKey", period.presetKey(b.date()));
        model.addAttribute("issuer", s.name() + "网格化服务管理中心");
        model.addAttribute("day", BriefingWriter.day(b.date()));
        model.addAttribute("ancestors", territory.ancestors(s.area(), scope));
        model.addAttribute("children", territory.children(s.area(), scope, 0, Territory.MAX_PAGE_SIZE).items());
        return "briefing/page";
    }
}
