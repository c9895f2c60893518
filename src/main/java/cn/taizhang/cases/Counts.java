package cn.taizhang.cases;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many of the selected cases (those reported in a period) are in each situation now. A case is
 * counted in every row that applies to it, so the rows overlap; their precise meaning is in the README
 * ("Statistics") and in {@link CaseIndicator}, which turns them into rates.
 */
public record Counts(long reported, long registered, long rejected, long dispatched, long returned, long handled,
        long closed, long closedOnTime, long open, long overdue, long reworked, long extended, long deferred,
        long supervised) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Every count by its name, in the order of the record (as the API writes them). */
    public Map<String, Long> asMap() {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (RecordComponent c : Counts.class.getRecordComponents()) {
            try {
                byName.put(c.getName(), (Long) c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return byName;
    }

    /** The counts of two disjoint selections together. */
    public Counts plus(Counts o) {
        return new Counts(reported + o.reported, registered + o.registered, rejected + o.rejected,
                dispatched + o.dispatched, returned + o.returned, handled + o.handled, closed + o.closed,
                closedOnTime + o.closedOnTime, open + o.open, overdue + o.overdue, reworked + o.reworked,
                extended + o.extended, deferred + o.deferred, supervised + o.supervised);
    }
}
