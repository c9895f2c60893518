package cn.taizhang.support;

import cn.taizhang.figures.Direction;
import cn.taizhang.figures.EvaluationContributor;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Indicator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A module that is not built yet, as the suite's application has it: it offers one rate to the evaluation through the
 * seam the coming ledgers will use. It has a value only for the units a test {@link #give}s one (none by default, and
 * its weight is 0 until a test sets one), so the other tests see the product as it is; it keeps the last request.
 */
public class SampleContributor implements EvaluationContributor {

    /** 测试指标: a share in [0, 1], higher is better, whose value a test sets per unit. */
    public static final Indicator<Double> RATE = new Indicator<>() {
        @Override
        public String key() {
            return "sampleRate";
        }

        @Override
        public String label() {
            return "测试指标";
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public boolean rate() {
            return true;
        }

        @Override
        public long numerator(Double share) {
            return Math.round(share * 1000);
        }

        @Override
        public long denominator(Double share) {
            return 1000;
        }
    };

    private final Map<String, Double> given = new ConcurrentHashMap<>();
    private final AtomicReference<EvaluationRequest> last = new AtomicReference<>();

    @Override
    public List<? extends Indicator<?>> indicators() {
        return List.of(RATE);
    }

    @Override
    public Map<String, List<FigureValue>> values(EvaluationRequest request) {
        last.set(request);
        Map<String, List<FigureValue>> values = new HashMap<>();
        request.keys().stream().filter(given::containsKey).forEach(k -> values.put(k, List.of(FigureValue.of(RATE, given.get(k)))));
        return values;
    }

    /** The value of the rate for these units (by the key the evaluation asks with) until {@link #clear()}. */
    public void give(Map<String, Double> values) {
        given.putAll(values);
    }

    public void clear() {
        given.clear();
    }

    public EvaluationRequest lastRequest() {
        return last.get();
    }
}
