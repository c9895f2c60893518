package cn.taizhang.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.Counts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BriefingWriterTests {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void periodsReadAsInTheSeeds() {
        assertThat(BriefingWriter.period(d("2026-01-01"), TODAY, TODAY)).isEqualTo("今年以来");
        assertThat(BriefingWriter.period(d("2026-07-01"), d("2026-09-30"), TODAY)).isEqualTo("2026年第三季度");
        assertThat(BriefingWriter.period(d("2026-01-01"), d("2026-03-31"), TODAY)).isEqualTo("2026年第一季度");
        assertThat(BriefingWriter.period(d("2025-10-01"), d("2025-12-31"), TODAY)).isEqualTo("2025年第四季度");
        assertThat(BriefingWriter.period(d("2026-10-01"), d("2026-10-31"), TODAY)).isEqualTo("2026年10月");
        assertThat(BriefingWriter.period(d("2024-02-01"), d("2024-02-29"), TODAY)).isEqualTo("2024年2月");
        assertThat(BriefingWriter.period(d("2025-01-01"), d("2025-12-31"), TODAY)).isEqualTo("2025年");
        assertThat(BriefingWriter.period(d("2026-09-01"), d("2026-10-15"), d("2026-10-20"))).isEqualTo("2026年9月1日至10月15日");
        assertThat(BriefingWriter.period(d("2026-07-01"), d("2026-08-31"), TODAY)).isEqualTo("2026年7月1日至8月31日");
        assertThat(BriefingWriter.period(d("2025-12-01"), d("2026-01-15"), TODAY)).isEqualTo("2025年12月1日至2026年1月15日");
        assertThat(BriefingWriter.period(d("2026-09-01"), TODAY, TODAY)).isEqualTo("2026年9月1日以来");
        assertThat(BriefingWriter.period(d("2025-03-01"), TODAY, TODAY)).isEqualTo("自2025年3月1日起，截至目前");
        assertThat(BriefingWriter.period(TODAY, TODAY, TODAY)).isEqualTo("2026年10月15日");
    }

    @Test
    void safetyHazardsReadLikeTheSeed() {
        Counts c = new Counts(13232, 13232, 0, 13232, 0, 12745, 12745, 12745, 487, 0, 0, 0, 0, 0);
        BriefingWriter.Briefing b = BriefingWriter.write("大十字街道", true, "安全生产隐患", d("2026-01-01"), TODAY, TODAY, c);
        assertThat(b.text()).startsWith("今年以来，大十字街道共排查安全隐患13232项，已整改12745项，整改率96.3%；")
                .contains("尚未整改487项").endsWith("。").doesNotContain(",");
        assertThat(b.title()).isEqualTo("大十字街道安全隐患排查整改情况简报（2026年1月1日至10月15日）");
    }

    @Test
    void nothingToReport() {
        BriefingWriter.Briefing b = BriefingWriter.write("大十字街道", false, null, d("2026-10-01"), d("2026-10-31"), TODAY, Counts.ZERO);
        assertThat(b.text()).isEqualTo("2026年10月，大十字街道暂无数据。");
        assertThat(b.title()).isEqualTo("大十字街道事件办理情况简报（2026年10月）");
    }

    @Test
    void sentencesWithoutFiguresAreLeftOut() {
        Counts waiting = new Counts(3, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0);
        BriefingWriter.Briefing b = BriefingWriter.write("大十字街道", false, "市容环境卫生", d("2026-07-01"),
                d("2026-09-30"), TODAY, waiting);
        assertThat(b.text()).isEqualTo("2026年第三季度，大十字街道共受理上报市容环境卫生事件3件，立案0件；尚未办结3件。");
    }

    @Test
    void everyFigureInTheTextIsItsCount() {
        Counts c = new Counts(13332, 13232, 100, 13000, 37, 12800, 12745, 12001, 487, 23, 58, 41, 9, 5);
        String text = BriefingWriter.write("凯里市", false, null, d("2026-01-01"), TODAY, TODAY, c).text();
        assertThat(text).isEqualTo("今年以来，凯里市共受理上报事件13332件，立案13232件，不予立案100件；"
                + "派遣处置13000件，已结案12745件，结案率98.0%，按期结案12001件，按期结案率92.3%；"
                + "尚未办结487件，其中超期23件；延期办理41件，缓办9件，挂牌督办5件；"
                + "核查不合格返工58件，返工率0.4%，处置单位退回37件。");
        List<Long> figures = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+)件").matcher(text);
        while (m.find()) {
            figures.add(Long.parseLong(m.group(1)));
        }
        assertThat(figures).containsExactly(c.reported(), c.registered(), c.rejected(), c.dispatched(), c.closed(),
                c.closedOnTime(), c.open(), c.overdue(), c.extended(), c.deferred(), c.supervised(), c.reworked(), c.returned());
    }
}
