package cn.taizhang.service;

import cn.taizhang.cases.CaseDigests;
import cn.taizhang.cases.CaseStateChanged;
import cn.taizhang.platform.Scope;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "协调解决, with the enterprise told of the outcome": as a visit's problem's case closes — in the transaction that closes it
 * — the handling note the unit reported is kept beside the problem as what the enterprise was told, with the time; a case
 * opened again is unsolved again. The figures then count solved problems over this module's own tables.
 */
@Component
class VisitOutcomes {

    private final VisitRepository visits;
    private final CaseDigests digests;

    VisitOutcomes(VisitRepository visits, CaseDigests digests) {
        this.visits = visits;
        this.digests = digests;
    }

    @EventListener
    void on(CaseStateChanged change) {
        if (!change.closingChanged() || !visits.isProblem(change.caseId())) { // most cases are no visit's: one key look-up
            return;
        }
        if (!change.closed()) {
            visits.markOutcome(change.caseId(), false, null, null);
            return;
        }
        List<CaseDigests.CaseDigest> closed = digests.of(List.of(change.caseId()), Scope.area(""));
        String note = closed.isEmpty() || closed.get(0).lastNote() == null ? "已协调解决" : closed.get(0).lastNote();
        OffsetDateTime at = closed.isEmpty() || closed.get(0).closedAt() == null ? OffsetDateTime.now() : closed.get(0).closedAt();
        visits.markOutcome(change.caseId(), true, note, at);
    }
}
