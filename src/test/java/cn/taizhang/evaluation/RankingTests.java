package cn.taizhang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

    @Test
    void highestScoreFirstAndTiesShareARank() {
        Ranking.Result r = Ranking.rank(List.of(entry("c", 40, "80.0"), entry("a", 50, "92.5"), entry("d", 35, "80.0"),
                entry("b", 31, "92.5"), entry("e", 30, "79.9")), 30);
        assertThat(r.ranked()).extracting(p -> p.rank() + ":" + p.entry().key())
                .containsExactly("1:a", "1:b", "3:c", "3:d", "5:e");
        assertThat(r.unranked()).isEmpty();
    }

    @Test
    void oneFastCaseCannotTopTheList() {
        Ranking.Result r = Ranking.rank(List.of(entry("one-case", 1, "100.0"), entry("steady", 30, "71.0"),
                entry("none", 0, null), entry("almost", 29, "99.0")), 30);
        assertThat(r.ranked()).extracting(p -> p.rank() + ":" + p.entry().key()).containsExactly("1:steady");
        assertThat(r.unranked()).extracting(l -> l.entry().key()).containsExactly("almost", "one-case", "none");
        assertThat(r.unranked().get(0).reason()).isEqualTo("应结案数 29 件，少于最低样本量 30 件");
    }

    @Test
    void exactlyTheMinimumIsRankedAndAUnitWithoutAScoreIsNot() {
        Ranking.Result r = Ranking.rank(List.of(entry("min", 5, "60.0"), entry("unscored", 9, null)), 5);
        assertThat(r.ranked()).extracting(p -> p.entry().key()).containsExactly("min");
        assertThat(r.unranked()).extracting(Ranking.Left::reason).containsExactly("没有可计算的考评指标");
    }

    @Test
    void nothingToRank() {
        Ranking.Result r = Ranking.rank(List.of(), 1);
        assertThat(r.ranked()).isEmpty();
        assertThat(r.unranked()).isEmpty();
    }

    static Ranking.Entry entry(String key, long sample, String score) {
        return new Ranking.Entry(key, sample, score == null ? null : new BigDecimal(score));
    }
}
