package cn.taizhang.calendar.rules;

import cn.taizhang.platform.csv.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a calendar CSV in the shape of the official holiday data: header
 * {@value #HEADER} ({@code date}, {@code kind} and {@code festival_zh} required, in any order; the other
 * columns optional). Every row is checked as {@link DayCheck} checks a single day, and every bad row is
 * reported; a file with any error yields no days at all.
 */
public final class CalendarFile {

    public static final String HEADER = "date,kind,festival_zh,festival_en,in_lieu";

    private static final List<String> REQUIRED = List.of("date", "kind", "festival_zh");
    private static final Set<String> IN_LIEU = Set.of("", "yes", "no");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The days of a clean file, or the errors of a bad one (then no days). */
    public record Result(List<SpecialDay> days, List<RowError> errors) {

        public Result {
            days = List.copyOf(days);
            errors = List.copyOf(errors);
        }

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    private CalendarFile() {
    }

    /** Reads every row as a day of {@code source}, checked against the calendar {@code current}. */
    public static Result read(Reader reader, DaySource source, WorkingDayRules current) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String headerLine = lines.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            return rejected(RowError.ofFile("EMPTY_FILE", "文件为空"));
        }
        List<String> header = Csv.split(stripBom(headerLine)).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            return rejected(RowError.atLine(1, "BAD_HEADER", "表头缺少 " + String.join("、", missing) + " 列；表头应为 " + HEADER));
        }
        int dateColumn = header.indexOf("date");
        int kindColumn = header.indexOf("kind");
        int nameColumn = header.indexOf("festival_zh");
        int inLieuColumn = header.indexOf("in_lieu");

        List<SpecialDay> days = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = Csv.split(line).stream().map(String::strip).toList();
            if (fields.size() != header.size()) {
                errors.add(RowError.atLine(lineNumber, "BAD_COLUMNS", "应有 " + header.size() + " 列，实际为 " + fields.size() + " 列"));
                continue;
            }
            int errorsBefore = errors.size();
            LocalDate date = date(fields.get(dateColumn), lineNumber, errors);
            Optional<DayKind> kind = DayKind.fromId(fields.get(kindColumn).toLowerCase(Locale.ROOT));
            if (kind.isEmpty()) {
                errors.add(RowError.atLine(lineNumber, "BAD_KIND",
                        "类型“" + fields.get(kindColumn) + "”无效，应为 off（休息）或 work（调休上班）"));
            }
            if (inLieuColumn >= 0 && !IN_LIEU.contains(fields.get(inLieuColumn).toLowerCase(Locale.ROOT))) {
                errors.add(RowError.atLine(lineNumber, "BAD_IN_LIEU", "in_lieu 列应为 yes、no 或留空，实际为“" + fields.get(inLieuColumn) + "”"));
            }
            if (date != null) {
                Integer first = seen.putIfAbsent(date, lineNumber);
                if (first != null) {
                    errors.add(RowError.atLine(lineNumber, "DUPLICATE_DATE", "日期 " + date + " 与第" + first + "行重复"));
                    continue;
                }
            }
            if (errors.size() > errorsBefore) {
                continue;
            }
            SpecialDay day = new SpecialDay(date, kind.orElseThrow(), fields.get(nameColumn), source);
            Optional<DayCheck.Problem> problem = DayCheck.check(day, current);
            if (problem.isPresent()) {
                errors.add(RowError.atLine(lineNumber, problem.get().code(), problem.get().reason()));
            } else {
                days.add(day);
            }
        }
        if (errors.isEmpty() && days.isEmpty()) {
            return rejected(RowError.ofFile("EMPTY_FILE", "文件中没有任何日期"));
        }
        return errors.isEmpty() ? new Result(days, List.of()) : new Result(List.of(), errors);
    }

    /** A date as {@code YYYY-MM-DD}, nothing else (no 2026/1/1, no 2026-02-30). */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text, int line, List<RowError> errors) {
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty()) {
            errors.add(RowError.atLine(line, "BAD_DATE", "日期“" + text + "”无效，应为 YYYY-MM-DD 格式的真实日期"));
        }
        return date.orElse(null);
    }

    private static Result rejected(RowError error) {
        return new Result(List.of(), List.of(error));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
