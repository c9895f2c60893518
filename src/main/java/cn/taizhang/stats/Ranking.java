package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Child areas ranked by one {@link Figure}: best first (highest, or lowest where lower is good news), equal
 * values sharing a rank (1, 1, 3), then by code. An area whose rate has nothing to divide by (no case
 * dispatched) is listed after the others without a rank. Plain Java, free of Spring.
 */
final class Ranking {

    record Row(Integer rank, String code, String name, String value, Counts counts) {
    }

    private Ranking() {
    }

    /** {@code areas}: code → name of the areas to rank; {@code figures}: their counts (absent: none). */
    static List<Row> of(Map<String, String> areas, Map<String, Counts> figures, Figure by) {
        Comparator<Double> best = by.better() < 0 ? Comparator.naturalOrder() : Comparator.reverseOrder();
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
            rows.add(new Row(rank, e.code(), areas.get(e.code()), display(by, e.value()), e.counts()));
        }
        return rows;
    }

    /** A rate as a percentage with one decimal ("96.3%"), a count as digits, nothing as "—". */
    static String display(Figure figure, Double value) {
        if (value == null) {
            return "—";
        }
        return figure.rate() ? BigDecimal.valueOf(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%"
                : String.valueOf(value.longValue());
    }
}
