package cn.taizhang.figures;

/** A rate as the API carries it: numerator / denominator in [0, 1], rounded to 4 decimals. */
public final class Rate {

    private Rate() {
    }

    /** Null when there is nothing to divide by; the numerator is held to [0, denominator]. */
    public static Double of(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        double r = Math.max(0, Math.min(numerator, denominator)) / (double) denominator;
        return Math.round(r * 10_000) / 10_000.0;
    }
}
