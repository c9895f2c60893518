package cn.taizhang.evaluation;

import cn.taizhang.figures.FigureValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The composite score (综合得分) of an evaluated unit, 0–100 with one decimal. Plain Java.
 *
 * <p>Indicator score = 100 × Σ wᵢ·vᵢ / Σ wᵢ over the indicators that have a value (a null rate — nothing to
 * divide by — drops out and the other weights are renormalised), where vᵢ is the rate, or 1 − rate for an
 * indicator where lower is better. With 观摩 scores in the period, score = (1 − w) × indicator score + w × 观摩
 * mean, computed from the two figures as shown (one decimal each), so a reader can redo the sum.
 */
final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** The indicator score of a unit's rates (weights by indicator key), or null when no weighted indicator has a value. */
    static BigDecimal indicatorScore(List<FigureValue> rates, Map<String, BigDecimal> weights) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (FigureValue rate : rates) {
            BigDecimal weight = weights.getOrDefault(rate.key(), BigDecimal.ZERO);
            if (rate.value() == null || weight.signum() <= 0) {
                continue;
            }
            BigDecimal value = BigDecimal.valueOf(rate.value());
            weighted = weighted.add(weight.multiply(rate.better() < 0 ? BigDecimal.ONE.subtract(value) : value));
            total = total.add(weight);
        }
        if (total.signum() == 0) {
            return null;
        }
        return oneDecimal(weighted.multiply(HUNDRED).divide(total, 10, RoundingMode.HALF_UP));
    }

    /**
     * The final score: the indicator score blended with the 观摩 mean at {@code observationWeight} in [0, 1];
     * the indicator score alone without 观摩 scores; null without an indicator score (nothing to rank on).
     */
    static BigDecimal blend(BigDecimal indicatorScore, BigDecimal observationMean, BigDecimal observationWeight) {
        if (indicatorScore == null || observationMean == null || observationWeight.signum() == 0) {
            return indicatorScore;
        }
        return oneDecimal(BigDecimal.ONE.subtract(observationWeight).multiply(indicatorScore)
                .add(observationWeight.multiply(observationMean)));
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
