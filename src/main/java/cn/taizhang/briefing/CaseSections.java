package cn.taizhang.briefing;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseKind;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.Rates;
import cn.taizhang.stats.StatsQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cases' part of a briefing, the first contributor: 总体情况 from the summary of every type, then a section per
 * category of case type (类别) that has any case, in catalogue order, each from the summaries of its types for the same
 * area, period and source — one summary per type, added up with {@link Counts#plus} (the types' cases are disjoint) —
 * and written in its category's {@link SectionStyle}. The figures are those of {@code GET /api/v1/stats/summary}.
 */
@Component
@Order(0)
class CaseSections implements BriefingContributor {

    private final CaseSummaries summaries;
    private final CaseCounting counting;

    CaseSections(CaseSummaries summaries, CaseCounting counting) {
        this.summaries = summaries;
        this.counting = counting;
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy("source")) {
            return List.of();
        }
        String source = r.narrowing().get("source");
        Counts all = summary(r, null, source).counts();
        List<BriefingSection> sections = new ArrayList<>();
        sections.add(section("总体情况", BriefingWriter.write(r.areaName(), false, null, r.from(), r.to(), r.today(), all).text(),
                List.of(), all));
        categories().forEach((category, kinds) -> {
            List<SectionWriter.Part> parts = new ArrayList<>();
            for (CaseKind kind : kinds) {
                parts.add(new SectionWriter.Part(kind.name(), summary(r, kind.code(), source).counts()));
            }
            Counts c = parts.stream().map(SectionWriter.Part::counts).reduce(Counts.ZERO, Counts::plus);
            if (c.reported() > 0) { // a category with no case is left out
                SectionStyle style = SectionStyle.of(category);
                sections.add(section(style.heading(category), text(style, category, r, c, parts), kinds.stream().map(CaseKind::code).toList(),
                        c));
            }
        });
        return sections;
    }

    /** A briefing of one type: its title and its one section, in the hazards' words when its category's are. */
    Typed ofType(BriefingRequest r, CaseSummary s) {
        String category = counting.kinds().stream().filter(k -> k.code().equals(s.type())).findFirst().map(CaseKind::category)
                .orElse(null);
        BriefingWriter.Briefing b = BriefingWriter.write(r.areaName(), SectionStyle.of(category) == SectionStyle.HAZARDS, s.typeName(),
                r.from(), r.to(), r.today(), s.counts());
        return new Typed(b.title(), section(s.typeName(), b.text(), List.of(s.type()), s.counts()));
    }

    record Typed(String title, BriefingSection section) {
    }

    private Map<String, List<CaseKind>> categories() {
        Map<String, List<CaseKind>> byCategory = new LinkedHashMap<>();
        counting.kinds().forEach(k -> byCategory.computeIfAbsent(k.category(), c -> new ArrayList<>()).add(k));
        return byCategory;
    }

    private CaseSummary summary(BriefingRequest r, String type, String source) {
        return summaries.summary(StatsQuery.of(r.area(), r.from(), r.to()).withType(type).withSource(source), r.scope());
    }

    private static String text(SectionStyle style, String category, BriefingRequest r, Counts c, List<SectionWriter.Part> parts) {
        return switch (style) {
            case HAZARDS -> BriefingWriter.write(r.areaName(), true, category, r.from(), r.to(), r.today(), c).text();
            case ENVIRONMENT -> SectionWriter.environment(r.lead(), c, parts);
            case ENTERPRISE -> SectionWriter.enterprise(r.lead(), c);
            case KEY_PERSONS -> SectionWriter.epidemic(r.lead(), c);
            case GENERAL -> BriefingWriter.write(r.areaName(), false, category, r.from(), r.to(), r.today(), c).text();
        };
    }

    private static BriefingSection section(String heading, String text, List<String> types, Counts c) {
        return new BriefingSection(heading, text, types, c.asMap(), Rates.of(c).asMap());
    }
}
