package cn.taizhang.registry.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An enterprise as stored. */
record EnterpriseRow(long id, String uscc, String name, String legalRepresentative, String address, String areaCode, String zoneCode,
        Double lat, Double lng, Integer employees, boolean nonPublic, RiskLevel riskLevel, EnterpriseStatus status, LocalDate statusSince,
        String statusReason, boolean unionFounded, Integer unionMembers, UnionEngagement unionEngagement, Long leaderId,
        List<String> sectors, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt, Coercion coercion, LocalDate coercionSince) {

    /** The row as a form would have sent it: what an import row is compared with. */
    NewEnterprise asNew() {
        return new NewEnterprise(uscc, name, legalRepresentative, address, areaCode, lat, lng, zoneCode, sectors, nonPublic, employees, riskLevel,
                status, statusSince, statusReason, unionFounded, unionMembers, unionEngagement, leaderId);
    }
}
