package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The project figures of the registry statistics equal the sums of the rows, by year and kind and status; the briefing's
 * 项目建设 says each year of its period in the newspaper's words, as the roll-up writes them.
 */
@IntegrationTest
class ProjectFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    private Map<String, Object> sums(String area, int year, String kind) {
        return jdbc.queryForMap("""
                SELECT count(*) AS n, count(*) FILTER (WHERE status = 'completed') AS completed,
                       count(*) FILTER (WHERE status = 'under_construction') AS building, count(*) FILTER (WHERE status = 'planned') AS planned,
                       coalesce(sum(households), 0) AS households, coalesce(sum(beneficiaries), 0) AS beneficiaries,
                       coalesce(sum(length_m), 0) AS length, coalesce(sum(investment), 0) AS investment
                FROM project WHERE area_code LIKE ? || '%' AND year = ? AND kind_code = ?""", area, year, kind);
    }

    @Test
    void theFiguresOfEachYearAndKindAreTheSumsOfTheirRows() throws Exception {
        api.created("demo-dispatcher", project(newName("统计测试小巷")).put("year", 2037).put("status", "under_construction"));
        for (String area : new String[] {"522601", "522601002"}) {
            JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?area=" + area).get("projects");
            assertThat(f.get("total").asLong()).as(area).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM project WHERE area_code LIKE ? || '%'",
                    Long.class, area));
            assertThat(f.get("completed").asLong() + f.get("underConstruction").asLong() + f.get("planned").asLong()).isEqualTo(f.get("total").asLong());
            for (JsonNode year : f.get("byYear")) {
                for (JsonNode kind : year.get("kinds")) {
                    Map<String, Object> rows = sums(area, year.get("year").asInt(), kind.get("kind").asString());
                    String what = area + " " + year.get("year") + " " + kind.get("kind");
                    assertThat(kind.get("count").asLong()).as(what).isEqualTo(((Number) rows.get("n")).longValue());
                    assertThat(kind.get("completed").asLong()).as(what).isEqualTo(((Number) rows.get("completed")).longValue());
                    assertThat(kind.get("underConstruction").asLong()).as(what).isEqualTo(((Number) rows.get("building")).longValue());
                    assertThat(kind.get("planned").asLong()).as(what).isEqualTo(((Number) rows.get("planned")).longValue());
                    assertThat(kind.get("households").asLong()).as(what).isEqualTo(((Number) rows.get("households")).longValue());
                    assertThat(kind.get("beneficiaries").asLong()).as(what).isEqualTo(((Number) rows.get("beneficiaries")).longValue());
                    assertThat(kind.get("lengthM").decimalValue()).as(what).isEqualByComparingTo((BigDecimal) rows.get("length"));
                    assertThat(kind.get("investment").decimalValue()).as(what).isEqualByComparingTo((BigDecimal) rows.get("investment"));
                    assertThat(kind.get("sentences")).isNotEmpty();
                }
            }
        }
        JsonNode town = api.json("demo-dispatcher", "/api/v1/stats/registries").get("projects");
        JsonNode y2037 = town.get("byYear").valueStream().filter(y -> y.get("year").asInt() == 2037).findFirst().orElseThrow();
        assertThat(y2037.get("kinds").get(0).get("sentences").get(0).asString()).startsWith("2037年正在改造背街小巷");
        assertThat(api.json("demo-dispatcher", "/api/v1/stats/registries?date=2020-01-01").get("projects").get("total").asLong()).isZero();
    }

    @Test
    void theBriefingSaysEachYearOfItsPeriodAsTheRollUpWritesIt() throws Exception {
        JsonNode briefing = api.json("demo-dispatcher", "/api/v1/briefings?from=2021-01-01&to=2022-12-31");
        JsonNode section = briefing.get("sections").valueStream().filter(s -> s.get("heading").asString().endsWith("项目建设")).findFirst()
                .orElseThrow();
        String text = section.get("text").asString();
        assertThat(text).startsWith("大十字街道2021年").endsWith("。");
        long projects = 0;
        for (int year : new int[] {2021, 2022}) {
            for (JsonNode line : api.json("demo-dispatcher", "/api/v1/projects/summary?year=" + year).get("items")) {
                assertThat(text).contains(line.get("sentence").asString());
                projects += line.get("count").asLong();
            }
        }
        assertThat(section.get("counts").get("projects").asLong()).isEqualTo(projects).isPositive();
        // a period without projects has no such section; a briefing narrowed by source neither
        JsonNode empty = api.json("demo-dispatcher", "/api/v1/briefings?from=2019-01-01&to=2019-12-31");
        assertThat(empty.get("sections").valueStream().map(s -> s.get("heading").asString())).noneMatch(h -> h.endsWith("项目建设"));
        JsonNode narrowed = api.json("demo-dispatcher", "/api/v1/briefings?from=2021-01-01&to=2021-12-31&source=citizen");
        assertThat(narrowed.get("sections").valueStream().map(s -> s.get("heading").asString())).noneMatch(h -> h.endsWith("项目建设"));
    }
}
