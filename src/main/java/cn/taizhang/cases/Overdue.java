package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseState;
import java.time.OffsetDateTime;

/**
 * Overdue (超期): a unit holds the case (dispatched) and its deadline has passed. The one definition, in Java for a case
 * at hand and as an SQL condition for the lists, the tallies' sweep and the raw recount, which must agree with it.
 */
public final class Overdue {

    private Overdue() {
    }

    public static boolean at(Case c, OffsetDateTime now) {
        return at(c.state(), c.deadline(), now);
    }

    /** For a case known only by its state and deadline, as a recount from the events knows it. */
    public static boolean at(CaseState state, OffsetDateTime deadline, OffsetDateTime now) {
        return state == CaseState.DISPATCHED && deadline != null && now.isAfter(deadline);
    }

    /**
     * The condition over a case row's state and deadline, compared with the database's {@code now()}; {@code prefix} is
     * the row's alias and a dot ({@code "c."}), empty for none, or {@code ":"} for the named parameters {@code :state}
     * and {@code :deadline} of a row being written.
     */
    public static String sql(String prefix) {
        return "(" + prefix + "state = 'dispatched' AND " + prefix + "deadline < now())";
    }
}
