package cn.taizhang.inspection;

import cn.taizhang.figures.Percent;
import cn.taizhang.figures.Rate;

/**
 * What the seeds count of inspections, for an area, period, campaign and sector: {@code groups} the outings (组次),
 * {@code inspectors} their inspectors summed (人次), {@code enterprises} the visits (家次: one enterprise visited twice
 * counts twice), the hazards those visits found and how many of their cases are closed now (已整改).
 */
public record InspectionCounts(long groups, long inspectors, long enterprises, long hazardsFound, long hazardsRectified,
        Double rectificationRate, long majorHazards, long majorHazardsRectified) {

    static InspectionCounts of(long groups, long inspectors, long enterprises, long found, long rectified, long major, long majorRectified) {
        return new InspectionCounts(groups, inspectors, enterprises, found, rectified, Rate.of(rectified, found), major, majorRectified);
    }

    /** 整改率 as a person reads it: "96.3%", "—" with no hazard. */
    public String rectificationPercent() {
        return Percent.of(hazardsRectified, hazardsFound);
    }

    /** The seeds' sentence: "共组织检查组10625组次，出动检查人员21250人次，检查企业12986家次，排查安全隐患13232项，已整改12745项，整改率96.3%". */
    public String sentence() {
        return "共组织检查组" + groups + "组次，出动检查人员" + inspectors + "人次，检查企业" + enterprises + "家次，排查安全隐患" + hazardsFound
                + "项，已整改" + hazardsRectified + "项，整改率" + rectificationPercent();
    }
}
