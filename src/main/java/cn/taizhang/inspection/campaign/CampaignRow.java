package cn.taizhang.inspection.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A campaign as stored: codes and ids, without the names {@link CampaignViews} looks up. */
record CampaignRow(long id, String name, LocalDate from, LocalDate to, String areaCode, CampaignStage stage, List<String> sectors,
        Long leadDepartmentId, List<String> measures, String notes, int version, OffsetDateTime createdAt, String createdByName,
        OffsetDateTime updatedAt, String updatedByName) {
}
