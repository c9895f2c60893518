package cn.taizhang.stats;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The narrowing parameters and the groupings of the statistics, over cases made through the case API. */
@IntegrationTest
class StatsBreakdownTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    ApiCalls api;

    @BeforeEach
    void connectApi() {
        api = new ApiCalls(mvc);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseSummaries summaries;

    /** A 大十字 村社区 this test owns, and its first grid (each test method its own). */
    String village;
    String grid;
    long fire;

    @BeforeEach
    void setUp() {
        fire = jdbc.queryForObject("SELECT id FROM department WHERE code = 'FIRE'", Long.class);
    }

    private void use(String code) {
        village = code;
        grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, village + "%");
    }

    @Test
    void narrowingAndEveryGroupingOfOneVillage() throws Exception {
        use(OwnedArea.STATS_BREAKDOWN_NARROWING.code(StatsBreakdownTests.class));
        assertThat(reported("area=" + village)).as("a village this test owns").isZero();
        long hazard = report("safety_hazard", "fire_safety", "citizen");
        act("demo-dispatcher", hazard, "register", null);
        act("demo-dispatcher", hazard, "dispatch", Map.of("unit", fire));
        report("city_sanitation", null, "grid_worker");

        assertThat(reported("area=" + village + "&sector=fire_safety")).isEqualTo(1);
        assertThat(reported("area=" + village + "&department=" + fire)).isEqualTo(1);
        assertThat(reported("area=" + village + "&type=city_sanitation&source=grid_worker")).isEqualTo(1);
        assertThat(reported("area=" + village + "&type=city_sanitation&source=citizen")).isZero();
        assertThat(reported("area=" + village + "&sector=transport")).isZero();

        JsonNode byGrid = api.json("demo-leader", "/api/v1/stats/breakdown?by=grid&area=" + village);
        List<String> keys = keys(byGrid);
        assertThat(keys).as("every grid, zeros included, by code")
                .isEqualTo(jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code", String.class,
                        village + "%"))
                .hasSizeGreaterThan(1);
        assertThat(item(byGrid, grid).get("counts").get("reported").asLong()).isEqualTo(2);
        assertThat(item(byGrid, keys.get(1)).get("counts").get("reported").asLong()).isZero();
        assertThat(item(byGrid, keys.get(1)).get("name").asString()).isNotBlank();

        JsonNode bySector = api.json("demo-leader", "/api/v1/stats/breakdown?by=sector&area=" + village);
        assertThat(keys(bySector)).containsExactly("fire_safety", "none");
        assertThat(item(bySector, "fire_safety").get("name").asString()).isEqualTo("消防");
        assertThat(item(bySector, "none").get("name").asString()).isEqualTo("未指定行业领域");
        JsonNode byDepartment = api.json("demo-leader", "/api/v1/stats/breakdown?by=department&area=" + village);
        assertThat(item(byDepartment, String.valueOf(fire)).get("name").asString()).isEqualTo("市消防救援大队");
        assertThat(item(byDepartment, String.valueOf(fire)).get("counts").get("dispatched").asLong()).isEqualTo(1);
        assertThat(item(byDepartment, "none").get("counts").get("reported").asLong()).isEqualTo(1);
        JsonNode bySource = api.json("demo-leader", "/api/v1/stats/breakdown?by=source&area=" + village);
        assertThat(item(bySource, "citizen").get("name").asString()).isEqualTo("群众举报");
        assertThat(bySource.get("total").get("counts").get("reported").asLong()).isEqualTo(2);
        JsonNode narrowed = api.json("demo-leader", "/api/v1/stats/breakdown?by=type&sector=fire_safety&area=" + village);
        assertThat(keys(narrowed)).containsExactly("safety_hazard");

        // the public Java entry point answers the same figures
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        StatsQuery year = StatsQuery.of(village, today.withDayOfYear(1), today);
        assertThat(summaries.breakdown(year, StatsQuery.By.GRID, Scope.area("522601")).get(grid).counts().reported()).isEqualTo(2);
    }

    @Test
    void everyChildAreaIsListedAndTheCityIsTheirSum() throws Exception {
        JsonNode towns = api.json("demo-leader", "/api/v1/stats/breakdown?by=child&area=522601");
        assertThat(keys(towns)).isEqualTo(jdbc.queryForList("SELECT code FROM area WHERE parent_code = '522601' ORDER BY code", String.class));
        long sum = 0;
        for (JsonNode town : towns.get("items")) {
            sum += town.get("counts").get("dispatched").asLong();
        }
        assertThat(sum).isEqualTo(api.json("demo-leader", "/api/v1/stats/summary?area=522601").get("counts").get("dispatched").asLong());
    }

    @Test
    void breakdownsStayInsideTheCallersJurisdiction() throws Exception {
        use(OwnedArea.STATS_BREAKDOWN_SCOPE.code(StatsBreakdownTests.class));
        long hazard = report("safety_hazard", "fire_safety", "inspection");
        act("demo-dispatcher", hazard, "register", null);
        act("demo-dispatcher", hazard, "dispatch", Map.of("unit", fire));
        report("city_sanitation", null, "inspection");

        assertThat(api.status("demo-dispatcher", "/api/v1/stats/breakdown?by=grid&area=522601")).isEqualTo(404);
        JsonNode own = api.json("demo-dispatcher", "/api/v1/stats/breakdown?by=child");
        assertThat(own.get("area").asString()).isEqualTo("522601002");
        assertThat(keys(own)).allMatch(k -> k.startsWith("522601002"));
        // a department's staff see only the cases with their unit, in every grouping
        JsonNode unit = api.json("fire-handler-1", "/api/v1/stats/breakdown?by=source&area=" + village);
        JsonNode all = api.json("demo-leader", "/api/v1/stats/breakdown?by=source&area=" + village);
        assertThat(unit.get("total").get("counts").get("reported").asLong())
                .isEqualTo(all.get("total").get("counts").get("dispatched").asLong())
                .isLessThan(all.get("total").get("counts").get("reported").asLong());
        assertThat(api.json("demo-handler", "/api/v1/stats/breakdown?by=type&area=" + village).get("items").size()).isZero();
    }

    @Test
    void badNarrowingIsNamed() throws Exception {
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&sector=gold_mining")).isEqualTo("sector");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&department=fire")).isEqualTo("department");
        assertThat(api.problemField("/api/v1/stats/breakdown?area=522601&by=type&department=999999")).isEqualTo("department");
        assertThat(api.problemField("/api/v1/stats/breakdown?area=522601&by=unit")).isEqualTo("by");
        MvcResult r = mvc.perform(get("/api/v1/stats/summary?area=522601&sector=x&department=y&source=z").with(as(mvc, "demo-leader")))
                .andReturn();
        JsonNode body = JSON.readTree(r.getResponse().getContentAsString());
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("sector", "department", "source");
        body.get("errors").forEach(e -> assertThat(e.get("detail").asString()).matches(".*[\\u4e00-\\u9fff].*"));
    }

    private long reported(String query) throws Exception {
        return api.json("demo-leader", "/api/v1/stats/summary?" + query).get("counts").get("reported").asLong();
    }

    private static List<String> keys(JsonNode breakdown) {
        List<String> keys = new ArrayList<>();
        breakdown.get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    private static JsonNode item(JsonNode breakdown, String key) {
        for (JsonNode item : breakdown.get("items")) {
            if (item.get("key").asString().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no item " + key + " in " + breakdown);
    }

    private long report(String type, String sector, String source) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("type", type);
        body.put("description", "分组统计测试：" + UUID.randomUUID());
        body.put("gridCode", grid);
        body.put("source", source);
        if (sector != null) {
            body.put("sector", sector);
        }
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-dispatcher")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
    }

    private void act(String user, long id, String action, Object body) throws Exception {
        int version = api.json("demo-leader", "/api/v1/cases/" + id).get("version").asInt();
        MvcResult r = mvc.perform(post("/api/v1/cases/" + id + "/actions/" + action).with(as(mvc, user))
                .contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"" + version + "\"")
                .content(body == null ? "{}" : JSON.writeValueAsString(body))).andReturn();
        assertThat(r.getResponse().getStatus()).as(action + ": " + r.getResponse().getContentAsString()).isEqualTo(200);
    }
}
