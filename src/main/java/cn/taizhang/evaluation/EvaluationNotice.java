package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.Percent;
import cn.taizhang.platform.docx.WordDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 通报 of an evaluation as a Word document, in the register of the seeds: 一、总体情况 (the figures as
 * sentences), 二、考评排名 (the table), 三、存在问题 (D and E grades and the units below the minimum sample, by
 * name), 四、下步要求 (fixed text). Percentages have one decimal, rounded half up from the counts. Plain Java.
 */
final class EvaluationNotice {

    /** Names listed in a sentence before "等N个": a notice on 1,500 grid workers names the first ones only. */
    static final int MAX_NAMES = 30;

    private EvaluationNotice() {
    }

    static WordDocument write(Evaluation e, LocalDate date) {
        WordDocument doc = WordDocument.titled("关于" + e.period().label() + objectsOf(e) + "网格化服务管理工作考评情况的通报")
                .centred(e.areaName() + "网格化服务管理中心　" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日")
                .heading("一、总体情况")
                .paragraph(overall(e));
        doc.heading("二、考评排名").paragraph(method(e));
        if (e.ranked().isEmpty()) {
            doc.paragraph("本期没有应结案数达到" + e.minimumSample() + "件的单位，不作排名。");
        } else {
            List<Evaluation.Weighed> weighed = e.weighed();
            List<String> headers = new ArrayList<>(List.of("名次", "单位", "得分", "等次", "应结案数"));
            weighed.forEach(i -> headers.add(i.label()));
            headers.add("观摩得分");
            List<List<String>> rows = new ArrayList<>();
            for (Evaluation.Row r : e.ranked()) {
                List<String> row = new ArrayList<>(List.of(r.rank().toString(), r.name(), r.score().toPlainString(), r.grade().name(),
                        Long.toString(r.counts().dispatched())));
                weighed.forEach(i -> row.add(r.percent(i.key())));
                row.add(r.observationScore() == null ? Percent.NONE : r.observationScore().toPlainString());
                rows.add(row);
            }
            doc.table(headers, rows);
        }
        if (!e.unranked().isEmpty()) {
            doc.paragraph((e.ranked().isEmpty() ? "" : "另有") + e.unranked().size() + "个单位应结案数不足" + e.minimumSample() + "件，不参加排名，见第三部分。");
        }
        return doc.heading("三、存在问题").paragraph(problems(e))
                .heading("四、下步要求")
                .paragraph("（一）对标对表抓整改。考评等次为D等、E等的单位要认真查找在立案、派遣、处置、核查结案各环节存在的短板，"
                        + "制定整改措施，明确责任人和完成时限，确保问题隐患按期整改到位。")
                .paragraph("（二）压实责任抓落实。各单位主要负责同志要亲自研究部署网格化服务管理工作，坚持\u201c管行业必须管安全、"
                        + "管业务必须管安全、管生产经营必须管安全\u201d，严格落实按期结案要求，杜绝超期、返工和推诿退回。")
                .paragraph("（三）以观摩促提升。坚持\u201c月观摩、季评比、年总结\u201d，各观摩组要深入一线查看实效，"
                        + "评比结果将纳入年度综合考核，对连续排名靠后的单位进行约谈。");
    }

    private static String overall(Evaluation e) {
        Counts c = e.total().counts();
        String where = e.area().length() == 6 ? "全市" : e.areaName();
        StringBuilder s = new StringBuilder(e.period().label()).append("，").append(where).append(objectsOf(e));
        if (c.reported() == 0) {
            s.append("暂无上报事项");
        } else {
            s.append("共上报事项").append(c.reported()).append("件，派遣")
                    .append(c.dispatched()).append("件，结案").append(c.closed()).append("件");
            if (c.dispatched() > 0) {
                s.append("，结案率").append(CaseIndicator.CLOSURE_RATE.display(c)).append("；按期结案").append(c.closedOnTime())
                        .append("件，按期结案率").append(CaseIndicator.ON_TIME_CLOSURE_RATE.display(c));
            }
        }
        s.append("。参加考评的").append(e.objectLabel()).append("共").append(e.total().units()).append("个，");
        if (e.ranked().isEmpty()) {
            s.append("均未达到最低样本量（应结案").append(e.minimumSample()).append("件），本期不作排名");
        } else {
            s.append("其中").append(e.ranked().size()).append("个应结案数达到").append(e.minimumSample()).append("件、参加排名");
            List<String> grades = new ArrayList<>();
            for (Grade g : Grade.values()) {
                long n = e.ranked().stream().filter(r -> r.grade() == g).count();
                if (n > 0) {
                    grades.add(g.name() + "等" + n + "个");
                }
            }
            s.append("，评为").append(String.join("、", grades));
        }
        int visits = e.ranked().stream().mapToInt(Evaluation.Row::observationVisits).sum()
                + e.unranked().stream().mapToInt(Evaluation.Row::observationVisits).sum();
        if (visits > 0) {
            s.append("。本期共开展观摩评分").append(visits).append("次");
        }
        return s.append("。").toString();
    }

    private static String method(Evaluation e) {
        String weights = e.weighed().stream().map(i -> i.label() + i.weight().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("、"));
        String lower = e.weighed().stream().filter(i -> i.better() < 0).map(Evaluation.Weighed::label).collect(Collectors.joining("、"));
        String text = "指标得分按" + weights + "的权重计算" + (lower.isEmpty() ? "" : "（" + lower + "越低得分越高）");
        if (e.observationWeight().signum() > 0) {
            text += "，综合得分中观摩得分占" + Percent.ofShare(e.observationWeight());
        }
        return text + "；90分及以上为A等，75分及以上为B等，60分及以上为C等，40分及以上为D等，40分以下为E等。";
    }

    private static String problems(Evaluation e) {
        List<String> parts = new ArrayList<>();
        for (Grade g : List.of(Grade.D, Grade.E)) {
            List<String> names = e.ranked().stream().filter(r -> r.grade() == g).map(Evaluation.Row::name).toList();
            if (!names.isEmpty()) {
                parts.add("考评等次为" + g.name() + "等的有：" + names(names));
            }
        }
        if (!e.unranked().isEmpty()) {
            parts.add("应结案数不足" + e.minimumSample() + "件、未参加排名的有："
                    + names(e.unranked().stream().map(r -> r.name() + "（" + r.counts().dispatched() + "件）").toList()));
        }
        return parts.isEmpty() ? "本期参加排名的单位考评等次均在C等及以上，各单位均达到最低样本量。" : String.join("；", parts) + "。";
    }

    private static String names(List<String> names) {
        return names.size() <= MAX_NAMES ? String.join("、", names)
                : String.join("、", names.subList(0, MAX_NAMES)) + "等" + names.size() + "个";
    }

    private static String objectsOf(Evaluation e) {
        return ObjectKind.of(e.object()).map(ObjectKind::plural).orElse("");
    }
}
