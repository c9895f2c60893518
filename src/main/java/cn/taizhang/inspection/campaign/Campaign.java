package cn.taizhang.inspection.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A campaign (专项整治) as the API answers it and the pages show it: its period ({@code from} to {@code to}, both days
 * included), its area (the city, a 镇街 or a 村社区) and lead department with their names, its stage, the sector codes it
 * covers with their names (none: every sector), and the measures it asks for.
 */
public record Campaign(long id, String name, LocalDate from, LocalDate to, String areaCode, String areaName, CampaignStage stage,
        List<String> sectors, Long leadDepartmentId, String leadDepartmentName, List<String> measures, int version,
        List<String> sectorNames, String notes, OffsetDateTime createdAt, String createdByName, OffsetDateTime updatedAt,
        String updatedByName) {

    @JsonProperty("stageLabel")
    public String stageLabel() {
        return stage.label();
    }

    /** True if {@code day} lies within the period. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** True if the campaign covers {@code sectorCode}: it names it, or names no sector at all. */
    public boolean covers(String sectorCode) {
        return sectors.isEmpty() || sectors.contains(sectorCode);
    }
}
