package cn.taizhang.briefing;

import static cn.taizhang.cases.CaseIndicator.CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.ON_TIME_CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.RECTIFICATION_RATE;

import cn.taizhang.cases.Counts;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.platform.docx.WordDocument;
import cn.taizhang.stats.CaseSummary;
import java.util.ArrayList;
import java.util.List;

/** A briefing laid out as a 公文-style Word document. */
final class BriefingDocument {

    static final String ANNEX = "附表：下级区域主要指标";
    static final List<String> HEADERS = List.of("区域", "上报", "立案", "结案", "超期", "结案率", "按期结案率", "整改率");

    private BriefingDocument() {
    }

    /**
     * The title; the issuer (the area's 网格化服务管理中心) and the date centred under it; each paragraph of
     * {@link Briefings.Written#lines()} in order, numbered headings as headings; then, when the area has
     * children, the table of their main figures with the area's total.
     */
    static WordDocument of(Briefings.Written b, List<CaseSummary> children) {
        WordDocument doc = WordDocument.titled(b.title())
                .centred(b.summary().name() + "网格化服务管理中心")
                .centred(BriefingWriter.day(b.date()));
        for (BriefingSection s : b.sections()) {
            if (b.numbered()) {
                doc.heading(s.heading());
            }
            doc.paragraph(s.text());
        }
        if (!children.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (CaseSummary child : children) {
                rows.add(row(child.name(), child.counts()));
            }
            rows.add(row("合计", b.summary().counts()));
            doc.heading(ANNEX).table(HEADERS, rows);
        }
        return doc;
    }

    /** Percentages written as in the text (one decimal, half up from the counts). */
    static List<String> row(String name, Counts c) {
        return List.of(name, String.valueOf(c.reported()), String.valueOf(c.registered()), String.valueOf(c.closed()),
                String.valueOf(c.overdue()), CLOSURE_RATE.display(c), ON_TIME_CLOSURE_RATE.display(c), RECTIFICATION_RATE.display(c));
    }
}
