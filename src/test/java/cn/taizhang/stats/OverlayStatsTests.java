package cn.taizhang.stats;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import cn.taizhang.territory.OverlayKind;
import cn.taizhang.territory.TerritoryImport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statistics of an overlay (片区): the demo's 黔东南高新区 is the towns 鸭塘街道 and 开怀街道, which this test owns
 * ({@link OwnedArea}), so that their figures are its own.
 */
@IntegrationTest
class OverlayStatsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ZONE = "QDN-HTZ";
    static final String FIRST = OwnedArea.OVERLAY_FIRST.code(OverlayStatsTests.class);
    static final String SECOND = OwnedArea.OVERLAY_SECOND.code(OverlayStatsTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TerritoryImport imports;

    @Test
    void aZonesFiguresAreThoseOfItsMembersTogether() throws Exception {
        CaseDriver first = new CaseDriver(mvc, jdbc, FIRST);
        CaseDriver second = new CaseDriver(mvc, jdbc, SECOND);
        long closed = first.report("city_sanitation", first.grid(0));
        first.dispatch(closed);
        first.close(closed);
        second.report("safety_hazard", second.grid(0));
        second.report("city_sanitation", second.grid(1));

        JsonNode zone = summary("demo-leader", "overlay=" + ZONE);
        assertThat(zone.get("area").asString()).isEqualTo(ZONE);
        assertThat(zone.get("name").asString()).isEqualTo("黔东南高新区");
        Map<String, Long> together = plus(counts(summary("demo-leader", "area=" + FIRST)), counts(summary("demo-leader", "area=" + SECOND)));
        assertThat(counts(zone)).isEqualTo(together);
        assertThat(together.get("reported")).isGreaterThanOrEqualTo(3);
        assertThat(together.get("closed")).isGreaterThanOrEqualTo(1);

        Map<String, Long> hazards = counts(summary("demo-leader", "overlay=" + ZONE + "&type=safety_hazard"));
        assertThat(hazards).isEqualTo(plus(counts(summary("demo-leader", "area=" + FIRST + "&type=safety_hazard")),
                counts(summary("demo-leader", "area=" + SECOND + "&type=safety_hazard"))));
        assertThat(hazards.get("reported")).isPositive();
    }

    @Test
    void anAreaInsideAnotherMemberCountsOnce() throws Exception {
        CaseDriver town = new CaseDriver(mvc, jdbc, FIRST);
        String grid = town.grid(2);
        town.report("city_sanitation", grid);
        assertThat(imports.defineOverlay("t-nested-zone", "嵌套测试区", OverlayKind.DEVELOPMENT_ZONE,
                List.of(FIRST, grid.substring(0, 12), grid)).errors()).isEmpty();
        assertThat(counts(summary("demo-leader", "overlay=t-nested-zone"))).isEqualTo(counts(summary("demo-leader", "area=" + FIRST)));
    }

    @Test
    void aTownSeesOnlyTheMembersInItsJurisdiction() throws Exception {
        CaseDriver town = new CaseDriver(mvc, jdbc, SECOND);
        town.report("city_sanitation", town.grid(3));
        assertThat(counts(summary("t" + SECOND + "-leader", "overlay=" + ZONE))).isEqualTo(counts(summary("demo-leader", "area=" + SECOND)));
        assertThat(status("t522601002-leader", "overlay=" + ZONE)).isEqualTo(404); // no member in 大十字街道
        assertThat(status("demo-leader", "overlay=NO-SUCH-ZONE")).isEqualTo(404);
        MvcResult both = mvc.perform(get("/api/v1/stats/summary?area=522601&overlay=" + ZONE).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(both.getResponse().getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(both.getResponse().getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("overlay");
    }

    private JsonNode summary(String user, String query) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/stats/summary?" + query).with(as(mvc, user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(query + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    private int status(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/stats/summary?" + query).with(as(mvc, user))).andReturn().getResponse().getStatus();
    }

    private static Map<String, Long> counts(JsonNode summary) {
        Map<String, Long> counts = new TreeMap<>();
        summary.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }
}
