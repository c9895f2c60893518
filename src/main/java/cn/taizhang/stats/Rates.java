package cn.taizhang.stats;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rates of {@link CaseIndicator} for some counts, as the API carries them: {@code {"closureRate": 0.9631, …}}, each in
 * [0, 1] with 4 decimals, or null when its denominator is 0.
 */
public final class Rates {

    private final Map<String, Double> byKey;

    private Rates(Map<String, Double> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    public static Rates of(Counts counts) {
        Map<String, Double> byKey = new LinkedHashMap<>();
        CaseIndicator.RATES.forEach(i -> byKey.put(i.key(), i.value(counts)));
        return new Rates(byKey);
    }

    /** Every rate by its key as a person reads it ("96.3%", "—"), written from the exact counts by {@link CaseIndicator#display}. */
    public static Map<String, String> written(Counts counts) {
        Map<String, String> byKey = new LinkedHashMap<>();
        CaseIndicator.RATES.forEach(i -> byKey.put(i.key(), i.display(counts)));
        return byKey;
    }

    public Double get(CaseIndicator rate) {
        return byKey.get(rate.key());
    }

    /** Every rate by its key, in catalogue order. */
    @JsonValue
    public Map<String, Double> asMap() {
        return byKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rates r && r.byKey.equals(byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return byKey.toString();
    }
}
