package cn.taizhang.cases.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days [from, until) cut into whole years, whole months and the days left at the edges, the first
 * day of each standing for it: the fewest tally rows that add up to the period. Without years (a
 * breakdown by month) the years come as their months.
 */
public record Periods(List<LocalDate> days, List<LocalDate> months, List<LocalDate> years) {

    public static Periods of(LocalDate from, LocalDate until, boolean wholeYears) {
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> years = new ArrayList<>();
        LocalDate d = from;
        while (d.isBefore(until)) {
            if (wholeYears && d.getDayOfYear() == 1 && !d.plusYears(1).isAfter(until)) {
                years.add(d);
                d = d.plusYears(1);
            } else if (d.getDayOfMonth() == 1 && !d.plusMonths(1).isAfter(until)) {
                months.add(d);
                d = d.plusMonths(1);
            } else {
                days.add(d);
                d = d.plusDays(1);
            }
        }
        return new Periods(days, months, years);
    }

    /** The edge days as runs of consecutive days, each {start, end} with the end excluded. */
    public List<LocalDate[]> dayRuns() {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate day : days) {
            LocalDate[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1].equals(day)) {
                last[1] = day.plusDays(1);
            } else {
                runs.add(new LocalDate[] {day, day.plusDays(1)});
            }
        }
        return runs;
    }
}
