package cn.taizhang.registry.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An enterprise as the API answers it and the pages show it: codes with their Chinese labels, names looked up for the
 * grid, 镇街, zone, sectors and 包保 leader.
 */
public record Enterprise(long id, String uscc, String name, String legalRepresentative, String address, String gridCode,
        String gridName, String townCode, String townName, String zone, String zoneName, Location location, List<Named> sectors,
        Integer employees, boolean nonPublic, String riskLevel, String riskLevelLabel, String status, String statusLabel, LocalDate statusSince,
        String statusReason, Union union, Leader leader, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        Coerced coerced) {

    /** The coercive measure it is under now (停产停业整顿, 关闭, 取缔), set by enforcement; null when none. */
    public record Coerced(String code, String label, LocalDate since) {
    }

    public record Location(double lat, double lng) {
    }

    public record Named(String code, String name) {
    }

    public record Union(boolean founded, Integer members, String engagement, String engagementLabel) {
    }

    public record Leader(long id, String name) {
    }

    /** The sectors' names joined: "危险化学品、消防". */
    public String sectorNames() {
        return String.join("、", sectors.stream().map(Named::name).toList());
    }

    public RiskLevel risk() {
        return RiskLevel.valueOf(riskLevel.toUpperCase());
    }
}
