package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.CalendarFile;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.calendar.rules.DayCheck;
import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.calendar.rules.RowError;
import cn.taizhang.calendar.rules.SpecialDay;
import cn.taizhang.calendar.rules.WorkingDayRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the calendar: one day entered by hand, a local day removed, a file imported. Each change
 * runs alone (an advisory lock), is checked against the calendar as stored, is all-or-nothing, and the
 * in-memory calendar follows once it is committed.
 */
@Service
class CalendarAdmin {

    /** The outcome of one day entered by hand: the day before (if it was listed already) and after. */
    record Saved(Optional<SpecialDay> before, SpecialDay after) {
    }

    /** The outcome of removing a local day: the day removed, or why nothing was. */
    sealed interface Removal {
        record Removed(SpecialDay day) implements Removal {
        }

        record OnlyOfficial(SpecialDay official) implements Removal {
        }

        record NotListed() implements Removal {
        }
    }

    private final CalendarRepository store;
    private final OfficialCalendar calendar;

    CalendarAdmin(CalendarRepository store, OfficialCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** Lists the day, replacing what its source listed for that date; the problem if it may not be listed. */
    @Transactional
    public Saved save(SpecialDay day, String by) {
        store.lockForChange();
        Optional<DayCheck.Problem> problem = DayCheck.check(day, stored());
        if (problem.isPresent()) {
            throw new DayRefused(problem.get());
        }
        Optional<SpecialDay> before = store.find(day.date(), day.source());
        store.save(List.of(day), by);
        calendar.reloadAfterCommit();
        AuditNote.changed("calendar_day", day.date() + "/" + day.source().id(), before.map(CalendarAdmin::ref).orElse(null), ref(day));
        return new Saved(before, day);
    }

    @Transactional
    public Removal removeLocal(LocalDate date) {
        store.lockForChange();
        Optional<SpecialDay> local = store.find(date, DaySource.LOCAL);
        if (local.isPresent()) {
            store.delete(date, DaySource.LOCAL);
            calendar.reloadAfterCommit();
            AuditNote.changed("calendar_day", date + "/local", ref(local.get()), null);
            return new Removal.Removed(local.get());
        }
        return store.find(date, DaySource.OFFICIAL).<Removal>map(Removal.OnlyOfficial::new).orElseGet(Removal.NotListed::new);
    }

    /**
     * Imports a calendar CSV (UTF-8, {@value CalendarFile#HEADER}) as days of {@code source}: every row
     * is added or replaces what that source listed for its date; nothing is written unless every row is good.
     */
    @Transactional
    public ImportReport importFile(InputStream csv, DaySource source, String by) {
        store.lockForChange();
        CalendarFile.Result file;
        try {
            // a strict decoder: Excel saves CSV as GBK unless told otherwise, which must not pass as garbled names
            file = CalendarFile.read(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()), source, stored());
        } catch (CharacterCodingException e) {
            return ImportReport.rejected(List.of(RowError.ofFile("NOT_UTF8", "文件不是 UTF-8 编码，请另存为“CSV UTF-8”后重新导入")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!file.accepted()) {
            return ImportReport.rejected(file.errors());
        }
        int written = store.save(file.days(), by);
        if (written > 0) {
            calendar.reloadAfterCommit();
        }
        ImportReport report = ImportReport.imported(file.days(), written);
        AuditNote.changed("calendar_import", source.id(), null, report.count() + " days " + report.first() + ".." + report.last()
                + " (" + report.written() + " written)");
        return report;
    }

    private static String ref(SpecialDay day) {
        return day.kind().id() + ":" + day.name();
    }

    // the calendar as stored, read under the lock: the in-memory one may not yet show a change just committed
    private WorkingDayRules stored() {
        return WorkingDayRules.of(store.load().days());
    }

    /** A day that may not be listed. */
    static final class DayRefused extends RuntimeException {

        private final DayCheck.Problem problem;

        DayRefused(DayCheck.Problem problem) {
            super(problem.reason());
            this.problem = problem;
        }

        DayCheck.Problem problem() {
            return problem;
        }
    }
}
