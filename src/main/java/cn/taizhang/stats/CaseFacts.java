package cn.taizhang.stats;

import cn.taizhang.cases.CaseEvents;
import cn.taizhang.cases.Counts;
import cn.taizhang.cases.Overdue;
import cn.taizhang.cases.lifecycle.CaseState;
import java.time.OffsetDateTime;

/**
 * What one case's events say about it, as the {@link Counts} of that single case (each 0 or 1): its events
 * replayed in order, the deadline in force followed through dispatches, extensions, resumptions, returns and
 * reopenings. Plain Java; the independent check of what the statistics count from the current case rows.
 */
final class CaseFacts {

    private CaseFacts() {
    }

    /** The case's counts, with "overdue" judged at {@code now}. */
    static Counts of(CaseEvents.Timeline timeline, OffsetDateTime now) {
        CaseState state = null;
        boolean dispatched = false, returned = false, reworked = false, extended = false, supervised = false;
        OffsetDateTime deadline = null;
        OffsetDateTime closedAt = null;
        for (CaseEvents.Event e : timeline.events()) {
            state = e.to();
            if (e.action().isEmpty()) {
                continue; // the report: reported, nothing more to note
            }
            switch (e.action().get()) {
                case DISPATCH -> {
                    dispatched = true;
                    deadline = time(e, "deadline");
                }
                case RETURN -> {
                    returned = true;
                    deadline = null;
                }
                case REOPEN -> {
                    deadline = null;
                    closedAt = null;
                }
                case APPROVE_EXTENSION -> {
                    extended = true;
                    deadline = time(e, "to");
                }
                case RESUME -> deadline = time(e, "deadline");
                case VERIFY -> reworked |= e.to() == CaseState.DISPATCHED;
                case SUPERVISE -> supervised = true;
                default -> { }
            }
            if (e.enters(CaseState.CLOSED)) {
                closedAt = e.at();
            }
        }
        boolean closed = state == CaseState.CLOSED;
        return new Counts(1, one(state != CaseState.REPORTED && state != CaseState.REJECTED), one(state == CaseState.REJECTED),
                one(dispatched), one(returned), one(closed || state == CaseState.HANDLED), one(closed),
                one(closed && deadline != null && !closedAt.isAfter(deadline)), one(state.open()), one(Overdue.at(state, deadline, now)),
                one(reworked), one(extended), one(state == CaseState.DEFERRED), one(supervised));
    }

    private static OffsetDateTime time(CaseEvents.Event e, String field) {
        return e.field(field).map(OffsetDateTime::parse).orElse(null);
    }

    private static long one(boolean fact) {
        return fact ? 1 : 0;
    }
}
