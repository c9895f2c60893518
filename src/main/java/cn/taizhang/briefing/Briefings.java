package cn.taizhang.briefing;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.cases.Counts;
import cn.taizhang.stats.Indicators;
import cn.taizhang.stats.Rates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Writes the briefing of an area and period from the figures of {@link CaseSummaries}, the same code as
 * {@code GET /api/v1/stats/summary}, so every figure in it is the statistics API's for the same query.
 *
 * <p>With a type chosen the briefing is one paragraph about that type. Without, it has a section per
 * {@link Topic} that has any case: 总体情况 from the summary of every type, each other section from the
 * summaries of its types for the same area, period and source — one summary per type, added up with
 * {@link Counts#plus} (the types' cases are disjoint) where a section has several.
 */
@Service
class Briefings {


    /** A section: its heading, its paragraph, the types it covers (empty: all) and their figures. */
    record Section(String heading, String text, List<String> types, Counts counts, Rates rates) {
    }

    /**
     * A written briefing: the summary it answers (area, name, period, type), the day it was written, its title
     * and sections. Sections are numbered (一、二、…) when the briefing covers every type.
     */
    record Written(CaseSummary summary, LocalDate date, String title, List<Section> sections, boolean numbered) {

        /** The paragraphs in order: each numbered heading, then its section's text. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (Section s : sections) {
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

    Briefings(CaseSummaries summaries) {
        this.summaries = summaries;
    }

    /** The briefing for the request parameters of the summary: same defaults, same 400s and 404s. */
    Written write(String area, String from, String to, String type, String source, Scope scope) {
        CaseSummary all = summaries.summary(area, from, to, type, source, scope);
        LocalDate today = LocalDate.now(ZONE);
        if (all.type() != null) {
            BriefingWriter.Briefing b = BriefingWriter.write(all.name(), all.type(), all.typeName(), all.from(), all.to(), today,
                    all.counts());
            return new Written(all, today, b.title(), List.of(new Section(all.typeName(), b.text(), List.of(all.type()),
                    all.counts(), all.rates())), false);
        }
        String title = all.name() + "网格化服务管理工作简报（" + BriefingWriter.titlePeriod(all.from(), all.to(), today) + "）";
        String lead = BriefingWriter.lead(all.name(), all.from(), all.to(), today);
        List<Section> sections = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<SectionWriter.Part> parts = topic == Topic.OVERALL ? List.of() : parts(all, topic, source, scope);
            Counts c = parts.stream().map(SectionWriter.Part::counts).reduce(Counts.ZERO, Counts::plus);
            if (topic == Topic.OVERALL) {
                c = all.counts();
            } else if (c.reported() == 0) {
                continue; // a section with no data is left out
            }
            String heading = "一二三四五".charAt(sections.size()) + "、" + topic.heading();
            sections.add(new Section(heading, text(topic, all, lead, today, c, parts), topic.types(), c, Indicators.of(c)));
        }
        return new Written(all, today, title, sections, true);
    }

    private List<SectionWriter.Part> parts(CaseSummary all, Topic topic, String source, Scope scope) {
        List<SectionWriter.Part> parts = new ArrayList<>();
        for (String type : topic.types()) {
            CaseSummary s = summaries.summary(all.area(), all.from().toString(), all.to().toString(), type, source, scope);
            parts.add(new SectionWriter.Part(s.typeName(), s.counts()));
        }
        return parts;
    }

    private static String text(Topic topic, CaseSummary all, String lead, LocalDate today, Counts c, List<SectionWriter.Part> parts) {
        return switch (topic) {
            case OVERALL -> BriefingWriter.write(all.name(), null, null, all.from(), all.to(), today, c).text();
            case SAFETY -> BriefingWriter.write(all.name(), BriefingWriter.SAFETY_HAZARD, parts.get(0).typeName(), all.from(),
                    all.to(), today, c).text();
            case ENVIRONMENT -> SectionWriter.environment(lead, c, parts);
            case ENTERPRISE -> SectionWriter.enterprise(lead, c);
            case EPIDEMIC -> SectionWriter.epidemic(lead, c);
        };
    }
}
