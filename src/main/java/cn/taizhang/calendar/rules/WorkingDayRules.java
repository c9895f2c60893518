package cn.taizhang.calendar.rules;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.calendar.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working-day calendar as plain, immutable data: every date not listed is a working day Monday to
 * Friday and a rest day on Saturday and Sunday; a listed date is off or worked as listed, a local entry
 * winning over an official one for the same date. Safe to share between threads.
 *
 * <p>Deadlines: N working days from a moment on day D end at 23:59:59 Asia/Shanghai on the N-th working
 * day after D (D itself not counted; N = 0 is the end of D). Counting is arithmetic over the weekdays
 * plus a correction for each listed day, so neither operation walks the calendar day by day.
 */
public final class WorkingDayRules implements WorkingDays {

    /** When a deadline day ends. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private static final Comparator<SpecialDay> ORDER =
            Comparator.comparing(SpecialDay::date).thenComparing(SpecialDay::source);

    // a Monday, the origin of the weekday arithmetic
    private static final long MONDAY_EPOCH_DAY = LocalDate.of(1970, 1, 5).toEpochDay();

    private final List<SpecialDay> listed;
    private final NavigableMap<LocalDate, SpecialDay> effective;
    private final NavigableMap<LocalDate, SpecialDay> official;

    private WorkingDayRules(List<SpecialDay> listed) {
        this.listed = listed;
        TreeMap<LocalDate, SpecialDay> effective = new TreeMap<>();
        TreeMap<LocalDate, SpecialDay> official = new TreeMap<>();
        for (SpecialDay day : listed) {
            if (day.source() == DaySource.OFFICIAL) {
                official.put(day.date(), day);
                effective.putIfAbsent(day.date(), day);
            } else {
                effective.put(day.date(), day);
            }
        }
        this.effective = Collections.unmodifiableNavigableMap(effective);
        this.official = Collections.unmodifiableNavigableMap(official);
    }

    /** A calendar of these listed days; at most one per date and source. */
    public static WorkingDayRules of(Collection<SpecialDay> days) {
        List<SpecialDay> sorted = days.stream().sorted(ORDER).toList();
        for (int i = 1; i < sorted.size(); i++) {
            SpecialDay a = sorted.get(i - 1);
            SpecialDay b = sorted.get(i);
            if (a.date().equals(b.date()) && a.source() == b.source()) {
                throw new IllegalArgumentException("listed twice: " + b.date() + " (" + b.source().id() + ")");
            }
        }
        return new WorkingDayRules(sorted);
    }

    /** Monday to Friday, nothing listed. */
    public static WorkingDayRules weekdaysOnly() {
        return new WorkingDayRules(List.of());
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The calendar day of a moment in Asia/Shanghai, whatever its offset and the JVM's zone. */
    public static LocalDate dayOf(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** 23:59:59 Asia/Shanghai on that day. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE).toOffsetDateTime();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        SpecialDay special = effective.get(day);
        return special != null ? special.kind() == DayKind.WORK : !isWeekend(day);
    }

    @Override
    public OffsetDateTime deadline(OffsetDateTime start, int workingDays) {
        return endOf(deadlineDay(dayOf(start), workingDays));
    }

    @Override
    public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        return workingDaysBetween(dayOf(from), dayOf(to));
    }

    /** The N-th working day after {@code start} ({@code start} not counted); {@code start} itself for N = 0. */
    public LocalDate deadlineDay(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        if (workingDays == 0) {
            return start;
        }
        // count(start, t) never decreases as t grows: find the first t where it reaches N
        LocalDate low = start;
        LocalDate high = start.plusDays(2L * workingDays + 14);
        while (workingDaysBetween(start, high) < workingDays) {
            low = high;
            high = high.plusDays(high.toEpochDay() - start.toEpochDay());
        }
        while (high.toEpochDay() - low.toEpochDay() > 1) {
            LocalDate middle = low.plusDays((high.toEpochDay() - low.toEpochDay()) / 2);
            if (workingDaysBetween(start, middle) >= workingDays) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 unless {@code to} is later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long count = weekdaysBefore(to.plusDays(1)) - weekdaysBefore(from.plusDays(1));
        for (SpecialDay day : effective.subMap(from, false, to, true).values()) {
            count += (day.kind() == DayKind.WORK ? 1 : 0) - (isWeekend(day.date()) ? 0 : 1);
        }
        return Math.toIntExact(count);
    }

    /** The working days of a calendar year. */
    public int workingDaysIn(int year) {
        return workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    /** The listed day in force on a date: the local one if there is one, else the official one. */
    public Optional<SpecialDay> specialDay(LocalDate day) {
        return Optional.ofNullable(effective.get(day));
    }

    /** The official listing of a date, even where a local day overrides it. */
    public Optional<SpecialDay> officialDay(LocalDate day) {
        return Optional.ofNullable(official.get(day));
    }

    /** Whether this listed day is the one in force on its date (false for an official day overridden locally). */
    public boolean inForce(SpecialDay day) {
        return day.equals(effective.get(day.date()));
    }

    /** Every listed day from {@code from} to {@code to} inclusive, by date, official before local. */
    public List<SpecialDay> listed(LocalDate from, LocalDate to) {
        return listed.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
    }

    /** Whether any official day is listed in that year (a year whose notice is loaded). */
    public boolean hasOfficialData(int year) {
        return !official.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty();
    }

    public int size() {
        return listed.size();
    }

    // Monday to Friday dates in [origin, day), negative before the origin: 5 per whole week plus the rest.
    private static long weekdaysBefore(LocalDate day) {
        long days = day.toEpochDay() - MONDAY_EPOCH_DAY;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
    }
}
