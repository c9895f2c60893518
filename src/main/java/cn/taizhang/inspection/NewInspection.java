package cn.taizhang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An outing as it arrives, checked for shape: one group, its inspectors, the visits it made and what each found. */
record NewInspection(UUID clientId, Long campaignId, LocalDate date, String group, List<Long> inspectorIds, List<NewVisit> visits) {

    /** A visit to an enterprise or a place (exactly one), walking a checklist, and re-inspecting handled hazards about it. */
    record NewVisit(Long enterpriseId, Long placeId, String checklist, List<Answer> answers, List<Finding> findings, List<Recheck> rechecks) {
    }

    /** 复查 of a handled hazard's case: rectified (整改到位) or not, and what was seen (required when not). */
    record Recheck(long caseId, boolean rectified, String note) {
    }

    /** An item's result; a failure says what was seen and may set the severity the item gives by default. */
    record Answer(String item, Result result, String note, HazardSeverity severity) {
    }

    /** Something wrong that no item names. */
    record Finding(String description, HazardSeverity severity) {
    }

    enum Result {
        PASS, FAIL, NA;

        static Result of(String id) {
            for (Result r : values()) {
                if (r.name().toLowerCase().equals(id)) {
                    return r;
                }
            }
            return null;
        }
    }
}
