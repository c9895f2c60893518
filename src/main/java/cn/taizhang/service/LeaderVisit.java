package cn.taizhang.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A visit as the API answers it and its page shows it: what was visited, who went, where its problems were coordinated to,
 * and each problem with its case as it stands and the outcome the enterprise was told once it closed.
 */
public record LeaderVisit(long id, LocalDate date, String subjectKind, long subjectId, String subjectName, String subjectPath,
        String areaCode, String notes, List<Leader> leaders, Long unitId, String unitName, String recordedBy, OffsetDateTime createdAt,
        List<Problem> problems) {

    public record Leader(long id, String name) {
    }

    /** {@code solved}: its case is closed (协调解决); {@code outcome}: what the unit reported and the enterprise was told. */
    public record Problem(long caseId, String number, String description, boolean hard, String category, String state, String stateName,
            String unitName, OffsetDateTime deadline, boolean overdue, boolean solved, String outcome, OffsetDateTime outcomeAt) {
    }

    public long hardCount() {
        return problems.stream().filter(Problem::hard).count();
    }

    public long solvedCount() {
        return problems.stream().filter(Problem::solved).count();
    }
}
