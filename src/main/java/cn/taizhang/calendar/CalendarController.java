package cn.taizhang.calendar;

import cn.taizhang.calendar.CalendarAdmin.Removal;
import cn.taizhang.calendar.rules.DayCheck;
import cn.taizhang.calendar.rules.DayKind;
import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.calendar.rules.SpecialDay;
import cn.taizhang.calendar.rules.WorkingDayRules;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ImportRejection;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The working-day calendar: deadlines and the listed days for everyone signed in; changes by the system
 * administrator only. The changing handlers are public so that method security proxies them whatever
 * proxy style it uses.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历：法定节假日、调休与本地休息日，按工作日计算期限")
class CalendarController {

    /** A deadline: the start as given, its day in Asia/Shanghai, and the end of the N-th working day after it. */
    record DeadlineView(String from, LocalDate startDay, int workingDays, String deadline) {
    }

    /** One listed day; {@code inForce} is false for an official day overridden by a local one. */
    record DayView(LocalDate date, String kind, String name, String source, boolean inForce) {

        static DayView of(SpecialDay day, WorkingDayRules rules) {
            return new DayView(day.date(), day.kind().id(), day.name(), day.source().id(), rules.inForce(day));
        }
    }

    /** A year's listed days, its working days, and whether its official notice is loaded (else a warning). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record YearView(int year, boolean officialDataLoaded, String warning, int workingDayCount, List<DayView> days) {
    }

    /** A day to list, as sent: every field is text and checked by {@link CalendarParams}. */
    record DayInput(String date, String kind, String name, String source) {
    }

    private final OfficialCalendar calendar;
    private final CalendarAdmin admin;

    CalendarController(OfficialCalendar calendar, CalendarAdmin admin) {
        this.calendar = calendar;
        this.admin = admin;
    }

    @GetMapping("/deadline")
    @Operation(summary = "计算期限：from（日期或带时区的时间）之后第 workingDays 个工作日的 23:59:59（北京时间）")
    DeadlineView deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays) {
        CalendarParams check = CalendarParams.check();
        CalendarParams.Start start = check.start("from", from);
        Integer days = check.workingDays("workingDays", workingDays);
        check.done();
        return new DeadlineView(start.text(), WorkingDayRules.dayOf(start.moment()), days,
                calendar.deadline(start.moment(), days).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年的节假日、调休上班日和本地休息日，以及全年工作日数")
    YearView year(@PathVariable String year) {
        CalendarParams check = CalendarParams.check();
        Integer y = check.year("year", year);
        check.done();
        WorkingDayRules rules = calendar.rules();
        boolean loaded = rules.hasOfficialData(y);
        List<DayView> days = rules.listed(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).stream()
                .map(d -> DayView.of(d, rules)).toList();
        return new YearView(y, loaded, loaded ? null : y + " 年的国务院节假日安排尚未导入，目前该年只按周一至周五上班计算工作日，请系统管理员导入",
                rules.workingDaysIn(y), days);
    }

    @PostMapping("/days")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "新增或替换一个日期（系统管理员）：source 为 official 或 local（默认 local）")
    public ResponseEntity<DayView> save(@RequestBody DayInput input, Authentication caller) {
        CalendarParams check = CalendarParams.check();
        LocalDate date = check.date("date", input.date());
        DayKind kind = check.kind("kind", input.kind());
        String name = check.name("name", input.name());
        DaySource source = check.source("source", input.source(), DaySource.LOCAL);
        check.done();
        CalendarAdmin.Saved saved;
        try {
            saved = admin.save(new SpecialDay(date, kind, name, source), caller.getName());
        } catch (CalendarAdmin.DayRefused e) {
            DayCheck.Problem problem = e.problem();
            throw Problem.invalid(List.of(new FieldProblem(fieldOf(problem), problem.code(), problem.reason())));
        }
        return ResponseEntity.status(saved.before().isPresent() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(DayView.of(saved.after(), calendar.rules()));
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "删除一个本地休息日（系统管理员）；国务院安排的日期不能删除")
    public ResponseEntity<Void> remove(@PathVariable String date) {
        CalendarParams check = CalendarParams.check();
        LocalDate day = check.date("date", date);
        check.done();
        Removal removal = admin.removeLocal(day);
        if (removal instanceof Removal.Removed) {
            return ResponseEntity.noContent().build();
        }
        if (removal instanceof Removal.OnlyOfficial official) {
            throw new Problem(Problem.Kind.CONFLICT, "OFFICIAL_DAY", day + " 没有本地休息日，只有国务院安排的“" + official.official().name()
                    + "”，不能删除；如需更正，请按 source=official 重新提交或导入该日期");
        }
        throw Problem.notFound("本地休息日 " + day + " ");
    }

    @PostMapping("/imports")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "导入日历 CSV（系统管理员）：date,kind,festival_zh,festival_en,in_lieu；source 为 official（默认）或 local；全部无误才写入")
    public ResponseEntity<?> importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
            Authentication caller, HttpServletRequest request) throws IOException {
        CalendarParams check = CalendarParams.check();
        DaySource s = check.source("source", source, DaySource.OFFICIAL);
        if (file == null || file.isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("file", "REQUIRED", "file：请上传要导入的 CSV 文件")));
        }
        check.done();
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = admin.importFile(in, s, caller.getName());
        }
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        // a rejection carries the report's own errors (line, code, detail) rather than field problems
        return ImportRejection.of(report.errors(), request.getRequestURI());
    }

    private static String fieldOf(DayCheck.Problem problem) {
        return Map.of("MISSING_NAME", "name", "NAME_TOO_LONG", "name").getOrDefault(problem.code(), "date");
    }
}
