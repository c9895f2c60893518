package cn.taizhang.registry.place;

import java.util.List;
import java.util.Map;

/**
 * What the place registry holds in an area: every place registered, by type (in the catalogue's order, every type,
 * with 0 for those it has none of), and by the areas one level below (镇街 of the city, 村社区 of a 镇街, grids of a
 * 村社区) with their count by type code (only the types they have).
 */
public record PlaceCounts(long total, List<TypeCount> byType, List<AreaCount> byArea) {

    public record TypeCount(String code, String name, long count) {
    }

    public record AreaCount(String code, String name, long total, Map<String, Long> byType) {
    }

    /** The count of one type (0 if unknown). */
    public long of(String typeCode) {
        return byType.stream().filter(t -> t.code().equals(typeCode)).mapToLong(TypeCount::count).sum();
    }
}
