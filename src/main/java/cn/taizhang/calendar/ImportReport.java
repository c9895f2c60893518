package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.RowError;
import cn.taizhang.calendar.rules.SpecialDay;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a calendar import: either every row was taken ({@code count} rows from {@code first} to
 * {@code last}, of which {@code written} changed the calendar; the others were listed already exactly so)
 * or none was, and {@code errors} lists every bad row.
 */
record ImportReport(boolean imported, int count, int written, LocalDate first, LocalDate last, List<RowError> errors) {

    ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport imported(List<SpecialDay> days, int written) {
        List<LocalDate> dates = days.stream().map(SpecialDay::date).sorted().toList();
        return new ImportReport(true, days.size(), written, dates.get(0), dates.get(dates.size() - 1), List.of());
    }

    static ImportReport rejected(List<RowError> errors) {
        return new ImportReport(false, 0, 0, null, null, errors);
    }
}
