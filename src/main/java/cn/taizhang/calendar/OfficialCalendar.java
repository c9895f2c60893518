package cn.taizhang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Provisional: Monday to Friday only, until the official holidays and make-up days are loaded. */
@Component
class OfficialCalendar implements WorkingDays {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public OffsetDateTime deadline(OffsetDateTime start, int workingDays) {
        LocalDate day = start.atZoneSameInstant(ZONE).toLocalDate();
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toOffsetDateTime();
    }

    @Override
    public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        LocalDate start = from.atZoneSameInstant(ZONE).toLocalDate();
        LocalDate end = to.atZoneSameInstant(ZONE).toLocalDate();
        int days = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            days += isWorkingDay(d) ? 1 : 0;
        }
        return (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, end)));
    }
}
