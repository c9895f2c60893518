package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.CalendarFile;
import cn.taizhang.calendar.rules.DayCheck;
import cn.taizhang.calendar.rules.DayKind;
import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the calendar API's parameters. Each arrives as text and is parsed here, so that every bad or
 * missing one is named with a Chinese reason, all of them at once.
 */
final class CalendarParams {

    static final int MAX_WORKING_DAYS = 365;

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // "+08:00" in an unencoded query string arrives as " 08:00"
    private static final Pattern DECODED_PLUS = Pattern.compile("(.*T.*) (\\d{2}(:?\\d{2})?)$");

    /** The start of a deadline: the moment, and how the caller wrote it (a date, or a date-time with offset). */
    record Start(OffsetDateTime moment, String text) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    static CalendarParams check() {
        return new CalendarParams();
    }

    /** Throws the problems found so far, if any. */
    void done() {
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    Start start(String field, String text) {
        if (text == null || text.isBlank()) {
            return missing(field);
        }
        String value = text.strip();
        try {
            if (DATE_ONLY.matcher(value).matches()) {
                LocalDate day = CalendarFile.parseDate(value).orElseThrow(() -> new DateTimeParseException("bad date", value, 0));
                return inRange(field, new Start(day.atStartOfDay(BeijingTime.ZONE).toOffsetDateTime(), day.toString()), day);
            }
            OffsetDateTime moment = OffsetDateTime.parse(DECODED_PLUS.matcher(value).replaceFirst("$1+$2"));
            return inRange(field, new Start(moment, moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), moment.toLocalDate());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "INVALID_FIELD",
                    field + "：应为日期（如 2026-09-30）或带时区偏移的时间（如 2026-09-30T10:00:00+08:00）"));
            return null;
        }
    }

    Integer workingDays(String field, String text) {
        if (text == null || text.isBlank()) {
            return missing(field);
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0 && value <= MAX_WORKING_DAYS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "OUT_OF_RANGE", field + "：工作日数应为 0 到 " + MAX_WORKING_DAYS + " 之间的整数"));
        return null;
    }

    Integer year(String field, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= DayCheck.FIRST_YEAR && value <= DayCheck.LAST_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "OUT_OF_RANGE",
                field + "：年份应为 " + DayCheck.FIRST_YEAR + " 到 " + DayCheck.LAST_YEAR + " 之间的整数"));
        return null;
    }

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return missing(field);
        }
        Optional<LocalDate> date = CalendarFile.parseDate(text);
        if (date.isEmpty()) {
            problems.add(new FieldProblem(field, "INVALID_FIELD", field + "：应为 YYYY-MM-DD 格式的真实日期"));
        }
        return date.orElse(null);
    }

    DayKind kind(String field, String text) {
        if (text == null || text.isBlank()) {
            return missing(field);
        }
        Optional<DayKind> kind = DayKind.fromId(text.strip().toLowerCase(Locale.ROOT));
        if (kind.isEmpty()) {
            problems.add(new FieldProblem(field, "INVALID_FIELD", field + "：应为 off（休息）或 work（调休上班）"));
        }
        return kind.orElse(null);
    }

    /** A source; {@code fallback} when none is given. */
    DaySource source(String field, String text, DaySource fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Optional<DaySource> source = DaySource.fromId(text.strip().toLowerCase(Locale.ROOT));
        if (source.isEmpty()) {
            problems.add(new FieldProblem(field, "INVALID_FIELD", field + "：应为 official（国务院安排）或 local（本地休息日）"));
        }
        return source.orElse(null);
    }

    String name(String field, String text) {
        if (text == null || text.isBlank()) {
            return missing(field);
        }
        if (text.strip().length() > DayCheck.MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(field, "INVALID_FIELD", field + "：不能超过 " + DayCheck.MAX_NAME_LENGTH + " 个字"));
            return null;
        }
        return text.strip();
    }

    private Start inRange(String field, Start start, LocalDate day) {
        if (day.getYear() < DayCheck.FIRST_YEAR || day.getYear() > DayCheck.LAST_YEAR) {
            problems.add(new FieldProblem(field, "OUT_OF_RANGE",
                    field + "：日期应在 " + DayCheck.FIRST_YEAR + " 年至 " + DayCheck.LAST_YEAR + " 年之间"));
            return null;
        }
        return start;
    }

    private <T> T missing(String field) {
        problems.add(new FieldProblem(field, "REQUIRED", "缺少参数 " + field));
        return null;
    }
}
