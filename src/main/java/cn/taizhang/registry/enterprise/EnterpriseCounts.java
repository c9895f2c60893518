package cn.taizhang.registry.enterprise;

import java.util.List;

/**
 * What the enterprise registry holds in an area: every enterprise registered, by status, and of those still active
 * (正常) the non-public ones, the ones with a union and its members, by risk level and by sector.
 */
public record EnterpriseCounts(long registered, long active, long deregistered, long lostContact, long nonPublic, long unionFounded,
        long unionMembers, long nonPublicUnionFounded, long nonPublicUnionMembers, long red, long orange, long yellow, long blue,
        List<SectorCount> bySector) {

    public record SectorCount(String code, String name, long active) {
    }
}
