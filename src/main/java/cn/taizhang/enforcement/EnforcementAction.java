package cn.taizhang.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An enforcement action as the API answers it and the pages show it. */
public record EnforcementAction(long id, String kind, String kindLabel, Long enterpriseId, String subjectName, String areaCode,
        Named department, Named officer, LocalDate date, String documentNumber, BigDecimal fine, String otherPenalties, LocalDate deadline,
        Long targetId, Boolean passed, Long inspectionId, String note, String state, String stateLabel, LocalDate restartRequested,
        List<Violation> violations, List<LinkedCase> cases, List<Related> related, List<Event> history, List<Document> documents,
        OffsetDateTime createdAt) {

    public record Named(long id, String name) {
    }

    public record Violation(String description, String basis, boolean majorHazard) {
    }

    public record LinkedCase(long id, String number) {
    }

    /** An action taken about this one (its re-inspections, its restart). */
    public record Related(long id, String kindLabel, LocalDate date, String stateLabel) {
    }

    public record Event(OffsetDateTime at, String actorName, String what, String note) {
    }

    public record Document(long id, String title, String url, OffsetDateTime uploadedAt) {
    }
}
