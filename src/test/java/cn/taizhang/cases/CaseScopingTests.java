package cn.taizhang.cases;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Every read is scoped: a case outside the caller's reach does not exist for them. */
@IntegrationTest
class CaseScopingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    @Test
    void listsShowOnlyTheCallersArea() throws Exception {
        long westGate = api.created("t522601003-dispatcher-1", CaseApi.report("city_sanitation", null, null, CaseApi.WEST_GATE_GRID))
                .get("id").asLong();
        api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID));
        for (String user : new String[] {"demo-dispatcher", "demo-gridworker"}) {
            JsonNode page = api.json(user, "/api/v1/cases?size=500");
            assertThat(page.get("total").asLong()).isPositive();
            page.get("items").forEach(c -> assertThat(c.get("gridCode").asString()).startsWith(user.equals("demo-dispatcher") ? "522601002" : CaseApi.GRID));
            assertThat(api.status(user, "/api/v1/cases/" + westGate)).isEqualTo(404);
            assertThat(api.status(user, "/api/v1/cases/" + westGate + "/timeline")).isEqualTo(404);
            assertThat(api.status(user, "/api/v1/cases/" + westGate + "/duplicates")).isEqualTo(404);
        }
        assertThat(api.status("demo-leader", "/api/v1/cases/" + westGate)).isEqualTo(200);
        JsonNode filtered = api.json("demo-leader", "/api/v1/cases?area=522601003&state=reported&type=city_sanitation");
        filtered.get("items").forEach(c -> assertThat(c.get("gridCode").asString()).startsWith("522601003"));
        assertThat(filtered.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(westGate);
        assertThat(api.status("demo-leader", "/api/v1/cases?state=lost")).isEqualTo(400);
    }

    @Test
    void aDepartmentSeesOnlyWhatIsAssignedToIt() throws Exception {
        long fire = jdbc.queryForObject("SELECT id FROM department WHERE code = 'FIRE'", Long.class);
        long emergency = jdbc.queryForObject("SELECT id FROM department WHERE code = 'EMERGENCY'", Long.class);
        long toFire = api.created("demo-gridworker", CaseApi.report("safety_hazard", "general", "fire_safety", CaseApi.GRID)).get("id").asLong();
        long toUs = api.created("demo-gridworker", CaseApi.report("safety_hazard", "general", "industry_trade", CaseApi.GRID)).get("id").asLong();
        assertThat(api.status("demo-handler", "/api/v1/cases/" + toUs)).isEqualTo(404); // not assigned yet
        for (long id : new long[] {toFire, toUs}) {
            api.done("demo-dispatcher", id, "register", null);
        }
        api.done("demo-dispatcher", toFire, "dispatch", Map.of("unit", fire));
        api.done("demo-dispatcher", toUs, "dispatch", Map.of("unit", emergency));
        assertThat(api.status("demo-handler", "/api/v1/cases/" + toFire)).isEqualTo(404);
        assertThat(api.read("demo-handler", toUs).get("allowedActions").toString()).contains("handle");
        api.json("demo-handler", "/api/v1/cases?size=500").get("items")
                .forEach(c -> assertThat(c.get("unit").get("id").asLong()).isEqualTo(emergency));
    }

    @Test
    void evidenceIsServedOnlyToThoseWhoSeeTheCase() throws Exception {
        long id = api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
        MvcResult up = mvc.perform(multipart("/api/v1/cases/" + id + "/evidence")
                .file(new MockMultipartFile("file", "before.png", "image/png", TestImages.png())).param("kind", "before")
                .with(as(mvc, "demo-gridworker"))).andReturn();
        assertThat(up.getResponse().getStatus()).isEqualTo(201);
        long evidence = CaseApi.JSON.readTree(up.getResponse().getContentAsString()).get("id").asLong();
        String path = "/api/v1/cases/" + id + "/evidence/" + evidence;
        MvcResult ok = mvc.perform(get(path).with(as(mvc, "demo-dispatcher"))).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getContentAsByteArray()).isEqualTo(TestImages.png());
        assertThat(api.status("t522601003-dispatcher-1", path)).isEqualTo(404);
        assertThat(api.status("gw-522601003001001", path)).isEqualTo(404);
        assertThat(api.status("demo-handler", path)).isEqualTo(404);
    }

    @Test
    void theLedgerExportsWhatTheListShows() throws Exception {
        api.created("demo-gridworker", CaseApi.report("illegal_building", null, null, CaseApi.GRID));
        long total = api.json("demo-dispatcher", "/api/v1/cases?type=illegal_building").get("total").asLong();
        MvcResult r = mvc.perform(get("/api/v1/cases/export.xlsx").param("type", "illegal_building").with(as(mvc, "demo-dispatcher")))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(rows).hasSize((int) total + 1);
            assertThat(rows.get(1).getCellText(4)).startsWith("522601002");
            // every code reads as its name: no column shows grid_worker, illegal_building, dispatched, …
            int source = rows.get(0).getCellText(9).equals("来源") ? 9 : -1;
            assertThat(rows.get(1).getCellText(source)).isEqualTo("网格员上报");
            for (var row : rows) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    assertThat(row.getCellText(i)).as("column %d", i).doesNotMatch("[a-z]+(_[a-z]+)*");
                }
            }
        }
    }

    @Test
    void unitsAndTypesAreListed() throws Exception {
        JsonNode units = api.json("demo-dispatcher", "/api/v1/units").get("items");
        assertThat(units.findValuesAsString("name")).contains("市应急管理局", "大十字街道办事处").doesNotContain("西门街道办事处");
        JsonNode types = api.json("demo-gridworker", "/api/v1/case-types").get("items");
        assertThat(types.findValuesAsString("code")).contains("safety_hazard", "enterprise_request", "epidemic_key_person");
        assertThat(types.get(0).get("severities").findValuesAsString("name")).containsExactly("一般隐患", "重大隐患");
    }
}
