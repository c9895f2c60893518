package cn.taizhang.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Takes a past year of actions (the demo's) through the same rules as an officer's request: the checks, the coercive
 * measures set and lifted, the re-inspections' verdicts, the candidates raised and acted on — then runs the scan as of
 * now, so the candidates time raises stand beside them.
 */
@Service
public class EnforcementHistory {

    /** A 违法行为 of a past penalty. */
    public record PastViolation(String description, String basis, boolean majorHazard) {
    }

    /**
     * A past action by an officer; {@code target} is the index in the list of the order or suspension it re-inspects or
     * restarts, {@code restartRequested} the day a suspension's enterprise asked to restart (null: never).
     */
    public record PastAction(long officerId, String jurisdictionCode, long departmentId, long enterpriseId, String kind, LocalDate date,
            String documentNumber, List<PastViolation> violations, BigDecimal fine, String otherPenalties, LocalDate deadline, List<Long> caseIds,
            Integer target, Boolean passed, LocalDate restartRequested) {
    }

    private final Enforcements enforcements;
    private final ActionRepository actions;
    private final CandidateScan scan;

    EnforcementHistory(Enforcements enforcements, ActionRepository actions, CandidateScan scan) {
        this.enforcements = enforcements;
        this.actions = actions;
        this.scan = scan;
    }

    /** Takes the actions in order (each after the ones it refers to); answers how many candidates stand open after. */
    public long takeAll(List<PastAction> past) {
        List<Long> ids = new ArrayList<>();
        for (PastAction p : past) {
            ActionKind kind = ActionKind.of(p.kind()).orElseThrow();
            NewAction action = new NewAction(null, p.enterpriseId(), kind, p.date(), p.documentNumber(),
                    p.violations().stream().map(v -> new NewAction.Violation(v.description(), v.basis(), v.majorHazard())).toList(), p.fine(),
                    p.otherPenalties(), p.deadline(), p.caseIds(), null, p.target() == null ? null : ids.get(p.target()), p.passed(), null);
            long id = enforcements.take(new Enforcements.Officer(p.officerId(), p.jurisdictionCode(), p.departmentId()), action, "demo").action().id();
            ids.add(id);
            if (p.restartRequested() != null) {
                actions.setRestartRequested(id, p.restartRequested());
                actions.event(id, p.officerId(), "企业申请复产复工", "申请日期 " + p.restartRequested());
            }
        }
        scan.scan(OffsetDateTime.now());
        return actions.openCandidates();
    }
}
