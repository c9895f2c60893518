package cn.taizhang.figures;

/**
 * One figure's value: the count, or the rate in [0, 1] (null: nothing to divide by), and how a person reads it
 * ({@code display}: "12", "96.3%", "—"), written by {@link Indicator#display}.
 */
public record FigureValue(String key, String label, boolean rate, int better, Double value, String display) {

    /** The value of {@code indicator} for {@code counts}. */
    public static <C> FigureValue of(Indicator<C> indicator, C counts) {
        return new FigureValue(indicator.key(), indicator.label(), indicator.rate(), indicator.direction().sign(), indicator.value(counts),
                indicator.display(counts));
    }
}
