package cn.taizhang.cases.history;

import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseEvent;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report played through to "now": the case as it stands, the transitions that followed the report
 * (the report itself is the timeline's first event) and its 挂牌督办.
 */
record Played(Report report, OffsetDateTime reportedAt, Case last, List<Step> steps, List<Supervision> supervisions) {

    /** One transition of the timeline; {@code actorId} null for the system (escalation). */
    record Step(OffsetDateTime at, Long actorId, String role, CaseEvent event) {
    }

    record Supervision(OffsetDateTime at, String documentNumber, String unit, OffsetDateTime deadline, OffsetDateTime caseDeadline,
            boolean automatic, Long by) {
    }

    OffsetDateTime updatedAt() {
        return steps.isEmpty() ? reportedAt : steps.get(steps.size() - 1).at();
    }
}
