package cn.taizhang.figures;

/**
 * One figure of a module's catalogue over that module's counts {@code C}: a count (reported, 组次, …) or a rate
 * (a numerator over a denominator of the counts: 结案率, 整改率, …), with its key in the API, its Chinese label and
 * the direction in which it is good news. The statistics, dashboards, rankings, evaluations, briefings and notices
 * read a figure only through its indicator, so its formula is written once.
 */
public interface Indicator<C> {

    /** The JSON name, as in {@code rates.closureRate} or {@code ?by=closureRate}. */
    String key();

    String label();

    Direction direction();

    boolean rate();

    /** The count itself, or the rate's numerator. */
    long numerator(C counts);

    /** The rate's denominator; 1 for a count. */
    long denominator(C counts);

    /** The figure: a count, or the rate in [0, 1] rounded to 4 decimals (null when there is nothing to divide by). */
    default Double value(C counts) {
        return rate() ? Rate.of(numerator(counts), denominator(counts)) : Double.valueOf(numerator(counts));
    }

    /** As a person reads it: the count's digits, or the rate as {@link Percent} writes it from the exact counts. */
    default String display(C counts) {
        return rate() ? Percent.of(numerator(counts), denominator(counts)) : Long.toString(numerator(counts));
    }
}
