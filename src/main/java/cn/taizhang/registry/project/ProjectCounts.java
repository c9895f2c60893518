package cn.taizhang.registry.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the project registry holds in an area: every project registered, by status, and by year (in order) and kind (in
 * the catalogue's order) with the figures reports add up — completed, under construction and planned, households,
 * beneficiaries, length, area, investment — and the sentences a report writes of them, one per status.
 */
public record ProjectCounts(long total, long completed, long underConstruction, long planned, List<YearCount> byYear) {

    public record YearCount(int year, long count, List<KindCount> kinds) {
    }

    public record KindCount(String kind, String kindName, long count, long completed, long underConstruction, long planned, long households,
            long beneficiaries, BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, List<String> sentences) {
    }
}
