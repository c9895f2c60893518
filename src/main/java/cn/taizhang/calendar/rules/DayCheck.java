package cn.taizhang.calendar.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a day may be listed, the same for one day entered by hand and for every row of an import.
 * A {@code work} day must be a Saturday or Sunday (a weekday is worked anyway). A local {@code off} day
 * must fall on a day that would otherwise be worked; an official one may fall on a weekend, since the
 * State Council's notices list the weekend days inside a holiday period too (e.g. 2025-10-04).
 */
public final class DayCheck {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_NAME_LENGTH = 50;

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** Why a day is refused: a stable code and a Chinese reason. */
    public record Problem(String code, String reason) {
    }

    private DayCheck() {
    }

    /** The problem with listing {@code day} on the calendar {@code current}, if any. */
    public static Optional<Problem> check(SpecialDay day, WorkingDayRules current) {
        LocalDate date = day.date();
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return problem("DATE_OUT_OF_RANGE", "日期 " + date + " 超出范围，应在 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间");
        }
        if (day.name().isBlank()) {
            return problem("MISSING_NAME", "名称为空，请填写节日或放假事由");
        }
        if (day.name().length() > MAX_NAME_LENGTH) {
            return problem("NAME_TOO_LONG", "名称超过 " + MAX_NAME_LENGTH + " 个字");
        }
        if (day.kind() == DayKind.WORK && !day.isWeekend()) {
            return problem("WORK_NOT_WEEKEND", date + " 是" + weekday(date) + "，本来就是工作日；只有星期六、星期日才能列为调休上班日");
        }
        if (day.kind() == DayKind.OFF && day.source() == DaySource.LOCAL) {
            Optional<SpecialDay> official = current.officialDay(date);
            if (official.isPresent() && official.get().kind() == DayKind.OFF) {
                return problem("ALREADY_OFF", date + " 已是国务院安排的休息日（" + official.get().name() + "），无需再列为本地休息日");
            }
            if (official.isEmpty() && day.isWeekend()) {
                return problem("OFF_ON_WEEKEND", date + " 是" + weekday(date) + "，本来就是休息日，无需列为本地休息日");
            }
        }
        return Optional.empty();
    }

    public static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    private static Optional<Problem> problem(String code, String reason) {
        return Optional.of(new Problem(code, reason));
    }
}
