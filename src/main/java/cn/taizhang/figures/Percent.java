package cn.taizhang.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way a share is written, on every page, sheet, briefing and notice: a percentage with one decimal,
 * rounded half up ("96.3%"), "—" when there is nothing to divide by. From the exact counts where they are at
 * hand (12745/13232 is "96.3%"), else from a rate as the API gives it (4 decimals).
 */
public final class Percent {

    public static final String NONE = "—";

    private Percent() {
    }

    /** numerator / denominator, the numerator held to [0, denominator]. */
    public static String of(long numerator, long denominator) {
        if (denominator <= 0) {
            return NONE;
        }
        long n = Math.max(0, Math.min(numerator, denominator));
        return write(BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 1,
                RoundingMode.HALF_UP));
    }

    /** A rate in [0, 1]; null is nothing to divide by. */
    public static String of(Double rate) {
        return rate == null ? NONE : write(BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP));
    }

    /** A share in [0, 1] given as a decimal (a weight of 0.3 is "30%"), without trailing zeros. */
    public static String ofShare(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String write(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }
}
