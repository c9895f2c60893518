package cn.taizhang.figures;

import java.util.function.ToLongFunction;

/**
 * A figure that is a rate of two counts read from a module's counts {@code C} (隐患整改率 = 已整改 / 排查隐患 …): the
 * counterpart of {@link Count} for a module whose cards include a share.
 */
public record Ratio<C>(String key, String label, Direction direction, ToLongFunction<C> numerator, ToLongFunction<C> denominator)
        implements Indicator<C> {

    @Override
    public boolean rate() {
        return true;
    }

    @Override
    public long numerator(C counts) {
        return numerator.applyAsLong(counts);
    }

    @Override
    public long denominator(C counts) {
        return denominator.applyAsLong(counts);
    }
}
