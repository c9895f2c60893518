package cn.taizhang.inspection.lists;

import static cn.taizhang.inspection.lists.ListFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The 问题隐患清单 over a village of its own: every hazard of its visits with its case now, the filters, the scoping, the export, the figures. */
@IntegrationTest
class HazardListTests {

    private static final String VILLAGE = OwnedArea.TWO_LISTS.code(HazardListTests.class);
    /** A grid of 大十字街道 outside the village. */
    private static final String OUTSIDE_GRID = "522601002002001";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    ListFixtures api;
    Checklist checklist;
    CaseDriver town;

    @BeforeEach
    void setUp() {
        api = new ListFixtures(mvc, jdbc);
        checklist = checklists.current("hazardous_chemicals").orElseThrow();
        town = new CaseDriver(mvc, jdbc, "522601002");
    }

    @Test
    void theListHoldsEveryHazardOfTheAreasVisitsWithItsCaseAsItStands() throws Exception {
        long inside = api.enterprise("hazardous_chemicals", api.firstGrid(VILLAGE));
        long outside = api.enterprise("hazardous_chemicals", OUTSIDE_GRID);
        List<Long> hazards = api.record(api.outing(inside, checklist, ListFixtures.today().minusDays(2), 3));
        List<Long> elsewhere = api.record(api.outing(outside, checklist, ListFixtures.today().minusDays(2), 1));
        long closed = hazards.get(0);
        long dispatched = hazards.get(1);
        long reported = hazards.get(2);
        rectify(closed);
        town.dispatch(dispatched);

        JsonNode list = api.json("demo-leader", "/api/v1/hazard-list?size=500&area=" + VILLAGE);
        Set<Long> listed = ids(list);
        Set<Long> expected = new HashSet<>(jdbc.queryForList("""
                SELECT h.case_id FROM inspection_hazard h JOIN inspection_visit v ON v.id = h.visit_id WHERE v.area_code LIKE ?
                """, Long.class, VILLAGE + "%"));
        assertThat(listed).as("every hazard of the village's visits, none outside").isEqualTo(expected).containsAll(hazards)
                .doesNotContainAnyElementsOf(elsewhere);
        assertThat(list.get("total").asLong()).isEqualTo(expected.size());

        Map<Long, JsonNode> byId = list.get("items").valueStream().collect(Collectors.toMap(h -> h.get("caseId").asLong(), Function.identity()));
        JsonNode done = byId.get(closed);
        assertThat(done.get("state").asString()).isEqualTo("closed");
        assertThat(done.get("stateName").asString()).isEqualTo("已结案");
        assertThat(done.get("rectified").asBoolean()).isTrue();
        assertThat(done.get("unitName").asString()).isEqualTo("大十字街道办事处");
        assertThat(done.get("closedAt").isNull()).isFalse();
        assertThat(done.get("lastNote").asString()).isEqualTo("已处置");
        assertThat(done.get("link").asString()).isEqualTo("/cases/" + closed);
        assertThat(done.get("subjectName").asString()).startsWith("清单测试企业");
        assertThat(done.get("sectorName").asString()).isNotBlank();
        assertThat(done.get("day").asString()).isEqualTo(ListFixtures.today().minusDays(2).toString());
        JsonNode open = byId.get(dispatched);
        assertThat(open.get("state").asString()).isEqualTo("dispatched");
        assertThat(open.get("rectified").asBoolean()).isFalse();
        assertThat(open.get("unitName").asString()).isEqualTo("大十字街道办事处");
        assertThat(open.get("deadline").isNull()).as("a dispatched case has its deadline").isFalse();
        assertThat(open.get("overdue").asBoolean()).isFalse();
        JsonNode waiting = byId.get(reported);
        assertThat(waiting.get("rectified").asBoolean()).isFalse();
        assertThat(waiting.get("deadline").isNull()).as("not dispatched yet: no deadline").isTrue();
        assertThat(waiting.get("number").asString()).isNotBlank();

        // the figures count the rows
        List<JsonNode> items = list.get("items").valueStream().toList();
        JsonNode figures = api.json("demo-leader", "/api/v1/hazard-list/figures?area=" + VILLAGE);
        assertThat(figures.get("total").asLong()).isEqualTo(items.size());
        assertThat(figures.get("rectified").asLong()).isEqualTo(items.stream().filter(h -> h.get("rectified").asBoolean()).count());
        assertThat(figures.get("open").asLong()).isEqualTo(items.stream().filter(h -> !h.get("rectified").asBoolean()).count());
        assertThat(figures.get("overdue").asLong()).isEqualTo(items.stream().filter(h -> h.get("overdue").asBoolean()).count());
        assertThat(figures.get("major").asLong()).isEqualTo(items.stream().filter(h -> h.get("major").asBoolean()).count());
        assertThat(figures.get("majorRectified").asLong())
                .isEqualTo(items.stream().filter(h -> h.get("major").asBoolean() && h.get("rectified").asBoolean()).count());

        // the export holds the list's rows, in its order
        List<Row> sheet = api.sheet("demo-leader", "/api/v1/hazard-list/export.xlsx?area=" + VILLAGE);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("检查日期");
        int number = sheet.get(0).stream().map(c -> c.getText()).toList().indexOf("事项编号");
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.getCellText(number)).toList())
                .isEqualTo(items.stream().map(h -> h.get("number").asString()).toList());

        // another 镇街 sees none of them; the 镇街 office's staff only the hazards their unit holds
        assertThat(api.json("t522601003-dispatcher-1", "/api/v1/hazard-list?area=" + VILLAGE).get("total").asLong()).isZero();
        assertThat(ids(api.json("t522601003-dispatcher-1", "/api/v1/hazard-list?size=500"))).doesNotContainAnyElementsOf(hazards);
        Set<Long> office = ids(api.json("t522601002-safety-1", "/api/v1/hazard-list?size=500&enterprise=" + inside));
        assertThat(office).containsExactlyInAnyOrder(closed, dispatched);
    }

    @Test
    void theFiltersNarrowByEnterpriseCampaignStateDepartmentAndMajor() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", api.firstGrid(VILLAGE));
        ObjectNode c = ListFixtures.JSON.createObjectNode().put("name", ListFixtures.unique("清单专项整治"))
                .put("from", ListFixtures.today().minusDays(30).toString()).put("to", ListFixtures.today().plusDays(30).toString())
                .put("area", VILLAGE);
        long campaign = ok(api.send("demo-leader", "/api/v1/campaigns", c), 201).get("id").asLong();
        ObjectNode withCampaign = api.outing(enterprise, checklist, ListFixtures.today().minusDays(1), 2);
        withCampaign.put("campaignId", campaign);
        List<Long> inCampaign = api.record(withCampaign);
        List<Long> earlier = api.record(api.outing(enterprise, checklist, ListFixtures.today().minusDays(20), 1));
        rectify(inCampaign.get(0));

        String mine = "/api/v1/hazard-list?size=500&enterprise=" + enterprise;
        assertThat(ids(api.json("demo-leader", mine))).containsExactlyInAnyOrder(inCampaign.get(0), inCampaign.get(1), earlier.get(0));
        assertThat(ids(api.json("demo-leader", "/api/v1/hazard-list?size=500&campaign=" + campaign))).containsExactlyInAnyOrderElementsOf(inCampaign);
        assertThat(ids(api.json("demo-leader", mine + "&state=rectified"))).containsExactly(inCampaign.get(0));
        assertThat(ids(api.json("demo-leader", mine + "&state=open"))).containsExactlyInAnyOrder(inCampaign.get(1), earlier.get(0));
        long office = api.departmentId("OFFICE-522601002");
        assertThat(ids(api.json("demo-leader", mine + "&department=" + office))).containsExactly(inCampaign.get(0));
        String period = "&from=" + ListFixtures.today().minusDays(5) + "&to=" + ListFixtures.today();
        assertThat(ids(api.json("demo-leader", mine + period))).containsExactlyInAnyOrderElementsOf(inCampaign);
        Set<Long> major = ids(api.json("demo-leader", mine + "&major=true"));
        Set<Long> general = ids(api.json("demo-leader", mine + "&major=false"));
        Set<Long> both = new HashSet<>(major);
        both.addAll(general);
        assertThat(both).as("each hazard is major or general, not both").hasSize(3).hasSize(major.size() + general.size());
        // the list is newest visit first and pages
        String paged = "/api/v1/hazard-list?enterprise=" + enterprise;
        JsonNode first = api.json("demo-leader", paged + "&size=1");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items").get(0).get("day").asString()).isEqualTo(ListFixtures.today().minusDays(1).toString());
        assertThat(api.json("demo-leader", paged + "&size=2&page=1").get("items").get(0).get("caseId").asLong()).isEqualTo(earlier.get(0));
        // a campaign of another 镇街's reach is refused by name
        JsonNode refused = ListFixtures.body(api.read("t522601003-dispatcher-1", "/api/v1/hazard-list?campaign=" + campaign));
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("campaign");
    }

    @Test
    void badParametersAreNamed() throws Exception {
        var r = api.read("demo-leader", "/api/v1/hazard-list?state=maybe&from=2026-02-30&to=x&area=12ab");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(ListFixtures.body(r).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("state", "from", "to", "area");
        assertThat(api.read("demo-leader", "/api/v1/hazard-list?page=-1").getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read("demo-leader", "/api/v1/two-lists/figures?area=522601003").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read("t522601003-dispatcher-1", "/api/v1/two-lists/figures?area=" + VILLAGE).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theTwoListsFiguresCountTheRowsOfBothLists() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", api.firstGrid(VILLAGE));
        List<Long> hazards = api.record(api.outing(enterprise, checklist, ListFixtures.today(), 2));
        rectify(hazards.get(0));
        ObjectNode m = api.measure(ListFixtures.unique("村社区安全生产责任制度")).put("area", VILLAGE);
        long measure = ok(api.send("t522601002-leader", "/api/v1/measures", m), 201).get("id").asLong();
        ok(api.send("t522601002-safety-1", "/api/v1/measures/" + measure + "/complete",
                ListFixtures.JSON.createObjectNode().put("evidenceNote", "已印发")), 200);
        ok(api.send("t522601002-leader", "/api/v1/measures", api.measure(ListFixtures.unique("隐患排查培训")).put("area", VILLAGE)
                .put("kind", "training")), 201);

        JsonNode figures = api.json("demo-leader", "/api/v1/two-lists/figures?area=" + VILLAGE);
        List<JsonNode> rows = api.json("demo-leader", "/api/v1/hazard-list?size=500&area=" + VILLAGE).get("items").valueStream().toList();
        List<JsonNode> measures = api.json("demo-leader", "/api/v1/measures?size=500&area=" + VILLAGE).get("items").valueStream().toList();
        long rectified = rows.stream().filter(h -> h.get("rectified").asBoolean()).count();
        long done = measures.stream().filter(x -> x.get("status").asString().equals("done")).count();
        assertThat(figures.get("hazards").get("total").asLong()).isEqualTo(rows.size());
        assertThat(figures.get("hazards").get("rectified").asLong()).isEqualTo(rectified);
        assertThat(figures.get("measures").get("total").asLong()).isEqualTo(measures.size());
        assertThat(figures.get("measures").get("done").asLong()).isEqualTo(done);
        assertThat(figures.get("measures").get("overdue").asLong()).isEqualTo(measures.stream().filter(x -> x.get("overdue").asBoolean()).count());
        assertThat(figures.get("sentence").asString())
                .isEqualTo("建立问题隐患清单" + rows.size() + "项，已整改" + rectified + "项；制度措施清单" + measures.size() + "项，已完成" + done + "项");
        assertThat(figures.get("areaName").asString()).startsWith("苹果山社区");
        // a period before today counts neither today's hazards nor today's measures
        JsonNode before = api.json("demo-leader", "/api/v1/two-lists/figures?area=" + VILLAGE + "&from=2020-01-01&to=2020-12-31");
        assertThat(before.get("hazards").get("total").asLong()).isZero();
        assertThat(before.get("measures").get("total").asLong()).isZero();
    }

    /** Dispatches the hazard's case to the 镇街 office and closes it, with its 治理方案 if it is a 重大隐患. */
    private void rectify(long caseId) throws Exception {
        town.dispatch(caseId);
        boolean major = Boolean.TRUE.equals(jdbc.queryForObject("SELECT major FROM inspection_hazard WHERE case_id = ?", Boolean.class, caseId));
        if (major) {
            ok(api.put("t522601002-safety-1", "/api/v1/cases/" + caseId + "/plan", ListFixtures.plan(), null), 200);
        }
        town.close(caseId);
    }

    private static Set<Long> ids(JsonNode list) {
        return list.get("items").valueStream().map(h -> h.get("caseId").asLong()).collect(Collectors.toSet());
    }
}
