package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.stats.Rates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A ranking of one kind of object over a period within the caller's jurisdiction ({@code area}), with the
 * settings it used, the ranked units, those listed apart (below the minimum sample) and the units' figures summed.
 */
record Evaluation(String object, String objectLabel, String area, String areaName, Period period, Map<String, BigDecimal> weights,
        int minimumSample, BigDecimal observationWeight, List<Row> ranked, List<Row> unranked, Totals total) {

    /**
     * One unit: rank and grade when ranked, reason when not; the score (null without indicators), its two parts and
     * the figures behind them.
     */
    record Row(Integer rank, String key, String name, BigDecimal score, Grade grade, BigDecimal indicatorScore,
            BigDecimal observationScore, int observationVisits, Counts counts, Rates rates, String reason) {

        /** One of the rates (by its key) as a percentage with one decimal, for pages and sheets. */
        public String percent(String indicator) {
            return CaseIndicator.rateByKey(indicator).orElseThrow().display(counts);
        }
    }

    record Totals(int units, Counts counts, Rates rates) {
    }
}
