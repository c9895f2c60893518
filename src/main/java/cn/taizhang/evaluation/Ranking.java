package cn.taizhang.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units by score, highest first; equal scores share a rank and the next rank skips (1, 1, 3). A unit
 * whose sample (应结案数) is below the minimum is listed apart and never ranked, so that one fast case cannot
 * top the list; so is a unit without a score. Plain Java.
 */
final class Ranking {

    /** A unit to rank: its key, its sample size and its score (null if none could be computed). */
    record Entry(String key, long sample, BigDecimal score) {
    }

    record Placed(int rank, Entry entry) {
    }

    record Left(Entry entry, String reason) {
    }

    record Result(List<Placed> ranked, List<Left> unranked) {
    }

    private Ranking() {
    }

    static Result rank(List<Entry> entries, int minimumSample) {
        List<Entry> eligible = new ArrayList<>();
        List<Left> unranked = new ArrayList<>();
        entries.stream().sorted(Comparator.comparingLong(Entry::sample).reversed().thenComparing(Entry::key)).forEach(e -> {
            if (e.sample() < minimumSample) {
                unranked.add(new Left(e, "应结案数 " + e.sample() + " 件，少于最低样本量 " + minimumSample + " 件"));
            } else if (e.score() == null) {
                unranked.add(new Left(e, "没有可计算的考评指标"));
            } else {
                eligible.add(e);
            }
        });
        eligible.sort(Comparator.comparing(Entry::score).reversed().thenComparing(Entry::key));
        List<Placed> ranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            boolean tie = i > 0 && eligible.get(i).score().compareTo(eligible.get(i - 1).score()) == 0;
            ranked.add(new Placed(tie ? ranked.get(i - 1).rank() : i + 1, eligible.get(i)));
        }
        return new Result(ranked, unranked);
    }
}
