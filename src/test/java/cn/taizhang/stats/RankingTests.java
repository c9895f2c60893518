package cn.taizhang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTests {

    /** reported, dispatched, closed, overdue: the rest zero. */
    static Counts c(long reported, long dispatched, long closed, long overdue) {
        return new Counts(reported, reported, 0, dispatched, 0, closed, closed, closed, reported - closed, overdue, 0, 0, 0, 0);
    }

    static final Map<String, String> AREAS = new LinkedHashMap<>(Map.of("a", "甲", "b", "乙", "c", "丙", "d", "丁", "e", "戊"));

    @Test
    void bestFirstTiesShareARankAndAreasWithNothingToRateComeLast() {
        Map<String, Counts> figures = Map.of("a", c(10, 10, 9, 1), "b", c(4, 4, 4, 0), "c", c(2, 2, 2, 0), "d", c(3, 0, 0, 0));
        List<Ranking.Row> rows = Ranking.of(AREAS, figures, CaseIndicator.CLOSURE_RATE);
        assertThat(rows).extracting(Ranking.Row::code).containsExactly("b", "c", "a", "d", "e");
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 1, 3, null, null);
        assertThat(rows).extracting(Ranking.Row::value).containsExactly("100.0%", "100.0%", "90.0%", "—", "—");
        assertThat(rows.get(4).counts()).isEqualTo(Counts.ZERO);
    }

    @Test
    void whereLessIsBetterTheLowestComesFirst() {
        Map<String, Counts> figures = Map.of("a", c(10, 10, 9, 3), "b", c(4, 4, 4, 1));
        assertThat(Ranking.of(AREAS, figures, CaseIndicator.OVERDUE)).extracting(Ranking.Row::code, Ranking.Row::rank, Ranking.Row::value)
                .startsWith(org.assertj.core.groups.Tuple.tuple("c", 1, "0"))
                .endsWith(org.assertj.core.groups.Tuple.tuple("a", 5, "3"));
        assertThat(Ranking.of(AREAS, figures, CaseIndicator.REPORTED)).extracting(Ranking.Row::code).startsWith("a", "b");
    }
}
