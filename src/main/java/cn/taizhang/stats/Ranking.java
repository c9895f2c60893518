package cn.taizhang.stats;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Child areas ranked by one {@link CaseIndicator}: best first (highest, or lowest where lower is good news), equal
 * values sharing a rank (1, 1, 3), then by code. An area whose rate has nothing to divide by (no case
 * dispatched) is listed after the others without a rank. Plain Java, free of Spring.
 */
final class Ranking {

    record Row(Integer rank, String code, String name, String value, Counts counts) {
    }

    private Ranking() {
    }

    /** {@code areas}: code → name of the areas to rank; {@code figures}: their counts (absent: none). */
    static List<Row> of(Map<String, String> areas, Map<String, Counts> figures, CaseIndicator by) {
        Comparator<Double> best = by.direction() == Direction.LOWER_IS_BETTER ? Comparator.naturalOrder() : Comparator.reverseOrder();
        record Entry(String code, Counts counts, Double value) {
        }
        List<Entry> entries = new ArrayList<>();
        areas.keySet().forEach(code -> {
            Counts c = figures.getOrDefault(code, Counts.ZERO);
            entries.add(new Entry(code, c, by.value(c)));
        });
        entries.sort(Comparator.comparing(Entry::value, Comparator.nullsLast(best)).thenComparing(Entry::code));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Integer rank = e.value() == null ? null
                    : i > 0 && e.value().equals(entries.get(i - 1).value()) ? rows.get(i - 1).rank() : i + 1;
            rows.add(new Row(rank, e.code(), areas.get(e.code()), by.display(e.counts()), e.counts()));
        }
        return rows;
    }
}
