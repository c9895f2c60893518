package cn.taizhang.calendar;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The calendar API on the shared demo database. Tests that change the calendar use years far from any
 * real case (2039-2049), one year per test, and put the calendar back as they found it.
 */
@IntegrationTest
class CalendarApiTests {

    private static final String HEADER = "date,kind,festival_zh,festival_en,in_lieu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;


    @Autowired
    OfficialCalendar calendar;

    private ResultActions deadline(String from, String workingDays) throws Exception {
        return mvc.perform(get("/api/v1/calendar/deadline").param("from", from).param("workingDays", workingDays)
                .with(as(mvc, "demo-gridworker")));
    }

    private ResultActions putDay(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/calendar/days").contentType(MediaType.APPLICATION_JSON).content(json).with(as(mvc, user)));
    }

    private ResultActions removeDay(String user, String date) throws Exception {
        return mvc.perform(delete("/api/v1/calendar/days/{date}", date).with(as(mvc, user)));
    }

    private ResultActions upload(String user, String source, String... lines) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "calendar.csv", "text/csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        var request = multipart("/api/v1/calendar/imports").file(file);
        if (source != null) {
            request.param("source", source);
        }
        return mvc.perform(request.with(as(mvc, user)));
    }

    private long rows() {
        return jdbc.queryForObject("SELECT count(*) FROM calendar_day", Long.class);
    }

    @Test
    void deadlinesRunOnTheOfficialCalendar() throws Exception {
        deadline("2026-09-30", "4").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-09-30"))
                .andExpect(jsonPath("$.startDay").value("2026-09-30"))
                .andExpect(jsonPath("$.workingDays").value(4))
                .andExpect(jsonPath("$.deadline").value("2026-10-12T23:59:59+08:00"));
        deadline("2025-09-30", "3").andExpect(jsonPath("$.deadline").value("2025-10-11T23:59:59+08:00")); // make-up Saturday
        deadline("2026-02-13", "2").andExpect(jsonPath("$.deadline").value("2026-02-24T23:59:59+08:00")); // across 春节
        deadline("2025-10-03", "0").andExpect(jsonPath("$.deadline").value("2025-10-03T23:59:59+08:00"));
    }

    @Test
    void aStartWithAnOffsetIsTakenOnItsShanghaiDay() throws Exception {
        // 16:30 UTC on Saturday 09-27 is 00:30 on Sunday 09-28 in Shanghai, a make-up working day
        deadline("2025-09-27T16:30:00Z", "1").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-27T16:30:00Z"))
                .andExpect(jsonPath("$.startDay").value("2025-09-28"))
                .andExpect(jsonPath("$.deadline").value("2025-09-29T23:59:59+08:00"));
        // a '+' left unencoded in the query string arrives as a space
        deadline("2025-09-28T00:30:00 08:00", "1").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-28T00:30:00+08:00"))
                .andExpect(jsonPath("$.deadline").value("2025-09-29T23:59:59+08:00"));
    }

    @Test
    void badDeadlineParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("from", "workingDays")))
                .andExpect(jsonPath("$.errors[*].code").value(contains("REQUIRED", "REQUIRED")));
        deadline("2026-09-30", "366").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"))
                .andExpect(jsonPath("$.errors[0].code").value("OUT_OF_RANGE"))
                .andExpect(jsonPath("$.errors[0].detail").value("workingDays：工作日数应为 0 到 365 之间的整数"));
        deadline("2026-09-30", "-1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        deadline("2026-09-30", "three").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        deadline("2026-02-30", "1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        deadline("2026-09-30T10:00:00", "1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_FIELD"));
        deadline("1990-01-01", "1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("OUT_OF_RANGE"));
    }

    @Test
    void theCalendarIsForSignedInUsersOnly() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aYearListsItsOfficialDaysAndCountsItsWorkingDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.officialDataLoaded").value(true))
                .andExpect(jsonPath("$.warning").doesNotExist())
                .andExpect(jsonPath("$.workingDayCount").value(248))
                .andExpect(jsonPath("$.days", hasSize(33)))
                .andExpect(jsonPath("$.days[0].date").value("2025-01-01"))
                .andExpect(jsonPath("$.days[?(@.date == '2025-09-28')].kind").value(contains("work")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-09-28')].name").value(contains("国庆节")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-09-28')].source").value(contains("official")))
                .andExpect(jsonPath("$.days[?(@.date == '2025-10-06')].name").value(contains("中秋")));
    }

    @Test
    void aYearWithoutItsNoticeSaysSo() throws Exception {
        mvc.perform(get("/api/v1/calendar/2039").with(as(mvc, "demo-leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialDataLoaded").value(false))
                .andExpect(jsonPath("$.warning").value("2039 年的国务院节假日安排尚未导入，目前该年只按周一至周五上班计算工作日，请系统管理员导入"))
                .andExpect(jsonPath("$.workingDayCount").value(260))
                .andExpect(jsonPath("$.days", hasSize(0)));
        mvc.perform(get("/api/v1/calendar/20x5").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/calendar/1999").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void onlyTheSystemAdministratorChangesTheCalendar() throws Exception {
        long before = rows();
        String day = "{\"date\":\"2040-11-20\",\"kind\":\"off\",\"name\":\"苗年\",\"source\":\"local\"}";
        putDay("demo-leader", day).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        putDay("demo-secadmin", day).andExpect(status().isForbidden());
        removeDay("demo-leader", "2025-10-01").andExpect(status().isForbidden());
        upload("demo-leader", "local", HEADER, "2040-11-20,off,苗年,,no").andExpect(status().isForbidden());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anAddedLocalDayOffMovesDeadlinesAtOnceAndRemovingItMovesThemBack() throws Exception {
        deadline("2041-11-18", "2").andExpect(jsonPath("$.deadline").value("2041-11-20T23:59:59+08:00"));

        putDay("demo-sysadmin", "{\"date\":\"2041-11-20\",\"kind\":\"off\",\"name\":\"苗年\",\"source\":\"local\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value("2041-11-20"))
                .andExpect(jsonPath("$.kind").value("off"))
                .andExpect(jsonPath("$.source").value("local"));
        deadline("2041-11-18", "2").andExpect(jsonPath("$.deadline").value("2041-11-21T23:59:59+08:00"));
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2041, 11, 20))).isFalse();

        putDay("demo-sysadmin", "{\"date\":\"2041-11-20\",\"kind\":\"off\",\"name\":\"苗年（第一天）\"}") // source defaults to local
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("苗年（第一天）"));
        assertThat(jdbc.queryForObject("SELECT created_by FROM calendar_day WHERE day = '2041-11-20' AND source = 'local'", String.class))
                .isEqualTo("demo-sysadmin");
        List<Map<String, Object>> audit = jdbc.queryForList("""
                SELECT method, status, target_type, before_ref, after_ref FROM audit_event
                WHERE target_id = '2041-11-20/local' ORDER BY id""");
        assertThat(audit).extracting(a -> a.get("before_ref"), a -> a.get("after_ref")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "off:苗年"), org.assertj.core.groups.Tuple.tuple("off:苗年", "off:苗年（第一天）"));

        removeDay("demo-sysadmin", "2041-11-20").andExpect(status().isNoContent());
        deadline("2041-11-18", "2").andExpect(jsonPath("$.deadline").value("2041-11-20T23:59:59+08:00"));
        removeDay("demo-sysadmin", "2041-11-20").andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_id = '2041-11-20/local' AND method = 'DELETE'"
                + " AND before_ref = 'off:苗年（第一天）'", Integer.class)).isEqualTo(1);
    }

    @Test
    void officialDaysCannotBeRemovedButALocalOneOnTopOfThemCan() throws Exception {
        removeDay("demo-sysadmin", "2025-10-01").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("OFFICIAL_DAY"));
        removeDay("demo-sysadmin", "2025-13-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void aBadDayIsRefusedNamingTheField() throws Exception {
        long before = rows();
        putDay("demo-sysadmin", "{\"kind\":\"holiday\",\"name\":\"苗年\",\"source\":\"county\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("date", "kind", "source")));
        putDay("demo-sysadmin", "{\"date\":\"2042-11-19\",\"kind\":\"work\",\"name\":\"补班\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].code").value("WORK_NOT_WEEKEND"));
        putDay("demo-sysadmin", "{\"date\":\"2042-11-22\",\"kind\":\"off\",\"name\":\"苗年\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("OFF_ON_WEEKEND"))
                .andExpect(jsonPath("$.errors[0].detail").value("2042-11-22 是星期六，本来就是休息日，无需列为本地休息日"));
        putDay("demo-sysadmin", "{\"date\":\"2042-11-19\",\"kind\":\"off\",\"name\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        putDay("demo-sysadmin", "{\"date\": 20421119,").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRejectedImportListsEveryBadRowAndWritesNothing() throws Exception {
        long before = rows();
        upload("demo-sysadmin", "local", HEADER,
                "2042-11-19,off,苗年,Miao New Year,no",  // 2: good, but not written
                "2042-11-31,off,苗年,,no",               // 3: no such date
                "2042-11-20,rest,苗年,,no",              // 4: bad kind
                "2042-11-19,off,苗年,,no",               // 5: duplicate of line 2
                "2042-11-21,work,苗年,,no",              // 6: a Friday cannot be a make-up working day
                "2042-11-22,off,苗年,,no",               // 7: a Saturday is off anyway
                "2026-10-01,off,苗年,,no")               // 8: already off for 国庆节
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.detail").value("导入被拒绝：发现6处错误，未写入任何数据"))
                .andExpect(jsonPath("$.errors[*].line").value(contains(3, 4, 5, 6, 7, 8)))
                .andExpect(jsonPath("$.errors[*].code").value(contains("BAD_DATE", "BAD_KIND", "DUPLICATE_DATE",
                        "WORK_NOT_WEEKEND", "OFF_ON_WEEKEND", "ALREADY_OFF")))
                .andExpect(jsonPath("$.errors[2].detail").value("第5行：日期 2042-11-19 与第2行重复"));
        assertThat(rows()).isEqualTo(before);
        deadline("2042-11-18", "1").andExpect(jsonPath("$.deadline").value("2042-11-19T23:59:59+08:00"));

        upload("demo-sysadmin", "county", HEADER, "2042-11-19,off,苗年,,no").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        mvc.perform(multipart("/api/v1/calendar/imports").with(as(mvc, "demo-sysadmin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        MockMultipartFile gbk = new MockMultipartFile("file", "gbk.csv", "text/csv",
                (HEADER + "\n2042-11-19,off,苗年,,no").getBytes(java.nio.charset.Charset.forName("GBK")));
        mvc.perform(multipart("/api/v1/calendar/imports").file(gbk).with(as(mvc, "demo-sysadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("NOT_UTF8"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aLocalImportTakesEffectAtOnceAndReimportingChangesNothing() throws Exception {
        String[] file = {HEADER, "2043-11-19,off,苗年,Miao New Year,no", "2043-11-20,off,苗年,Miao New Year,no"};
        deadline("2043-11-18", "2").andExpect(jsonPath("$.deadline").value("2043-11-20T23:59:59+08:00"));
        upload("demo-sysadmin", "local", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.written").value(2))
                .andExpect(jsonPath("$.first").value("2043-11-19"))
                .andExpect(jsonPath("$.last").value("2043-11-20"));
        deadline("2043-11-18", "2").andExpect(jsonPath("$.deadline").value("2043-11-24T23:59:59+08:00"));
        mvc.perform(get("/api/v1/calendar/2043").with(as(mvc, "demo-leader")))
                .andExpect(jsonPath("$.officialDataLoaded").value(false)) // local days are not the year's notice
                .andExpect(jsonPath("$.days[*].date").value(contains("2043-11-19", "2043-11-20")))
                .andExpect(jsonPath("$.days[*].source").value(contains("local", "local")));

        upload("demo-sysadmin", "local", file).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'calendar_import' AND path = '/api/v1/calendar/imports'",
                Integer.class)).isGreaterThanOrEqualTo(2);

        removeDay("demo-sysadmin", "2043-11-19").andExpect(status().isNoContent());
        removeDay("demo-sysadmin", "2043-11-20").andExpect(status().isNoContent());
        deadline("2043-11-18", "2").andExpect(jsonPath("$.deadline").value("2043-11-20T23:59:59+08:00"));
    }

    @Test
    void aNewYearsNoticeIsImportedAsOfficialDataAndALocalDayOverridesIt() throws Exception {
        try {
            upload("demo-sysadmin", null, HEADER, // source defaults to official
                    "2044-01-01,off,元旦,New Year's Day,no",
                    "2044-01-02,off,元旦,New Year's Day,no",
                    "2044-01-09,work,元旦,New Year's Day,no")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(3));
            mvc.perform(get("/api/v1/calendar/2044").with(as(mvc, "demo-leader")))
                    .andExpect(jsonPath("$.officialDataLoaded").value(true))
                    .andExpect(jsonPath("$.workingDayCount").value(261 - 1 + 1)); // 2044: 261 weekdays, Friday 01-01 off, Saturday 01-09 worked
            // a local day off on the official make-up Saturday wins over it, and shows which is in force
            putDay("demo-sysadmin", "{\"date\":\"2044-01-09\",\"kind\":\"off\",\"name\":\"侗年\",\"source\":\"local\"}")
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.inForce").value(true));
            mvc.perform(get("/api/v1/calendar/2044").with(as(mvc, "demo-leader")))
                    .andExpect(jsonPath("$.workingDayCount").value(260))
                    .andExpect(jsonPath("$.days[?(@.date == '2044-01-09')].inForce").value(contains(false, true)));
            removeDay("demo-sysadmin", "2044-01-09").andExpect(status().isNoContent());
            assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2044, 1, 9))).isTrue();
        } finally {
            jdbc.update("DELETE FROM calendar_day WHERE day BETWEEN '2044-01-01' AND '2044-12-31'");
            calendar.reload();
        }
    }

    @Test
    void theOpenApiDescriptionListsTheCalendar() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(mvc, "demo-leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/deadline'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/imports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/imports'].post.parameters[*].name").value(contains("source")))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/days'].post.parameters").doesNotExist())
                .andExpect(jsonPath("$.tags[*].name").value(hasItem("calendar")));
    }
}
