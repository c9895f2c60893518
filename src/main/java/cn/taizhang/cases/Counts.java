package cn.taizhang.cases;

/**
 * How many of the selected cases (those reported in a period) are in each situation now. A case is
 * counted in every row that applies to it, so the rows overlap; their precise meaning is in the README
 * ("Statistics") and in {@code cn.taizhang.stats.Indicators}, which turns them into rates.
 */
public record Counts(long reported, long registered, long rejected, long dispatched, long returned, long handled,
        long closed, long closedOnTime, long open, long overdue, long reworked, long extended, long deferred,
        long supervised) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of two disjoint selections together. */
    public Counts plus(Counts o) {
        return new Counts(reported + o.reported, registered + o.registered, rejected + o.rejected,
                dispatched + o.dispatched, returned + o.returned, handled + o.handled, closed + o.closed,
                closedOnTime + o.closedOnTime, open + o.open, overdue + o.overdue, reworked + o.reworked,
                extended + o.extended, deferred + o.deferred, supervised + o.supervised);
    }
}
