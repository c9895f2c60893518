package cn.taizhang.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How one kind of object is evaluated: a weight (0–100, relative) per indicator key, in the catalogue's order, the
 * minimum sample (应结案数) before a unit is ranked, and the share of the 观摩 mean in the score.
 */
record EvaluationSettings(ObjectKind kind, Map<String, BigDecimal> weights, int minimumSample, BigDecimal observationWeight,
        int version) {
}
