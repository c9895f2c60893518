package cn.taizhang.briefing;

import static cn.taizhang.cases.CaseIndicator.CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.ON_TIME_CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.RECTIFICATION_RATE;
import static cn.taizhang.cases.CaseIndicator.REWORK_RATE;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a briefing (简报) in the register of the seeds: "今年以来，大十字街道共排查安全隐患13232项，已整改12745项，
 * 整改率96.3%；…". Plain Java, free of Spring.
 *
 * <p>Numbers are written as the seeds write them: plain digits, no thousands separators. Percentages have
 * one decimal, rounded half up from the exact counts (so 12745/13232 is "96.3%"): the rates of
 * {@link CaseIndicator} as {@link cn.taizhang.figures.Percent} writes them. A sentence whose figures are all zero is left out; within a sentence,
 * a secondary clause whose figure is zero is left out too. With no case at all the text says "暂无数据".
 */
final class BriefingWriter {

    record Briefing(String title, String text) {
    }

    private BriefingWriter() {
    }

    /**
     * The briefing for {@code areaName} over [from, to] ({@code to} inclusive) seen on {@code today}, of the cases named
     * {@code typeName} (a type's or a category's name) or of every type (null); {@code hazards}: their figures read as
     * hazards found and rectified (排查隐患/已整改/整改率), as those of the category 安全生产 do.
     */
    static Briefing write(String areaName, boolean hazards, String typeName, LocalDate from, LocalDate to, LocalDate today,
            Counts c) {
        String unit = hazards ? "项" : "件";
        String done = hazards ? "整改" : "结案";
        String noun = hazards ? "安全隐患" : (typeName == null ? "" : typeName) + "事件";
        String subject = hazards ? "安全隐患排查整改" : noun + "办理";
        String title = areaName + subject + "情况简报（" + titlePeriod(from, to, today) + "）";
        String lead = lead(areaName, from, to, today);
        if (c.reported() == 0) {
            return new Briefing(title, lead + "暂无数据。");
        }
        List<String> sentences = new ArrayList<>();
        if (hazards) {
            long found = CaseIndicator.found(c);
            sentences.add(found > 0
                    ? "共排查" + noun + found + unit + "，已整改" + c.closed() + unit + "，整改率" + RECTIFICATION_RATE.display(c)
                            + clause("，另不予立案", c.rejected(), unit)
                    : "共上报" + noun + c.reported() + unit + "，均不予立案");
        } else {
            sentences.add("共受理上报" + noun + c.reported() + unit + "，立案" + c.registered() + unit
                    + clause("，不予立案", c.rejected(), unit));
        }
        if (c.dispatched() > 0) {
            String closed = hazards ? "" : "，已结案" + c.closed() + unit + "，结案率" + CLOSURE_RATE.display(c);
            sentences.add("派遣处置" + c.dispatched() + unit + closed + "，按期" + done + c.closedOnTime() + unit + "，按期" + done
                    + "率" + ON_TIME_CLOSURE_RATE.display(c));
        }
        if (c.open() > 0) {
            sentences.add("尚未" + (hazards ? "整改" : "办结") + c.open() + unit + clause("，其中超期", c.overdue(), unit));
        }
        String pending = clauses(List.of(clause("延期办理", c.extended(), unit), clause("缓办", c.deferred(), unit),
                clause("挂牌督办", c.supervised(), unit)));
        if (!pending.isEmpty()) {
            sentences.add(pending);
        }
        String quality = clauses(List.of(
                c.reworked() > 0 ? "核查不合格返工" + c.reworked() + unit + "，返工率" + REWORK_RATE.display(c) : "",
                clause("处置单位退回", c.returned(), unit)));
        if (!quality.isEmpty()) {
            sentences.add(quality);
        }
        return new Briefing(title, lead + String.join("；", sentences) + "。");
    }

    /** The head of a paragraph: the period and the area, "今年以来，大十字街道". */
    static String lead(String areaName, LocalDate from, LocalDate to, LocalDate today) {
        return period(from, to, today) + "，" + areaName;
    }

    /**
     * How the period reads at the head of the text: "今年以来" (1 January to today), "2025年", "2026年第三季度",
     * "2026年10月", "2026年9月1日以来" (to today within this year), "自2025年3月1日起，截至目前" (to today from an
     * earlier year), otherwise "2026年9月1日至10月15日".
     */
    static String period(LocalDate from, LocalDate to, LocalDate today) {
        if (to.equals(today) && from.equals(to.withDayOfYear(1))) {
            return "今年以来";
        }
        String named = named(from, to);
        if (named != null) {
            return named;
        }
        if (to.equals(today) && from.isBefore(to)) {
            return from.getYear() == to.getYear() ? day(from) + "以来" : "自" + day(from) + "起，截至目前";
        }
        return range(from, to);
    }

    /** The period in the title: its name if it has one, else its dates. */
    static String titlePeriod(LocalDate from, LocalDate to, LocalDate today) {
        String named = named(from, to);
        return named != null ? named : range(from, to);
    }

    /** A whole year, quarter or month by its name, else null. */
    private static String named(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear() || from.getDayOfMonth() != 1 || !to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            return null;
        }
        int first = from.getMonthValue();
        int last = to.getMonthValue();
        if (first == 1 && last == 12) {
            return from.getYear() + "年";
        }
        if (first % 3 == 1 && last == first + 2) {
            return from.getYear() + "年第" + "一二三四".charAt(first / 3) + "季度";
        }
        if (first == last) {
            return from.getYear() + "年" + first + "月";
        }
        return null;
    }

    /** "2026年9月1日至10月15日", "2025年12月1日至2026年1月15日" or one day "2026年9月1日". */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from);
        }
        String end = from.getYear() == to.getYear() ? to.getMonthValue() + "月" + to.getDayOfMonth() + "日" : day(to);
        return day(from) + "至" + end;
    }

    /** A date as a 公文 writes it: "2026年11月22日". */
    static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String clause(String words, long figure, String unit) {
        return figure > 0 ? words + figure + unit : "";
    }

    static String clauses(List<String> parts) {
        return String.join("，", parts.stream().filter(p -> !p.isEmpty()).toList());
    }
}
