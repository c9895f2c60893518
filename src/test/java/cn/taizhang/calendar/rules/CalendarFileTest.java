package cn.taizhang.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static CalendarFile.Result read(DaySource source, String... lines) throws IOException {
        return CalendarFile.read(new StringReader(String.join("\r\n", lines)), source, OfficialData.rules());
    }

    @Test
    void theBundledOfficialDataIsCleanAndComplete() {
        assertThat(OfficialData.DAYS).hasSize(320);
        assertThat(OfficialData.DAYS).allMatch(d -> d.source() == DaySource.OFFICIAL);
        assertThat(OfficialData.DAYS.stream().filter(d -> d.kind() == DayKind.WORK)).allMatch(SpecialDay::isWeekend);
        assertThat(OfficialData.DAYS).contains(SpecialDay.work(LocalDate.of(2025, 9, 28), "国庆节", DaySource.OFFICIAL),
                SpecialDay.off(LocalDate.of(2025, 10, 6), "中秋", DaySource.OFFICIAL));
    }

    @Test
    void aCleanLocalFileIsRead() throws IOException {
        CalendarFile.Result result = read(DaySource.LOCAL,
                "\uFEFFdate,kind,festival_zh,festival_en,in_lieu",
                "2026-11-19,off,苗年,Miao New Year,no",
                "",
                "2026-11-20,OFF, 苗年 ,,",
                "2026-10-10,off,侗年,Dong New Year,no"); // an official make-up Saturday: taking it off is a change
        assertThat(result.errors()).isEmpty();
        assertThat(result.days()).containsExactly(
                SpecialDay.off(LocalDate.of(2026, 11, 19), "苗年", DaySource.LOCAL),
                SpecialDay.off(LocalDate.of(2026, 11, 20), "苗年", DaySource.LOCAL),
                SpecialDay.off(LocalDate.of(2026, 10, 10), "侗年", DaySource.LOCAL));
    }

    @Test
    void columnsAreFoundByTheirNamesAndTheOptionalOnesMayBeLeftOut() throws IOException {
        CalendarFile.Result result = read(DaySource.OFFICIAL, "festival_zh,date,kind", "元旦,2027-01-01,off");
        assertThat(result.days()).containsExactly(SpecialDay.off(LocalDate.of(2027, 1, 1), "元旦", DaySource.OFFICIAL));
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsRead() throws IOException {
        CalendarFile.Result result = read(DaySource.LOCAL,
                "date,kind,festival_zh,festival_en,in_lieu",
                "2026-11-19,off,苗年,Miao New Year,no",       // 2: fine, but not read since others are bad
                "2026-02-30,off,苗年,,no",                     // 3: no such date
                "2026/11/21,off,苗年,,no",                     // 4: not YYYY-MM-DD
                "2026-11-23,holiday,苗年,,no",                 // 5: bad kind
                "2026-11-19,off,苗年,,no",                     // 6: same date as line 2
                "2026-11-24,work,苗年,,no",                    // 7: a Tuesday cannot be a make-up working day
                "2026-11-21,off,苗年,,no",                     // 8: a Saturday is off anyway
                "2026-10-01,off,苗年,,no",                     // 9: already off for 国庆节
                "2026-11-25,off,,,no",                         // 10: no name
                "2026-11-26,off,苗年",                         // 11: a column short
                "2026-11-27,off,苗年,,maybe",                  // 12: bad in_lieu
                "1999-11-26,off,苗年,,no");                    // 13: out of range
        assertThat(result.days()).isEmpty();
        assertThat(result.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(result.errors()).extracting(RowError::code).containsExactly("BAD_DATE", "BAD_DATE", "BAD_KIND", "DUPLICATE_DATE",
                "WORK_NOT_WEEKEND", "OFF_ON_WEEKEND", "ALREADY_OFF", "MISSING_NAME", "BAD_COLUMNS", "BAD_IN_LIEU", "DATE_OUT_OF_RANGE");
        assertThat(result.errors().get(3).detail()).isEqualTo("第6行：日期 2026-11-19 与第2行重复");
        assertThat(result.errors().get(4).detail()).isEqualTo("第7行：2026-11-24 是星期二，本来就是工作日；只有星期六、星期日才能列为调休上班日");
        assertThat(result.errors().get(5).detail()).isEqualTo("第8行：2026-11-21 是星期六，本来就是休息日，无需列为本地休息日");
        assertThat(result.errors().get(6).detail()).contains("国庆节");
    }

    @Test
    void officialDaysOffMayFallOnAWeekendBecauseNoticesListWholeHolidayPeriods() throws IOException {
        CalendarFile.Result result = read(DaySource.OFFICIAL, "date,kind,festival_zh", "2027-10-02,off,国庆节", "2027-10-09,work,国庆节");
        assertThat(result.errors()).isEmpty();
        assertThat(read(DaySource.OFFICIAL, "date,kind,festival_zh", "2027-10-08,work,国庆节").errors())
                .extracting(RowError::code).containsExactly("WORK_NOT_WEEKEND");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithoutRowsIsRefusedAsAWhole() throws IOException {
        assertThat(read(DaySource.OFFICIAL, "day,kind,name", "2027-01-01,off,元旦").errors())
                .extracting(RowError::line, RowError::code).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "BAD_HEADER"));
        assertThat(read(DaySource.OFFICIAL, "").errors()).extracting(RowError::code).containsExactly("EMPTY_FILE");
        assertThat(read(DaySource.OFFICIAL, "date,kind,festival_zh", "").errors()).extracting(RowError::code).containsExactly("EMPTY_FILE");
    }
}
