package cn.taizhang.stats;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
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

/** The statistics endpoints over cases made through the case API. */
@IntegrationTest
class StatsApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Autowired
    MockMvc mvc;

    ApiCalls api;

    @BeforeEach
    void connectApi() {
        api = new ApiCalls(mvc);
    }

    @Autowired
    JdbcTemplate jdbc;

    /** A grid of the 大十字 村社区 this test owns. */
    String grid;

    @BeforeEach
    void setUp() {
        grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class,
                OwnedArea.STATS_API.code(StatsApiTests.class) + "%");
    }

    @Test
    void aHandBuiltHistoryGivesExactCountsAndRates() throws Exception {
        JsonNode before = summary("demo-leader", "area=" + grid);
        assertThat(before.get("counts").get("reported").asLong()).as("a grid this test owns").isZero();
        assertThat(before.get("rates").get("closureRate").isNull()).isTrue();

        long closed = report();
        act("demo-dispatcher", closed, "register", null);
        // read-your-writes: the registration shows in the very next summary
        assertThat(summary("demo-leader", "area=" + grid).get("counts").get("registered").asLong()).isEqualTo(1);
        act("demo-dispatcher", closed, "dispatch", Map.of("unit", unit("OFFICE-522601002")));
        act("t522601002-safety-1", closed, "handle", Map.of("note", "已清理"));
        act("demo-dispatcher", closed, "verify", Map.of("passed", true, "note", "核查合格"));

        long rejected = report();
        act("demo-dispatcher", rejected, "reject", Map.of("reason", "重复上报"));

        long returned = report();
        act("demo-dispatcher", returned, "register", null);
        act("demo-dispatcher", returned, "dispatch", Map.of("unit", unit("HOUSING")));
        act("housing-handler-1", returned, "return", Map.of("reason", "不属于本单位职责"));

        report(); // waits for registration

        JsonNode after = summary("demo-leader", "area=" + grid + "&from=" + TODAY + "&to=" + TODAY);
        assertThat(after.get("area").asString()).isEqualTo(grid);
        assertThat(after.get("from").asString()).isEqualTo(TODAY);
        Map<String, Long> counts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = after.get("counts").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            counts.put(e.getKey(), e.getValue().asLong());
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("reported", 4L), Map.entry("registered", 2L), Map.entry("rejected", 1L), Map.entry("dispatched", 2L),
                Map.entry("returned", 1L), Map.entry("handled", 1L), Map.entry("closed", 1L), Map.entry("closedOnTime", 1L),
                Map.entry("open", 2L), Map.entry("overdue", 0L), Map.entry("reworked", 0L), Map.entry("extended", 0L),
                Map.entry("deferred", 0L), Map.entry("supervised", 0L)));
        JsonNode rates = after.get("rates");
        assertThat(rates.get("closureRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get("onTimeClosureRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get("reworkRate").asDouble()).isEqualTo(0.0);
        assertThat(rates.get("extensionRate").asDouble()).isEqualTo(0.0);
        assertThat(rates.get("accurateRegistrationRate").asDouble()).isEqualTo(0.6667);
        assertThat(rates.get("accurateDispatchRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get("rectificationRate").asDouble()).isEqualTo(0.3333);

        // the period, type and source select; a department sees only its own unit's cases
        assertThat(summary("demo-leader", "area=" + grid + "&from=" + LocalDate.parse(TODAY).plusDays(1) + "&to="
                + LocalDate.parse(TODAY).plusDays(1)).get("counts").get("reported").asLong()).isZero();
        assertThat(summary("demo-leader", "area=" + grid + "&type=safety_hazard").get("counts").get("reported").asLong()).isZero();
        assertThat(summary("demo-leader", "area=" + grid + "&source=citizen").get("counts").get("reported").asLong()).isZero();
        assertThat(summary("demo-leader", "area=" + grid + "&source=grid_worker").get("counts").get("reported").asLong()).isEqualTo(4);
        assertThat(summary("demo-handler", "area=" + grid).get("counts").get("reported").asLong()).isZero();

        JsonNode byType = api.json("demo-leader", "/api/v1/stats/breakdown?by=type&area=" + grid);
        assertThat(byType.get("items").size()).isEqualTo(1);
        assertThat(byType.get("items").get(0).get("key").asString()).isEqualTo("city_sanitation");
        assertThat(byType.get("items").get(0).get("name").asString()).isEqualTo("市容环境卫生");
        assertThat(byType.get("total").get("counts").get("reported").asLong()).isEqualTo(4);
        JsonNode byMonth = api.json("demo-leader", "/api/v1/stats/breakdown?by=month&area=" + grid);
        assertThat(byMonth.get("items").get(0).get("key").asString()).isEqualTo(TODAY.substring(0, 7));
        JsonNode village = api.json("demo-leader", "/api/v1/stats/breakdown?by=child&area=" + grid.substring(0, 12));
        JsonNode ours = null;
        for (JsonNode item : village.get("items")) {
            ours = item.get("key").asString().equals(grid) ? item : ours;
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("counts").get("reported").asLong()).isEqualTo(4);
        assertThat(ours.get("name").asString()).isNotBlank();
    }

    @Test
    void theCityIsTheSumOfItsTowns() throws Exception {
        report();
        JsonNode city = summary("demo-leader", "area=522601");
        JsonNode towns = api.json("demo-leader", "/api/v1/stats/breakdown?by=child&area=522601");
        assertThat(towns.get("total").get("counts")).isEqualTo(city.get("counts"));
        assertThat(towns.get("total").get("rates")).isEqualTo(city.get("rates"));
        long sum = 0;
        for (JsonNode town : towns.get("items")) {
            assertThat(town.get("key").asString()).hasSize(9).startsWith("522601");
            assertThat(town.get("name").asString()).isNotBlank();
            sum += town.get("counts").get("reported").asLong();
        }
        assertThat(sum).isEqualTo(city.get("counts").get("reported").asLong()).isPositive();
    }

    @Test
    void figuresStayInsideTheCallersJurisdiction() throws Exception {
        assertThat(api.status("demo-dispatcher", "/api/v1/stats/summary?area=522601003")).isEqualTo(404);
        assertThat(api.status("demo-dispatcher", "/api/v1/stats/breakdown?area=522601003&by=child")).isEqualTo(404);
        assertThat(api.status("demo-dispatcher", "/api/v1/stats/summary?area=522601")).isEqualTo(404); // an ancestor too
        assertThat(api.status("demo-dispatcher", "/api/v1/stats/summary?area=522601002")).isEqualTo(200);
        assertThat(api.status("t522601003-leader", "/api/v1/stats/summary?area=522601002")).isEqualTo(404);

        report();
        JsonNode own = summary("t522601002-leader", "");
        assertThat(own.get("area").asString()).isEqualTo("522601002"); // the jurisdiction by default
        JsonNode town = null;
        for (JsonNode item : api.json("demo-leader", "/api/v1/stats/breakdown?by=child&area=522601").get("items")) {
            town = item.get("key").asString().equals("522601002") ? item : town;
        }
        assertThat(own.get("counts")).isEqualTo(town.get("counts"));
        assertThat(summary("t522601003-leader", "").get("counts").get("reported").asLong())
                .isLessThan(summary("demo-leader", "").get("counts").get("reported").asLong());
    }

    @Test
    void badParametersAreNamed() throws Exception {
        assertThat(api.problemField("/api/v1/stats/summary?area=52260")).isEqualTo("area");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&from=2026-13-01")).isEqualTo("from");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&to=yesterday")).isEqualTo("to");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&from=2026-03-01&to=2026-02-01")).isEqualTo("to");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&type=nonsense")).isEqualTo("type");
        assertThat(api.problemField("/api/v1/stats/summary?area=522601&source=rumour")).isEqualTo("source");
        assertThat(api.problemField("/api/v1/stats/breakdown?area=522601&by=street")).isEqualTo("by");
        assertThat(api.problemField("/api/v1/stats/breakdown?area=" + grid + "&by=child")).isEqualTo("by");
        assertThat(api.status("demo-leader", "/api/v1/stats/summary?area=522601199")).isEqualTo(404); // well-formed, no such town;
    }

    private long report() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("type", "city_sanitation");
        body.put("description", "统计测试：" + UUID.randomUUID());
        body.put("gridCode", grid);
        body.put("address", "中华路 1 号");
        body.put("source", "grid_worker");
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
        assertThat(r.getResponse().getStatus()).as(action + " by " + user + ": " + r.getResponse().getContentAsString()).isEqualTo(200);
    }

    private long unit(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    private JsonNode summary(String user, String query) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/stats/summary?" + query).with(as(mvc, user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
