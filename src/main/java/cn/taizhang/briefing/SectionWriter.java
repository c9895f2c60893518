package cn.taizhang.briefing;

import static cn.taizhang.briefing.BriefingWriter.clause;
import static cn.taizhang.briefing.BriefingWriter.clauses;
import static cn.taizhang.cases.CaseIndicator.RECTIFICATION_RATE;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the {@link SectionStyle}s 城乡环境, 企业诉求 and 疫情防控重点人员 (总体情况, 安全生产 and the general
 * style are {@link BriefingWriter}'s texts). Plain Java, free of Spring; same
 * numbers and percentages as {@link BriefingWriter}. "Found" is every report not rejected, the denominator of 整改率
 * ({@link CaseIndicator#found}).
 */
final class SectionWriter {

    /** The figures of one case type within a section. */
    record Part(String typeName, Counts counts) {
    }

    private SectionWriter() {
    }

    /** "今年以来，X共排查城乡环境问题N个（其中市容环境卫生a个、两违b个），已整治c个，整治率d%；尚未整治…". */
    static String environment(String lead, Counts c, List<Part> parts) {
        long found = CaseIndicator.found(c);
        if (found == 0) {
            return lead + "共上报城乡环境问题" + c.reported() + "个，均不予立案。";
        }
        List<String> byType = new ArrayList<>();
        for (Part p : parts) {
            long n = CaseIndicator.found(p.counts());
            if (n > 0) {
                byType.add(shortName(p.typeName()) + n + "个");
            }
        }
        String among = byType.size() > 1 ? "（其中" + String.join("、", byType) + "）" : "";
        List<String> sentences = new ArrayList<>();
        sentences.add("共排查城乡环境问题" + found + "个" + among + "，已整治" + c.closed() + "个，整治率" + RECTIFICATION_RATE.display(c)
                + clause("，另不予立案", c.rejected(), "个"));
        if (c.open() > 0) {
            sentences.add("尚未整治" + c.open() + "个" + clause("，其中超期", c.overdue(), "个"));
        }
        String pressed = clauses(List.of(clause("挂牌督办", c.supervised(), "个"), clause("核查不合格返工", c.reworked(), "个")));
        if (!pressed.isEmpty()) {
            sentences.add(pressed);
        }
        return lead + String.join("；", sentences) + "。";
    }

    /** In the seed's words: "收集企业困难和问题430个，协调解决324个，剩余106个正在积极推进中". */
    static String enterprise(String lead, Counts c) {
        long found = CaseIndicator.found(c);
        if (found == 0) {
            return lead + "共收到企业诉求" + c.reported() + "个，均不予受理。";
        }
        String progress = c.open() == 0 ? "，已全部协调解决"
                : c.closed() == 0 ? "，正在积极推进中"
                : "，协调解决" + c.closed() + "个，剩余" + c.open() + "个正在积极推进中";
        return lead + "共收集企业困难和问题" + found + "个" + progress + clause("，其中超期", c.overdue(), "个")
                + clause("；另不予受理", c.rejected(), "个") + "。";
    }

    /** Key persons found (精准找人), those whose closed-loop follow-up (闭环管理) is complete, those still followed. */
    static String epidemic(String lead, Counts c) {
        long found = CaseIndicator.found(c);
        if (found == 0) {
            return lead + "共上报疫情防控重点人员" + c.reported() + "人，经核查均已排除。";
        }
        String followed = c.open() == 0 ? "，均已完成闭环管理"
                : c.closed() == 0 ? "，均在闭环管控中" + clause("，其中超期", c.overdue(), "人")
                : "，已完成闭环管理" + c.closed() + "人，正在闭环管控" + c.open() + "人" + clause("，其中超期", c.overdue(), "人");
        return lead + "共排查疫情防控重点人员" + found + "人" + followed + clause("；另经核查排除", c.rejected(), "人") + "。";
    }

    /** A type's name without its parenthesis, to list it inside one: "两违（违法建设、违法用地）" → "两违". */
    static String shortName(String typeName) {
        int paren = typeName.indexOf('（');
        return paren > 0 ? typeName.substring(0, paren) : typeName;
    }
}
