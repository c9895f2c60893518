package cn.taizhang.inspection.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A measure of the 制度措施清单 as the API shows it. {@code overdue}: not done after its due date (Beijing date);
 * {@code statusName} says 已逾期 for an overdue one. Its evidence is the text {@code evidenceNote} written when completed.
 */
public record Measure(long id, String areaCode, String areaName, String title, MeasureKind kind, String kindName, long ownerDepartmentId,
        String ownerDepartmentName, Long campaignId, String campaignName, LocalDate dueDate, MeasureStatus status, String statusName,
        boolean overdue, OffsetDateTime doneAt, String evidenceNote, String notes, long createdBy, String createdByName, int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
