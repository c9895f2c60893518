package cn.taizhang.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A visit as the form or the API sends it, its shape checked: exactly one of enterprise and project. */
record NewVisit(UUID clientId, LocalDate date, List<Long> leaderIds, Long enterpriseId, Long projectId, String notes,
        List<NewProblem> problems) {

    /** A difficulty or problem the enterprise raised; {@code hard}: a 疑难问题. */
    record NewProblem(String description, boolean hard, String category) {
    }

    String subjectKind() {
        return enterpriseId != null ? "enterprise" : "project";
    }

    long subjectId() {
        return enterpriseId != null ? enterpriseId : projectId;
    }
}
