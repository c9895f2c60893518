package cn.taizhang.registry.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a year's projects of one kind and status the way the newspaper does: "2021年改造背街小巷31条，涉及6370户，受益25106人，
 * 道路总长7835米，总投资约1643.5万元" for completed ones, "2022年计划改造背街小巷40条…" for planned ones, "…正在改造…" for
 * those under construction. A figure of 0 is left out; an investment of 10000万元 or more is written in 亿元. Generic over
 * kinds: the kind's {@link Wording} gives the verb and object, the unit and the name of the length. Plain Java.
 */
public final class ProjectSentence {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** How a report names a kind: "改造背街小巷", counted in "条", its length "道路总长". */
    public record Wording(String phrase, String unit, String lengthLabel) {
    }

    /** A year's projects of one kind and status, added up; null figures count as 0. */
    public record Figures(int year, ProjectStatus status, long count, long households, long beneficiaries, BigDecimal lengthM,
            BigDecimal areaM2, BigDecimal investment) {
    }

    private ProjectSentence() {
    }

    public static String of(Wording wording, Figures f) {
        StringBuilder s = new StringBuilder().append(f.year()).append('年').append(prefix(f.status())).append(wording.phrase())
                .append(f.count()).append(wording.unit());
        List<String> parts = new ArrayList<>();
        if (f.households() > 0) {
            parts.add("涉及" + f.households() + "户");
        }
        if (f.beneficiaries() > 0) {
            parts.add("受益" + f.beneficiaries() + "人");
        }
        if (positive(f.lengthM())) {
            parts.add(wording.lengthLabel() + plain(f.lengthM()) + "米");
        }
        if (positive(f.areaM2())) {
            parts.add("总面积" + plain(f.areaM2()) + "平方米");
        }
        if (positive(f.investment())) {
            parts.add((f.status() == ProjectStatus.PLANNED ? "计划总投资约" : "总投资约") + money(f.investment()));
        }
        parts.forEach(p -> s.append('，').append(p));
        return s.toString();
    }

    /** A briefing's paragraph of sentences about one area: "凯里市2021年改造背街小巷31条，…；2021年建设全民健身示范点15个，…。". */
    public static String paragraph(String areaName, List<String> sentences) {
        return areaName + String.join("；", sentences) + "。";
    }

    /**
     * The phrase a report uses for a kind named {@code name}, when none is given: a name ending in its verb reads verb
     * first ("背街小巷改造" → "改造背街小巷", "道路建设" → "建设道路"); any other is "实施…项目".
     */
    public static String phraseOf(String name) {
        for (String verb : List.of("改造", "建设", "整治", "修缮", "提升", "新建", "改建", "扩建", "维修")) {
            if (name.endsWith(verb) && name.length() > verb.length()) {
                return verb + name.substring(0, name.length() - verb.length());
            }
        }
        return "实施" + name + (name.endsWith("项目") ? "" : "项目");
    }

    private static String prefix(ProjectStatus status) {
        return switch (status) {
            case PLANNED -> "计划";
            case UNDER_CONSTRUCTION -> "正在";
            case COMPLETED -> "";
        };
    }

    private static boolean positive(BigDecimal d) {
        return d != null && d.signum() > 0;
    }

    /** 7835.00 → "7835", 1643.50 → "1643.5". */
    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** 1643.5 → "1643.5万元"; 12345 → "1.23亿元". */
    static String money(BigDecimal wan) {
        if (wan.compareTo(TEN_THOUSAND) >= 0) {
            return plain(wan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "亿元";
        }
        return plain(wan) + "万元";
    }
}
