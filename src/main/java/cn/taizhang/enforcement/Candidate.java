package cn.taizhang.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A candidate for enforcement as the list answers it: why ({@code reason}), since when, the evidence (a case, an action)
 * and whether it is still open, was acted on (by which action) or dismissed (with the reason).
 */
public record Candidate(long id, String rule, String ruleLabel, Long enterpriseId, String enterpriseName, Long caseId, String caseNumber,
        Long actionId, String areaCode, String reason, LocalDate since, String state, String stateLabel, Long actedBy, String dismissedReason,
        OffsetDateTime closedAt) {

    static String stateLabel(String state) {
        switch (state) {
            case "open":
                return "待处置";
            case "acted":
                return "已处置";
            default:
                return "已排除";
        }
    }
}
