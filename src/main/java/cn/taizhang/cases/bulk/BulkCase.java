package cn.taizhang.cases.bulk;

import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case to be written in bulk: as it was reported ({@code id} and {@code number} from {@link CaseBulkWriter#ids} and
 * {@link CaseBulkWriter#reserveNumbers}), as it stands now ({@code last}, played by the lifecycle's rules), the
 * transitions that followed the report (the report itself is the timeline's first event), its 挂牌督办 and its 治理方案, and
 * the registry record it is about ({@code subjectKind} and {@code subjectId}, null for none).
 */
public record BulkCase(long id, String number, String type, String severity, String sector, String gridCode, String address,
        Double lat, Double lng, String source, long reporterId, String reporterRole, Long suggestedUnitId, String description,
        OffsetDateTime reportedAt, Case last, List<Step> steps, List<Supervision> supervisions, Plan plan, String subjectKind,
        Long subjectId) {

    /** One transition of the timeline; {@code actorId} null for the system (escalation). */
    public record Step(OffsetDateTime at, Long actorId, String role, CaseEvent event) {
    }

    /** The 治理方案 its unit wrote before handling it (null: none). */
    public record Plan(OffsetDateTime at, long by, String responsibility, String measures, BigDecimal funds, LocalDate deadline,
            String contingency) {
    }

    public record Supervision(OffsetDateTime at, String documentNumber, String unit, OffsetDateTime deadline, OffsetDateTime caseDeadline,
            boolean automatic, Long by) {
    }

    OffsetDateTime updatedAt() {
        return steps.isEmpty() ? reportedAt : steps.get(steps.size() - 1).at();
    }
}
