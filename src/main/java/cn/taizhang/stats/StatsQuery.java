package cn.taizhang.stats;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.territory.AreaCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statistics query as a value: the cases reported inside {@code area} (an area code) over [from, to] ({@code to}
 * inclusive, days in Beijing time), narrowed by type, source, sector and unit (null: not narrowed). Other modules build
 * one with {@link #of} and the {@code with…} methods; the web edge parses the request's text once, with
 * {@link CaseSummaries#query}, into one whose every field is checked (each failure names its field in Chinese).
 */
public record StatsQuery(String area, LocalDate from, LocalDate to, String type, String source, String sector, Long department) {

    public StatsQuery {
        if (area == null || from == null || to == null) {
            throw new IllegalArgumentException("a statistics query needs an area and a period");
        }
    }

    /** Every case reported inside {@code area} over [from, to]. */
    public static StatsQuery of(String area, LocalDate from, LocalDate to) {
        return new StatsQuery(area, from, to, null, null, null, null);
    }

    public StatsQuery withArea(String code) {
        return new StatsQuery(code, from, to, type, source, sector, department);
    }

    /** Only cases of this type (null: every type). */
    public StatsQuery withType(String code) {
        return new StatsQuery(area, from, to, code, source, sector, department);
    }

    /** Only cases from this source (null: every source). */
    public StatsQuery withSource(String code) {
        return new StatsQuery(area, from, to, type, code, sector, department);
    }


    /** What a breakdown groups by: the child areas (next level down), every grid, or a key of the cases. */
    public enum By {
        CHILD, GRID, TYPE, SECTOR, DEPARTMENT, SOURCE, MONTH
    }

    /** The narrowing parameters as given; null or blank does not narrow. */
    public record Narrowing(String type, String source, String sector, String department) {
        public static final Narrowing NONE = new Narrowing(null, null, null, null);

        /** By type and source only, as the briefings narrow. */
        public static Narrowing of(String type, String source) {
            return new Narrowing(type, source, null, null);
        }
    }

    static StatsQuery parse(String area, String from, String to, Narrowing narrowing, Scope scope, CaseCounting counting,
            Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        try {
            AreaCode.parse(code);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("area", "INVALID_AREA_CODE", "area：" + e.getMessage()));
        }
        LocalDate today = LocalDate.now(ZONE);
        LocalDate start = date("from", from, today.withDayOfYear(1), problems);
        LocalDate end = date("to", to, today, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "INVALID_PERIOD", "to：截止日期不能早于起始日期 " + start));
        }
        String t = blankToNull(narrowing.type());
        if (t != null && !counting.typeNames().containsKey(t)) {
            problems.add(new FieldProblem("type", "UNKNOWN_CASE_TYPE", "type：没有这个事项类型：" + t));
        }
        String s = blankToNull(narrowing.source());
        if (s != null && CaseSource.fromCode(s).isEmpty()) {
            problems.add(new FieldProblem("source", "INVALID_FIELD", "source：来源应为 " + CaseSource.codes() + " 之一"));
        }
        String sector = blankToNull(narrowing.sector());
        if (sector != null && organisation.sectors().stream().map(Sector::code).noneMatch(sector::equals)) {
            problems.add(new FieldProblem("sector", "UNKNOWN_SECTOR", "sector：没有这个行业领域：" + sector));
        }
        Long department = department(blankToNull(narrowing.department()), organisation, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new StatsQuery(code, start, end, t, s, sector, department);
    }

    /** The grouping named by {@code ?by=} (child, grid, type, sector, department, source, month); 400 otherwise. */
    public static By by(String by) {
        try {
            return By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw Problem.invalid(List.of(new FieldProblem("by", "INVALID_FIELD",
                    "by：分组方式应为 child、grid、type、sector、department、source 或 month")));
        }
    }

    /** The cases selected: days in Asia/Shanghai, {@code to} inclusive. */
    CaseSelection selection() {
        return new CaseSelection(area, from, to.plusDays(1), type, source, sector, department);
    }

    private static Long department(String text, Organisation organisation, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (organisation.department(id).isPresent()) {
                return id;
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("department", "INVALID_FIELD", "department：部门应为部门编号（数字），如 3"));
            return null;
        }
        problems.add(new FieldProblem("department", "UNKNOWN_DEPARTMENT", "department：没有这个部门：" + text));
        return null;
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (!Days.plausible(day)) {
                problems.add(Days.outOfRange(field));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "INVALID_DATE", field + "：日期应为 yyyy-MM-dd 格式，如 2026-01-31"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
