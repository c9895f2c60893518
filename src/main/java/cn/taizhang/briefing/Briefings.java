package cn.taizhang.briefing;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.StatsQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes the briefing of an area and period. The figures are those of {@code GET /api/v1/stats/summary} for the same
 * query ({@link CaseSummaries}), so a briefing never disagrees with the statistics page.
 *
 * <p>With a type chosen the briefing is one paragraph about that type. Without, it is the sections of every
 * {@link BriefingContributor} in order, numbered 一、二、…: the cases' ({@link CaseSections}) first, then those the
 * other modules add.
 */
@Service
class Briefings {

    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * A written briefing: the summary it answers (area, name, period, type), the day it was written, its title
     * and sections. Sections are numbered (一、二、…) when the briefing covers every type.
     */
    record Written(CaseSummary summary, LocalDate date, String title, List<BriefingSection> sections, boolean numbered) {

        /** The paragraphs in order: each numbered heading, then its section's text. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (BriefingSection s : sections) {
                if (numbered) {
                    lines.add(s.heading());
                }
                lines.add(s.text());
            }
            return lines;
        }

        /** The whole briefing as text, one paragraph per line. */
        public String text() {
            return String.join("\n", lines());
        }
    }

    private final CaseSummaries summaries;
    private final CaseSections cases;
    private final ObjectProvider<BriefingContributor> contributors;

    Briefings(CaseSummaries summaries, CaseSections cases, ObjectProvider<BriefingContributor> contributors) {
        this.summaries = summaries;
        this.cases = cases;
        this.contributors = contributors;
    }

    /** The briefing of the figures of a query: those of the summary, same 404s. */
    Written write(StatsQuery query, Scope scope) {
        CaseSummary all = summaries.summary(query, scope);
        LocalDate today = LocalDate.now(ZONE);
        BriefingRequest request = new BriefingRequest(all.area(), all.name(), all.from(), all.to(), today,
                BriefingWriter.lead(all.name(), all.from(), all.to(), today),
                query.source() == null ? Map.of() : Map.of("source", query.source()), scope);
        if (all.type() != null) {
            CaseSections.Typed one = cases.ofType(request, all);
            return new Written(all, today, one.title(), List.of(one.section()), false);
        }
        String title = all.name() + "网格化服务管理工作简报（" + BriefingWriter.titlePeriod(all.from(), all.to(), today) + "）";
        List<BriefingSection> sections = new ArrayList<>();
        contributors.orderedStream().flatMap(c -> c.sections(request).stream()).forEach(s -> sections.add(numbered(sections.size(), s)));
        return new Written(all, today, title, sections, true);
    }

    private static BriefingSection numbered(int index, BriefingSection s) {
        String numeral = index < NUMERALS.length() ? String.valueOf(NUMERALS.charAt(index)) : Integer.toString(index + 1);
        return new BriefingSection(numeral + "、" + s.heading(), s.text(), s.types(), s.counts(), s.rates());
    }
}
