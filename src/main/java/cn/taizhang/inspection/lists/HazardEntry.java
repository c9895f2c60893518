package cn.taizhang.inspection.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of the 问题隐患清单: the hazard as the visit found it and its case as it stands now. {@code subjectKind} is
 * enterprise or place; {@code rectified}: the case is closed (已结案); {@code link}: the case's page.
 */
public record HazardEntry(long caseId, String number, String link, LocalDate day, String group, Long campaignId, String campaignName,
        String subjectKind, long subjectId, String subjectName, String areaCode, String sector, String sectorName, String itemCode,
        String description, boolean major, String state, String stateName, boolean rectified, Long unitId, String unitName,
        OffsetDateTime deadline, boolean overdue, OffsetDateTime closedAt, int evidenceCount, String lastNote) {
}
