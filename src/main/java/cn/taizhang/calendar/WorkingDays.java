package cn.taizhang.calendar;

import static cn.taizhang.platform.BeijingTime.ZONE;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Working-day arithmetic on the official calendar (days off and make-up working days, 调休) plus
 * local days off, all in Asia/Shanghai. The calendar module's public API for other modules.
 */
public interface WorkingDays {


    boolean isWorkingDay(LocalDate day);

    /**
     * The deadline of {@code workingDays} working days from {@code start}: 23:59:59 (Asia/Shanghai) on
     * the N-th working day after the day of {@code start}, that day itself not counted; for N = 0, 23:59:59
     * on the day of {@code start}. The day of {@code start} is its day in Asia/Shanghai, whatever its offset.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    OffsetDateTime deadline(OffsetDateTime start, int workingDays);

    /** The working days from the day of {@code from} (not counted) up to and including the day of {@code to}; 0 if {@code to} is not later. */
    int workingDaysBetween(OffsetDateTime from, OffsetDateTime to);
}
