package cn.taizhang.inspection.lists;

import java.time.LocalDate;

/** A measure as a writer sends it, checked. {@code status} is planned or in_progress: a measure is done only by completing it. */
record NewMeasure(String areaCode, String title, MeasureKind kind, long ownerDepartmentId, Long campaignId, LocalDate dueDate,
        MeasureStatus status, String notes) {
}
