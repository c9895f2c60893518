package cn.taizhang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bundled official data, loaded at start-up, and the import-calendar command; local days in 2045. */
@IntegrationTest
class CalendarDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarSeed seed;

    @Autowired
    OfficialCalendar calendar;

    @Autowired
    List<Command> commands;

    @TempDir
    Path dir;

    @Autowired
    WorkingDays workingDays; // as other modules see it

    private int run(String... args) throws Exception {
        Command command = commands.stream().filter(c -> c.name().equals("import-calendar")).findFirst().orElseThrow();
        return command.run(List.of(args));
    }

    @Test
    void theOfficialCalendarIsLoadedOnceAndAStartLaterChangesNothing() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM calendar_day WHERE source = 'official' AND created_by = 'system'"
                + " AND day BETWEEN '2018-01-01' AND '2026-12-31'", Integer.class)).isEqualTo(320);
        List<Map<String, Object>> before = jdbc.queryForList(
                "SELECT day, source, kind, name, xmin::text AS version FROM calendar_day WHERE created_by = 'system' ORDER BY day");
        seed.load();
        assertThat(jdbc.queryForList("SELECT day, source, kind, name, xmin::text AS version FROM calendar_day WHERE created_by = 'system' ORDER BY day"))
                .isEqualTo(before); // not even rewritten
    }

    @Test
    void otherModulesGetTheRealCalendar() {
        assertThat(workingDays).isSameAs(calendar);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 11))).as("make-up Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 17))).as("春节").isFalse();
    }

    @Test
    void importCalendarExitsWithZeroWhenImportedAndOneOtherwise() throws Exception {
        Path good = Files.writeString(dir.resolve("local.csv"), "date,kind,festival_zh,festival_en,in_lieu\n2045-11-21,off,苗年,,no\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "date,kind,festival_zh,festival_en,in_lieu\n2045-11-22,work,苗年,,no\n");
        try {
            assertThat(run(good.toString(), "local")).isZero();
            assertThat(calendar.isWorkingDay(LocalDate.of(2045, 11, 21))).isFalse();
            assertThat(jdbc.queryForObject("SELECT created_by FROM calendar_day WHERE day = '2045-11-21'", String.class)).isEqualTo("cli");
            assertThat(run(bad.toString(), "local")).isEqualTo(1);
            assertThat(run()).isEqualTo(1);
            assertThat(run(good.toString(), "county")).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM calendar_day WHERE day BETWEEN '2045-01-01' AND '2045-12-31'");
            calendar.reload();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2045, 11, 21))).isTrue();
    }
}
