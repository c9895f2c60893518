package cn.taizhang.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A reporting period, days [from, to] with {@code to} included, as the period pickers of the dashboard and
 * the briefing page offer it. Plain Java, free of Spring.
 */
public record Period(LocalDate from, LocalDate to) {

    /** A preset of the period pickers: its key in the page, its Chinese label and its days. */
    public record Preset(String key, String label, Period period) {
    }

    /**
     * The presets, seen on {@code today}: 今年以来 (1 January to today), 本季度 and 本月 (their first day to
     * today) and 上季度 (the whole previous quarter).
     */
    public static List<Preset> presets(LocalDate today) {
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return List.of(
                new Preset("year", "今年以来", new Period(today.withDayOfYear(1), today)),
                new Preset("quarter", "本季度", new Period(quarter, today)),
                new Preset("month", "本月", new Period(today.withDayOfMonth(1), today)),
                new Preset("last-quarter", "上季度", new Period(quarter.minusMonths(3), quarter.minusDays(1))));
    }

    /** The key of the preset this period is on {@code today}, or "custom". */
    public String presetKey(LocalDate today) {
        return presets(today).stream().filter(p -> p.period().equals(this)).map(Preset::key).findFirst().orElse("custom");
    }

    /**
     * 环比: the period to compare with, of the same length and just before: the previous whole year, quarter or
     * month when this is one (so 2026年第三季度 compares with the second quarter), otherwise as many days
     * immediately before {@code from}.
     */
    public Period monthOnMonth() {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
        if (wholeMonths) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            if (months == 1 || months == 3 || months == 12) {
                LocalDate start = from.minusMonths(months);
                return new Period(start, from.minusDays(1));
            }
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** 同比: the same days a year before (29 February falls back to the 28th). */
    public Period yearOnYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    /** How a period is compared: 同比 or 环比; {@code key} is the dashboard's {@code compare} parameter. */
    public enum Comparison {
        YEAR_ON_YEAR("yoy", "同比"),
        MONTH_ON_MONTH("mom", "环比");

        private final String key;
        private final String label;

        Comparison(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The one asked for; without one, 同比 for a period from 1 January (今年以来 reads against last year), else 环比. */
        public static Comparison of(String key, Period period) {
            for (Comparison c : values()) {
                if (c.key.equals(key)) {
                    return c;
                }
            }
            return period.from().getDayOfYear() == 1 ? YEAR_ON_YEAR : MONTH_ON_MONTH;
        }

        public Period of(Period period) {
            return this == YEAR_ON_YEAR ? period.yearOnYear() : period.monthOnMonth();
        }
    }
}
