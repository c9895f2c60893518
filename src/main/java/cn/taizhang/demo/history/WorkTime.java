package cn.taizhang.demo.history;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.platform.BeijingTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Office hours on the working-day calendar as one number: working minutes counted from the first
 * working day of the history (08:30–12:00 and 14:00–17:30, 420 minutes a day, Asia/Shanghai). Delays
 * are additions, "before now" is a comparison, and only the events written are turned into timestamps.
 */
final class WorkTime {

    static final int DAY = 420;
    private static final int MORNING = 210;
    private static final int MORNING_START = 8 * 60 + 30;
    private static final int AFTERNOON_START = 14 * 60;
    // Asia/Shanghai has kept +08:00 since 1991
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private final long[] days; // epoch days of the working days, ascending
    private final long now;

    /** The working days from {@code first} to well past {@code now}'s day (deadlines run beyond it). */
    WorkTime(WorkingDays calendar, LocalDate first, OffsetDateTime now) {
        LocalDate last = now.atZoneSameInstant(BeijingTime.ZONE).toLocalDate().plusYears(2);
        days = first.datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).mapToLong(LocalDate::toEpochDay).toArray();
        this.now = ceiling(now);
    }

    /** The first working minute at or after the moment. */
    long ceiling(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(BeijingTime.ZONE).toLocalDateTime();
        int index = Arrays.binarySearch(days, local.toLocalDate().toEpochDay());
        if (index < 0) {
            return (long) (-index - 1) * DAY;
        }
        int minute = local.getHour() * 60 + local.getMinute() + (local.getSecond() > 0 || local.getNano() > 0 ? 1 : 0);
        int within = minute <= MORNING_START ? 0
                : minute <= MORNING_START + MORNING ? minute - MORNING_START
                : minute <= AFTERNOON_START ? MORNING
                : Math.min(DAY, MORNING + minute - AFTERNOON_START);
        return (long) index * DAY + within;
    }

    /** Strictly before "now": events at or after it have not happened yet. */
    boolean happened(long minute) {
        return minute < now;
    }

    long now() {
        return now;
    }

    /** The first minute of the {@code index}-th working day (0 = the history's first day). */
    static long startOfDay(int index) {
        return (long) index * DAY;
    }

    int dayIndex(long minute) {
        return Math.toIntExact(minute / DAY);
    }

    LocalDate date(int dayIndex) {
        return LocalDate.ofEpochDay(days[dayIndex]);
    }

    int workingDays() {
        return days.length;
    }

    /** The first minute after a deadline (23:59:59 on its day): the minute from which it is missed. */
    long after(OffsetDateTime deadline) {
        long day = deadline.atZoneSameInstant(BeijingTime.ZONE).toLocalDate().toEpochDay();
        int index = Arrays.binarySearch(days, day);
        return (long) (index < 0 ? -index - 1 : index + 1) * DAY;
    }

    OffsetDateTime at(long minute) {
        int index = dayIndex(minute);
        int within = (int) (minute - (long) index * DAY);
        int clock = within < MORNING ? MORNING_START + within : AFTERNOON_START + within - MORNING;
        return LocalDate.ofEpochDay(days[index]).atTime(clock / 60, clock % 60).atOffset(OFFSET);
    }
}
