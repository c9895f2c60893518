package cn.taizhang.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enforcement action as asked for, its fields' shapes checked ({@link ActionForm}), nothing looked up yet. */
record NewAction(UUID clientId, Long enterpriseId, ActionKind kind, LocalDate date, String documentNumber, List<Violation> violations,
        BigDecimal fine, String otherPenalties, LocalDate deadline, List<Long> caseIds, Long inspectionId, Long targetId, Boolean passed,
        String note) {

    /** A 违法行为 the penalty punishes: what, on which legal basis, and whether it concerns a 重大事故隐患 (null: not said). */
    record Violation(String description, String basis, Boolean majorHazard) {
    }
}
