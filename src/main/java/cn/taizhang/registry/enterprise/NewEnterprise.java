package cn.taizhang.registry.enterprise;

import java.time.LocalDate;
import java.util.List;

/** An enterprise as checked by {@link EnterpriseForm}, ready to store: every code known, the grid inside the writer's reach. */
public record NewEnterprise(String uscc, String name, String legalRepresentative, String address, String gridCode, Double lat,
        Double lng, String zoneCode, List<String> sectors, boolean nonPublic, Integer employees, RiskLevel riskLevel, EnterpriseStatus status,
        LocalDate statusSince, String statusReason, boolean unionFounded, Integer unionMembers, UnionEngagement unionEngagement,
        Long leaderId) {

    public NewEnterprise {
        sectors = sectors.stream().sorted().distinct().toList(); // as stored, so that an unchanged import row compares equal
    }
}
