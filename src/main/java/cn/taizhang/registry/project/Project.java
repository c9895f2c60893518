package cn.taizhang.registry.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A project as the API answers it and the pages show it: its kind and status with their Chinese names, its area (a
 * 镇街, 村社区 or grid) and 镇街 with their names. Length in metres, area in square metres, investment in 万元.
 */
public record Project(long id, String kind, String kindName, String name, String areaCode, String areaName, String areaLevel,
        String townCode, String townName, int year, String status, String statusLabel, Integer households, Integer beneficiaries,
        BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, String notes, int version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public ProjectStatus state() {
        return ProjectStatus.valueOf(status.toUpperCase());
    }
}
