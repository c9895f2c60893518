package cn.taizhang.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.TaizhangApplication;
import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.cli.Command;
import cn.taizhang.platform.cli.CommandLine;
import cn.taizhang.support.DatabaseOfItsOwn;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The simulated history in a database of its own ({@link DatabaseOfItsOwn}: the shared test database must keep its
 * grids free of cases, and the generator fills every grid of the county): the Kaili demo's territory and staff, a year
 * played into 2019, and the generator command; the recount must agree with the statistics after each.
 */
class CaseHistoryTests {

    static final OffsetDateTime END_OF_2019 = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    static ConfigurableApplicationContext context;
    static JdbcTemplate jdbc;
    static List<Command> commands;

    @BeforeAll
    static void start() {
        List<String> options = new ArrayList<>(DatabaseOfItsOwn.options("target/test-data-history", "taizhang_case_history"));
        options.addAll(List.of("--taizhang.demo.enabled=true", "--taizhang.demo.history=false", "--cases=1500", "--years=1", "--seed=5"));
        context = CommandLine.commandApplication(TaizhangApplication.class).run(options.toArray(String[]::new));
        jdbc = context.getBean(JdbcTemplate.class);
        commands = context.getBeansOfType(Command.class).values().stream().toList();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aYearPlayedInto2019IsConsistentWithTheRulesTheCalendarAndTheStatistics() {
        CaseHistory.Progress done = context.getBean(CaseHistory.class).simulate(
                new CaseHistory.Plan(2_000, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), END_OF_2019, 7, "522601"), p -> { });
        assertThat(done.cases()).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM case_record WHERE number LIKE '522601-2019-%'")).isEqualTo(2_000);
        assertThat(count("SELECT count(DISTINCT number) FROM case_record WHERE number LIKE '522601-2019-%'")).isEqualTo(2_000);
        assertThat(count("SELECT max(substr(number, 13)::int) FROM case_record WHERE number LIKE '522601-2019-%'"))
                .isEqualTo(count("SELECT last FROM case_number_counter WHERE county = '522601' AND year = 2019"));

        String ours = " FROM case_event e JOIN case_record c ON c.id = e.case_id WHERE c.number LIKE '522601-2019-%'";
        assertThat(count("SELECT count(*)" + ours)).isEqualTo(done.events());
        // each timeline starts with the report, runs 1..n without gaps in time order, and the row's version counts it
        assertThat(count("SELECT count(*)" + ours + " AND e.seq = 1 AND e.action = 'report' AND e.at = c.created_at")).isEqualTo(2_000);
        assertThat(count("""
                SELECT count(*) FROM case_record c WHERE c.number LIKE '522601-2019-%'
                   AND (c.version <> (SELECT count(*) FROM case_event e WHERE e.case_id = c.id)
                        OR c.updated_at <> (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id))
                """)).isZero();
        assertThat(count("SELECT count(*)" + ours + " AND e.at < (SELECT p.at FROM case_event p WHERE p.case_id = e.case_id AND p.seq = e.seq - 1)"))
                .isZero();
        // in office hours, in the past, by staff of the recorded role whose jurisdiction covers the grid
        assertThat(count("SELECT count(*)" + ours + " AND (e.at >= '2020-01-01T00:00+08' OR (e.at AT TIME ZONE 'Asia/Shanghai')::time "
                + "NOT BETWEEN '08:30' AND '17:30' OR (e.at AT TIME ZONE 'Asia/Shanghai')::time BETWEEN '12:01' AND '13:59')")).isZero();
        assertThat(count("SELECT count(*)" + ours + " AND e.actor_id IS NULL AND NOT (e.action = 'supervise' AND e.actor_role = 'SYSTEM')"))
                .isZero();
        assertThat(count("SELECT count(*)" + ours + """
                 AND e.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff s JOIN staff_role r ON r.staff_id = s.id
                     WHERE s.id = e.actor_id AND r.role = e.actor_role AND c.area_code LIKE s.jurisdiction_code || '%')
                """)).isZero();

        // deadlines: the severity's working days from the dispatch, on the calendar
        WorkingDays calendar = context.getBean(WorkingDays.class);
        List<Map<String, Object>> dispatches = jdbc.queryForList("SELECT e.at, e.data->>'deadline' AS deadline, s.deadline_days" + ours.replace(
                "WHERE", "JOIN case_type_severity s ON s.type_code = c.type_code AND s.code = c.severity WHERE") + " AND e.action = 'dispatch'");
        assertThat(dispatches).hasSizeGreaterThan(1_500);
        for (Map<String, Object> d : dispatches) {
            OffsetDateTime at = ((java.sql.Timestamp) d.get("at")).toInstant().atOffset(ZoneOffset.ofHours(8));
            assertThat(OffsetDateTime.parse((String) d.get("deadline"))).isEqualTo(calendar.deadline(at, (Integer) d.get("deadline_days")));
        }

        // every 重大隐患 handled has its 治理方案, written by its handler after the dispatch and before the handling
        String handledMajor = ours.replace("case_event e JOIN case_record c ON c.id = e.case_id", "case_record c JOIN case_type_severity s "
                + "ON s.type_code = c.type_code AND s.code = c.severity").replace(" WHERE", " WHERE s.requires_plan AND c.handled_at IS NOT NULL AND");
        assertThat(count("SELECT count(*)" + handledMajor)).isPositive();
        assertThat(count("SELECT count(*)" + handledMajor + """
                 AND NOT EXISTS (SELECT 1 FROM case_plan p
                     JOIN LATERAL (SELECT e.at, e.actor_id FROM case_event e WHERE e.case_id = c.id AND e.action = 'handle' ORDER BY e.seq
                                   LIMIT 1) h ON true
                     WHERE p.case_id = c.id AND p.written_at < h.at AND p.written_by = h.actor_id
                       AND p.written_at > (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id AND e.action = 'dispatch' AND e.at < h.at))
                """)).isZero();

        // what a user reads: descriptions that rarely repeat, addresses of their own (not the village committee's name),
        // and no 疫情防控 before the outbreak
        String year = " FROM case_record c WHERE c.number LIKE '522601-2019-%'";
        assertThat(count("SELECT count(DISTINCT c.description)" + year)).isGreaterThan(1_800);
        assertThat(count("SELECT count(DISTINCT c.address)" + year)).isGreaterThan(1_500);
        assertThat(count("SELECT count(*)" + year + " AND (c.address IS NULL OR c.address = (SELECT a.name FROM area a WHERE a.code = "
                + "substr(c.area_code, 1, 12)))")).isZero();
        assertThat(count("SELECT count(*)" + year + " AND c.type_code = 'epidemic_key_person'")).isZero();

        assertThat(CommandLine.dispatch(commands, List.of("recount", "522601"))).isZero();
    }

    @Test
    void theGeneratorFillsTheLastYearsUpToYesterdayAndTheRecountAgrees() {
        long before = count("SELECT count(*) FROM case_record");
        assertThat(CommandLine.dispatch(commands, List.of("generate-history"))).isZero();
        assertThat(count("SELECT count(*) FROM case_record") - before).isEqualTo(1_500);
        String today = LocalDate.now(BeijingTime.ZONE).toString();
        assertThat(count("SELECT count(*) FROM case_record WHERE created_at >= '" + today + "T00:00+08'")).isZero();
        assertThat(count("SELECT count(*) FROM case_event WHERE at > now()")).isZero();
        assertThat(count("SELECT count(DISTINCT type_code) FROM case_record")).isGreaterThanOrEqualTo(6);
        // 疫情防控 ended with 2022: the type stays in the catalogue, but the years since have no such case
        assertThat(count("SELECT count(*) FROM case_record WHERE type_code = 'epidemic_key_person' AND created_at >= '2023-01-01T00:00+08'"))
                .isZero();
        assertThat(CommandLine.dispatch(commands, List.of("recount"))).isZero();
    }

    private static long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
