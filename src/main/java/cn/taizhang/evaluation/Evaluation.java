package cn.taizhang.evaluation;

import cn.taizhang.cases.Counts;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Percent;
import cn.taizhang.stats.Rates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A ranking of one kind of object over a period within the caller's jurisdiction ({@code area}), with the
 * settings it used (the weights by indicator key, and the {@code indicators} themselves in the catalogue's order), the
 * ranked units, those listed apart (below the minimum sample) and the units' case figures summed.
 */
record Evaluation(String object, String objectLabel, String area, String areaName, Period period, Map<String, BigDecimal> weights,
        List<Weighed> indicators, int minimumSample, BigDecimal observationWeight, List<Row> ranked, List<Row> unranked, Totals total) {

    /** One indicator of the catalogue as this ranking weighed it: {@code better} +1 (higher is better) or −1. */
    record Weighed(String key, String label, int better, BigDecimal weight) {
    }

    /**
     * One unit: rank and grade when ranked, reason when not; the score (null without indicators), its two parts and
     * the figures behind them — its case counts and rates, and the value of every indicator of the catalogue.
     */
    record Row(Integer rank, String key, String name, BigDecimal score, Grade grade, BigDecimal indicatorScore,
            BigDecimal observationScore, int observationVisits, Counts counts, Rates rates, List<FigureValue> figures, String reason) {

        /** One of the indicators (by its key) as a person reads it, for pages, sheets and notices. */
        public String percent(String indicator) {
            return figures.stream().filter(f -> f.key().equals(indicator)).findFirst().map(FigureValue::display).orElse(Percent.NONE);
        }

        Row placed(int rank, Grade grade) {
            return new Row(rank, key, name, score, grade, indicatorScore, observationScore, observationVisits, counts, rates, figures, null);
        }

        Row apart(String reason) {
            return new Row(null, key, name, score, null, indicatorScore, observationScore, observationVisits, counts, rates, figures, reason);
        }
    }

    record Totals(int units, Counts counts, Rates rates) {
    }

    /** The indicators that count in this ranking (weight above 0), in order. */
    public List<Weighed> weighed() {
        return indicators.stream().filter(i -> i.weight().signum() > 0).toList();
    }
}
