package cn.taizhang.platform.web;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates any input may name. {@code LocalDate} takes years from -999,999,999 on, PostgreSQL none before
 * 4713 BC nor year 0 in a timestamp, and working-day arithmetic walks day by day: a date outside this
 * range is a typing error, refused before it reaches either.
 */
public final class Days {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Days() {
    }

    public static boolean plausible(LocalDate day) {
        return day == null || !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * A query parameter's date (yyyy-MM-dd, plausible), {@code absent} when it is left out or blank; a bad one adds its
     * problem, named by {@code field}, and answers null.
     */
    public static LocalDate parse(String field, String text, LocalDate absent, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (plausible(day)) {
                return day;
            }
            problems.add(outOfRange(field));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "INVALID_DATE", field + "：日期应为 yyyy-MM-dd 格式，如 2026-09-15"));
        }
        return null;
    }

    /** A query's period, days included; either end null when it was bad. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * The period that query parameters {@code from} and {@code to} name, each read as {@link #parse} reads it ({@code absentFrom},
     * {@code absentTo} when left out); {@code to} before {@code from} adds its problem, named {@code to}.
     */
    public static Period period(String from, String to, LocalDate absentFrom, LocalDate absentTo, List<FieldProblem> problems) {
        LocalDate start = parse("from", from, absentFrom, problems);
        LocalDate end = parse("to", to, absentTo, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "INVALID_PERIOD", "to：截止日期不能早于起始日期 " + start));
        }
        return new Period(start, end);
    }

    /** A figures query's period: {@code from} to {@code to}, by default 1 January of this year to today (Beijing); 400 naming a bad bound. */
    public static Period thisYearUnless(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        Period period = period(from, to, today.withDayOfYear(1), today, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return period;
    }

    public static FieldProblem outOfRange(String field) {
        return new FieldProblem(field, "OUT_OF_RANGE", field + "：日期须在 " + EARLIEST + " 到 " + LATEST + " 之间");
    }
}
