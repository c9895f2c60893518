package cn.taizhang.figures;

import java.util.function.ToLongFunction;

/**
 * A figure that is a count read from a module's counts {@code C} (在册企业, 重点人员脱管 …): for a module whose cards are
 * plain counts, so that it need not write an {@link Indicator} of its own for each.
 */
public record Count<C>(String key, String label, Direction direction, ToLongFunction<C> count) implements Indicator<C> {

    @Override
    public boolean rate() {
        return false;
    }

    @Override
    public long numerator(C counts) {
        return count.applyAsLong(counts);
    }

    @Override
    public long denominator(C counts) {
        return 1;
    }
}
