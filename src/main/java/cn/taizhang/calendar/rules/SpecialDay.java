package cn.taizhang.calendar.rules;

import java.time.LocalDate;
import java.util.Objects;

/** One listed date: off or worked, the festival or reason it is listed for, and its source. */
public record SpecialDay(LocalDate date, DayKind kind, String name, DaySource source) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name;
    }

    public static SpecialDay off(LocalDate date, String name, DaySource source) {
        return new SpecialDay(date, DayKind.OFF, name, source);
    }

    public static SpecialDay work(LocalDate date, String name, DaySource source) {
        return new SpecialDay(date, DayKind.WORK, name, source);
    }

    public boolean isWeekend() {
        return WorkingDayRules.isWeekend(date);
    }
}
