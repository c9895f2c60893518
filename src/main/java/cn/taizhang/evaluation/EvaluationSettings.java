package cn.taizhang.evaluation;

import cn.taizhang.cases.CaseIndicator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one kind of object is evaluated: a weight (0–100, relative) per indicator, the minimum sample (应结案数)
 * before a unit is ranked, and the share of the 观摩 mean in the score.
 */
record EvaluationSettings(ObjectKind kind, Map<CaseIndicator, BigDecimal> weights, int minimumSample, BigDecimal observationWeight,
        int version) {

    /** The weights by indicator key, in indicator order, as the API shows them. */
    Map<String, BigDecimal> weightsByKey() {
        Map<String, BigDecimal> byKey = new LinkedHashMap<>();
        weights.forEach((indicator, weight) -> byKey.put(indicator.key(), weight));
        return byKey;
    }
}
