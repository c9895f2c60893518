package cn.taizhang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.stats.Rates;
import cn.taizhang.support.Docx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EvaluationNoticeTests {

    static final Period Q3 = Period.parse("2026-Q3");

    @Test
    void theFiguresReadAsSentencesAndTheWeakUnitsAreNamed() throws Exception {
        List<Evaluation.Row> ranked = List.of(ranked(1, "大十字街道", "92.4", counts(40, 39, 38)), ranked(2, "西门街道", "55.0", counts(30, 20, 12)),
                ranked(3, "湾溪街道", "39.9", counts(33, 10, 5)));
        List<Evaluation.Row> unranked = List.of(apart("凯棠镇", counts(3, 3, 3)));
        Counts total = Counts.ZERO;
        for (Evaluation.Row r : ranked) {
            total = total.plus(r.counts());
        }
        total = total.plus(unranked.get(0).counts());
        Evaluation e = new Evaluation("town", "镇（街道）", "522601", "凯里市", Q3, Map.of("closureRate", new BigDecimal("25.00")),
                List.of(new Evaluation.Weighed("closureRate", "结案率", 1, new BigDecimal("25.00"))), 30,
                new BigDecimal("0.20"), ranked, unranked, new Evaluation.Totals(4, total, Rates.of(total)));

        List<String> text = Docx.paragraphs(Docx.document(
                EvaluationNotice.write(e, LocalDate.of(2026, 10, 8)).toBytes()));
        assertThat(text.get(0)).isEqualTo("关于2026年第三季度各镇（街道）网格化服务管理工作考评情况的通报");
        assertThat(text.get(1)).isEqualTo("凯里市网格化服务管理中心　2026年10月8日");
        // 106 dispatched, 72 closed = 67.92…% → 67.9%; 58 on time = 54.71…% → 54.7%
        assertThat(text.get(3)).isEqualTo("2026年第三季度，全市各镇（街道）共上报事项106件，派遣106件，结案72件，结案率67.9%；按期结案58件，"
                + "按期结案率54.7%。参加考评的镇（街道）共4个，其中3个应结案数达到30件、参加排名，评为A等1个、D等1个、E等1个。");
        assertThat(text.get(text.indexOf("三、存在问题") + 1)).isEqualTo(
                "考评等次为D等的有：西门街道；考评等次为E等的有：湾溪街道；应结案数不足30件、未参加排名的有：凯棠镇（3件）。");
        assertThat(text).contains("另有1个单位应结案数不足30件，不参加排名，见第三部分。");
    }

    @Test
    void aLongListOfNamesIsCut() throws Exception {
        List<Evaluation.Row> unranked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            unranked.add(apart("网格员" + i, counts(0, 0, 0)));
        }
        Evaluation e = new Evaluation("gridworker", "网格员", "522601110", "凯棠镇", Q3, Map.of(), List.of(), 5, BigDecimal.ZERO, List.of(), unranked,
                new Evaluation.Totals(40, Counts.ZERO, Rates.of(Counts.ZERO)));
        List<String> text = Docx.paragraphs(Docx.document(
                EvaluationNotice.write(e, LocalDate.of(2026, 10, 8)).toBytes()));
        assertThat(text.get(3)).isEqualTo("2026年第三季度，凯棠镇各网格员暂无上报事项。参加考评的网格员共40个，均未达到最低样本量（应结案5件），本期不作排名。");
        assertThat(text).contains("本期没有应结案数达到5件的单位，不作排名。", "40个单位应结案数不足5件，不参加排名，见第三部分。");
        assertThat(text.get(text.indexOf("三、存在问题") + 1)).contains("网格员29（0件）等40个").doesNotContain("网格员30");
    }

    @Test
    void theMethodAndTheTableShowEveryWeighedIndicatorContributedOrNot() throws Exception {
        Counts c = counts(40, 30, 20);
        FigureValue solved = new FigureValue("problemSolvingRate", "问题解决率", true, 1, 0.75, "75.0%");
        Evaluation.Row row = new Evaluation.Row(1, "522601002", "大十字街道", new BigDecimal("80.0"), Grade.B, new BigDecimal("80.0"), null, 0, c,
                Rates.of(c), figures(c, solved), null);
        List<Evaluation.Weighed> indicators = List.of(new Evaluation.Weighed("closureRate", "结案率", 1, new BigDecimal("50")),
                new Evaluation.Weighed("reworkRate", "返工率", -1, new BigDecimal("10")),
                new Evaluation.Weighed("extensionRate", "延期率", -1, BigDecimal.ZERO),
                new Evaluation.Weighed("problemSolvingRate", "问题解决率", 1, new BigDecimal("40")));
        Evaluation e = new Evaluation("town", "镇（街道）", "522601", "凯里市", Q3, Map.of(), indicators, 30, BigDecimal.ZERO, List.of(row),
                List.of(), new Evaluation.Totals(1, c, Rates.of(c)));

        Document doc = Docx.document(EvaluationNotice.write(e, LocalDate.of(2026, 10, 8)).toBytes());
        assertThat(Docx.paragraphs(doc)).contains("指标得分按结案率50、返工率10、问题解决率40的权重计算（返工率越低得分越高）；"
                + "90分及以上为A等，75分及以上为B等，60分及以上为C等，40分及以上为D等，40分以下为E等。");
        assertThat(Docx.table(doc)).containsExactly(List.of("名次", "单位", "得分", "等次", "应结案数", "结案率", "返工率", "问题解决率", "观摩得分"),
                List.of("1", "大十字街道", "80.0", "B", "40", "75.0%", "0.0%", "75.0%", "—"));
    }

    static List<FigureValue> figures(Counts c, FigureValue... contributed) {
        List<FigureValue> figures = new ArrayList<>(CaseIndicator.RATES.stream().map(i -> FigureValue.of(i, c)).toList());
        figures.addAll(List.of(contributed));
        return figures;
    }

    static Counts counts(long dispatched, long closed, long onTime) {
        return new Counts(dispatched, dispatched, 0, dispatched, 0, closed, closed, onTime, dispatched - closed, 0, 0, 0, 0, 0);
    }

    static Evaluation.Row ranked(int rank, String name, String score, Counts c) {
        BigDecimal s = new BigDecimal(score);
        return new Evaluation.Row(rank, name, name, s, Grade.of(s), s, null, 0, c, Rates.of(c), figures(c), null);
    }

    static Evaluation.Row apart(String name, Counts c) {
        return new Evaluation.Row(null, name, name, null, null, null, null, 0, c, Rates.of(c), figures(c), "应结案数不足");
    }
}
