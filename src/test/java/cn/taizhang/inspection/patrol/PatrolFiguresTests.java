package cn.taizhang.inspection.patrol;

import static cn.taizhang.inspection.patrol.PatrolFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The patrol figures on a hand-built history: rounds, person-times (staff and volunteers summed) and findings. */
@IntegrationTest
class PatrolFiguresTests {

    private static final String VILLAGE = OwnedArea.PATROL_FIGURES.code(PatrolFiguresTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PatrolFigures figures;

    @Test
    void roundsAndPersonTimesAreCountedAsTheSeedsCountThem() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        String grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, VILLAGE + "%");
        String gridWorker = jdbc.queryForObject("SELECT username FROM staff WHERE jurisdiction_code = ? ORDER BY id LIMIT 1", String.class, grid);
        long cafe = api.cafe(grid);
        long first = api.volunteer(VILLAGE);
        long second = api.volunteer(grid);
        LocalDate today = PatrolFixtures.today();

        // A: the 指挥员 and two monitors, one finding
        ObjectNode a = round(api, grid, cafe, today.minusDays(10));
        a.putArray("staffIds").add(api.staffId("demo-dispatcher"));
        a.putArray("volunteerIds").add(first).add(second);
        a.putArray("findings").addObject().put("description", "网吧未落实实名登记").put("placeId", cafe);
        ok(api.record("demo-dispatcher", a), 201);
        // B: the grid worker and the first monitor again
        ObjectNode b = round(api, grid, cafe, today.minusDays(3));
        b.putArray("staffIds").add(api.staffId(gridWorker));
        b.putArray("volunteerIds").add(first);
        ok(api.record(gridWorker, b), 201);
        // C: before the period, recorded by the 指挥员 for a monitor alone
        ObjectNode c = round(api, grid, cafe, today.minusDays(40));
        c.putArray("volunteerIds").add(second);
        ok(api.record("demo-dispatcher", c), 201);

        assertThat(figures.count(VILLAGE, today.minusDays(30), today.plusDays(1), Scope.area("")))
                .isEqualTo(new PatrolCounts(2, 5, 1));
        assertThat(figures.count(VILLAGE, today.minusDays(60), today.plusDays(1), Scope.area("522601002")))
                .isEqualTo(new PatrolCounts(3, 6, 1));
        assertThat(figures.count(VILLAGE, today.minusDays(30), today.minusDays(3), Scope.area(""))).as("until is exclusive")
                .isEqualTo(new PatrolCounts(1, 3, 1));
        assertThat(figures.count(VILLAGE, today.minusDays(60), today.plusDays(1), Scope.area("522601003"))).isEqualTo(new PatrolCounts(0, 0, 0));

        // the same counts beside the inspections' figures
        JsonNode answer = ok(api.read("demo-leader", "/api/v1/inspections/figures?area=" + VILLAGE + "&from=" + today.minusDays(30)
                + "&to=" + today), 200);
        assertThat(answer.get("patrols").get("patrols").asLong()).isEqualTo(2);
        assertThat(answer.get("patrols").get("personTimes").asLong()).isEqualTo(5);
    }

    private static ObjectNode round(PatrolFixtures api, String grid, long cafe, LocalDate day) {
        ObjectNode r = api.round(cafe);
        r.put("gridCode", grid).put("date", day.toString()).remove("staffIds");
        return r;
    }
}
