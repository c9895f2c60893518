package cn.taizhang.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evaluation period: a month {@code 2026-09} (月观摩), a quarter {@code 2026-Q3} (季评比) or a year
 * {@code 2026} (年总结), with its first and last day and its Chinese label. Plain Java.
 */
record Period(String code, String label, LocalDate from, LocalDate to) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?");
    private static final String QUARTERS = "一二三四";

    /** Parses a period; the message of the exception is the Chinese reason, ready for a field error. */
    static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("考评期应写作 2026（年）、2026-Q3（季度）或 2026-09（月），收到：" + t);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("考评年份应在 2000 至 2099 之间，收到：" + year);
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("月份应为 01 至 12，收到：" + m.group(2));
            }
            YearMonth ym = YearMonth.of(year, month);
            return new Period(ym.toString(), year + "年" + month + "月", ym.atDay(1), ym.atEndOfMonth());
        }
        if (m.group(3) != null) {
            int quarter = Integer.parseInt(m.group(3));
            LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
            return new Period(year + "-Q" + quarter, year + "年第" + QUARTERS.charAt(quarter - 1) + "季度", first,
                    first.plusMonths(3).minusDays(1));
        }
        return new Period(Integer.toString(year), year + "年", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The quarter a day falls in, the default period of a ranking (季评比). */
    static Period quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3));
    }
}
