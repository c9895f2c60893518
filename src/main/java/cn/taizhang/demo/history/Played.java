package cn.taizhang.demo.history;

import cn.taizhang.cases.bulk.BulkCase;
import cn.taizhang.cases.lifecycle.Case;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report played through to "now": the case as it stands, the transitions that followed the report
 * (the report itself is the timeline's first event) and its 挂牌督办.
 */
record Played(Report report, OffsetDateTime reportedAt, Case last, List<BulkCase.Step> steps, List<BulkCase.Supervision> supervisions) {

    /** As the cases module writes it in bulk. */
    BulkCase toBulk() {
        Report r = report;
        return new BulkCase(r.id(), r.number(), r.type().code(), r.severity().code(), r.sector(), r.spot().gridCode(),
                r.address(), r.spot().lat(), r.spot().lng(), r.source(), r.reporter().id(), r.reporter().reportingRole(),
                r.suggestedUnitId(), r.description(), reportedAt, last, steps, supervisions);
    }
}
