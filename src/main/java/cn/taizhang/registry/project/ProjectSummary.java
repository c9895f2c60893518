package cn.taizhang.registry.project;

import java.math.BigDecimal;

/**
 * The projects of one year, kind and status added up, with the sentence a report writes of them. Projects whose figure
 * is not known count as 0 in that figure's sum.
 */
public record ProjectSummary(int year, String kind, String kindName, String status, String statusLabel, long count, long households,
        long beneficiaries, BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, String sentence) {
}
