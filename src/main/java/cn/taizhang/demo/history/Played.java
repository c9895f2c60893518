package cn.taizhang.demo.history;

import cn.taizhang.cases.bulk.BulkCase;
import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.platform.BeijingTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A report played through to "now": the case as it stands, the transitions that followed the report
 * (the report itself is the timeline's first event), its 挂牌督办, and — for a severity that needs one, once handled —
 * the 治理方案 its unit wrote between being handed the case and handling it.
 */
record Played(Report report, OffsetDateTime reportedAt, Case last, List<BulkCase.Step> steps, List<BulkCase.Supervision> supervisions) {

    private static final String[] MEASURES = {"停用隐患部位，按标准整改到位，整改后组织复查", "更换失效设施设备，完善安全管理制度，开展全员培训",
            "清理违规堆放物品，恢复疏散通道和安全出口，设置警示标志"};

    /** As the cases module writes it in bulk. */
    BulkCase toBulk() {
        Report r = report;
        return new BulkCase(r.id(), r.number(), r.type().code(), r.severity().code(), r.sector(), r.spot().gridCode(),
                r.address(), r.spot().lat(), r.spot().lng(), r.source(), r.reporter().id(), r.reporter().reportingRole(),
                r.suggestedUnitId(), r.description(), reportedAt, last, steps, supervisions, plan().orElse(null),
                r.enterpriseId() == null ? null : "enterprise", r.enterpriseId());
    }

    private Optional<BulkCase.Plan> plan() {
        if (!report.severity().requiresPlan()) {
            return Optional.empty();
        }
        Optional<BulkCase.Step> handled = steps.stream().filter(s -> s.event().action() == Action.HANDLE).findFirst();
        if (handled.isEmpty() || handled.get().actorId() == null) {
            return Optional.empty();
        }
        // the dispatch that put the case in the handler's hands (an earlier one may have been returned)
        Optional<BulkCase.Step> dispatched = steps.stream().filter(s -> s.event().action() == Action.DISPATCH)
                .filter(s -> s.at().isBefore(handled.get().at())).reduce((a, b) -> b);
        if (dispatched.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime from = dispatched.get().at();
        OffsetDateTime at = from.plus(Duration.between(from, handled.get().at()).dividedBy(3));
        OffsetDateTime due = last.deadline() != null && last.deadline().isAfter(at) ? last.deadline() : handled.get().at().plusDays(7);
        long n = report.id();
        return Optional.of(new BulkCase.Plan(at, handled.get().actorId(), "隐患所在单位主要负责人为第一责任人，承办单位安全监管人员跟踪督促",
                MEASURES[(int) (n % MEASURES.length)], BigDecimal.valueOf(5 + n % 46, 1), due.atZoneSameInstant(BeijingTime.ZONE).toLocalDate(),
                "整改期间设置警戒区域，落实专人值守，制定应急处置措施"));
    }
}
