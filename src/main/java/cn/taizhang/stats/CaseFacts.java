package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import cn.taizhang.cases.CaseEvents;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What one case's events say about it, as the {@link Counts} of that single case (each 0 or 1): its events
 * replayed in order, the deadline in force followed through dispatches, extensions, resumptions, returns and
 * reopenings. Plain Java; the independent check of what the statistics count from the current case rows.
 */
final class CaseFacts {

    private static final Set<String> NOT_REGISTERED = Set.of("reported", "rejected");

    private CaseFacts() {
    }

    /** The case's counts, with "overdue" judged at {@code now}. */
    static Counts of(CaseEvents.Timeline timeline, OffsetDateTime now) {
        String state = null;
        boolean dispatched = false, returned = false, reworked = false, extended = false, supervised = false;
        OffsetDateTime deadline = null;
        OffsetDateTime closedAt = null;
        for (CaseEvents.Event e : timeline.events()) {
            state = e.to();
            switch (e.action()) {
                case "dispatch" -> {
                    dispatched = true;
                    deadline = time(e, "deadline");
                }
                case "return" -> {
                    returned = true;
                    deadline = null;
                }
                case "reopen" -> {
                    deadline = null;
                    closedAt = null;
                }
                case "approve-extension" -> {
                    extended = true;
                    deadline = time(e, "to");
                }
                case "resume" -> deadline = time(e, "deadline");
                case "verify" -> reworked |= e.to().equals("dispatched");
                case "supervise" -> supervised = true;
                default -> { }
            }
            if (e.to().equals("closed") && !"closed".equals(e.from())) {
                closedAt = e.at();
            }
        }
        boolean closed = "closed".equals(state);
        return new Counts(1, one(!NOT_REGISTERED.contains(state)), one("rejected".equals(state)), one(dispatched), one(returned),
                one(closed || "handled".equals(state)), one(closed), one(closed && deadline != null && !closedAt.isAfter(deadline)),
                one(!closed && !"rejected".equals(state)), one("dispatched".equals(state) && deadline != null && deadline.isBefore(now)),
                one(reworked), one(extended), one("deferred".equals(state)), one(supervised));
    }

    private static OffsetDateTime time(CaseEvents.Event e, String field) {
        return e.field(field).map(OffsetDateTime::parse).orElse(null);
    }

    private static long one(boolean fact) {
        return fact ? 1 : 0;
    }
}
