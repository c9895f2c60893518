package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.body;
import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 复查: a visit's re-inspection of a handled hazard is the case's verification — closed when rectified, reworked when not —
 * and the campaign that found the hazard counts it rectified.
 */
@IntegrationTest
class RecheckTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    @Test
    void aRectifiedHazardIsClosedByTheReinspectionAndAnUnrectifiedOneGoesBackToItsUnit() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        ObjectNode campaign = InspectionFixtures.JSON.createObjectNode().put("name", "复查测试专项整治" + System.nanoTime())
                .put("from", InspectionFixtures.today().minusDays(30).toString()).put("to", InspectionFixtures.today().plusDays(30).toString())
                .put("area", "522601002");
        long campaignId = ok(api.send("demo-leader", "/api/v1/campaigns", campaign), 201).get("id").asLong();
        ObjectNode sent = api.outing(enterprise, list).put("campaignId", campaignId);
        long hazard = ok(api.record("demo-inspector", sent), 201).get("visits").get(0).get("hazards").get(0).asLong();
        String rate = "/api/v1/inspections/figures?campaign=" + campaignId;
        assertThat(ok(api.read("demo-leader", rate), 200).get("sentence").asString()).endsWith("排查安全隐患1项，已整改0项，整改率0.0%");
        String due = "/api/v1/inspections/rechecks?enterpriseId=" + enterprise;
        assertThat(ok(api.read("demo-inspector", due), 200).get("items")).as("nothing handled yet").isEmpty();

        // not handled yet: refused, naming the case, and nothing is written
        int outings = outingsOf(enterprise);
        JsonNode early = body(api.record("demo-inspector", recheck(api, enterprise, list, hazard, "rectified", null)));
        assertThat(error(early, "visits[0].rechecks[0].caseId")).isEqualTo("NOT_HANDLED");
        assertThat(outingsOf(enterprise)).isEqualTo(outings);

        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        CaseApi cases = new CaseApi(mvc);
        town.dispatch(hazard);
        if (list.items().get(0).major()) { // a 重大隐患 is handled only with its 治理方案
            cases.writePlan("t522601002-safety-1", hazard);
        }
        town.handle(hazard);
        JsonNode offered = ok(api.read("demo-inspector", due), 200).get("items");
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).get("caseId").asLong()).isEqualTo(hazard);
        assertThat(offered.get(0).get("handledNote").asString()).isEqualTo("已处置");
        // the inspector has no say in an ordinary 核查: the re-inspection is the way
        assertThat(cases.act("demo-inspector", hazard, "verify", cases.read("demo-leader", hazard).get("version").asInt(),
                Map.of("passed", true)).getResponse().getStatus()).isNotEqualTo(200);

        JsonNode noNote = body(api.record("demo-inspector", recheck(api, enterprise, list, hazard, "unrectified", null)));
        assertThat(error(noNote, "visits[0].rechecks[0].note")).isEqualTo("UNRECTIFIED_NEEDS_NOTE");
        JsonNode reworked = ok(api.record("demo-inspector", recheck(api, enterprise, list, hazard, "unrectified", "防护栏仍未安装")), 201);
        JsonNode back = cases.read("demo-leader", hazard);
        assertThat(back.get("state").asString()).isEqualTo("dispatched");
        assertThat(back.get("reworkCount").asInt()).isEqualTo(1);
        JsonNode verdict = reworked.get("visits").get(0).get("rechecks").get(0);
        assertThat(verdict.get("caseId").asLong()).isEqualTo(hazard);
        assertThat(verdict.get("rectified").asBoolean()).isFalse();
        JsonNode last = lastEvent(cases, hazard);
        assertThat(last.get("action").asString()).isEqualTo("verify");
        assertThat(last.get("actorRole").asString()).isEqualTo("INSPECTOR");
        assertThat(last.get("note").asString()).isEqualTo("复查（检查记录 " + reworked.get("id").asLong() + "）：未整改到位，防护栏仍未安装");

        town.handle(hazard);
        ok(api.record("demo-inspector", recheck(api, enterprise, list, hazard, "rectified", null)), 201);
        assertThat(cases.read("demo-leader", hazard).get("state").asString()).isEqualTo("closed");
        // the campaign that sent the outing counts it rectified: its 整改率
        JsonNode figures = ok(api.read("demo-leader", rate), 200);
        assertThat(figures.get("figures").get("enterprises").asLong()).as("the re-inspections were no campaign's").isEqualTo(1);
        assertThat(figures.get("sentence").asString()).endsWith("排查安全隐患1项，已整改1项，整改率100.0%");
        assertThat(ok(api.read("demo-inspector", due), 200).get("items")).isEmpty();
        String page = api.read("demo-inspector", "/inspections/" + reworked.get("id").asLong()).getResponse().getContentAsString();
        assertThat(page).contains("复查", "未整改到位", "防护栏仍未安装");
    }

    @Test
    void aReinspectionNamesOnlyHandledHazardsOfWhatItVisitsAndEachOnce() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        long other = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        long hazard = api.handledHazard(enterprise, list);

        JsonNode elsewhere = body(api.record("demo-inspector", recheck(api, other, list, hazard, "rectified", null)));
        assertThat(error(elsewhere, "visits[0].rechecks[0].caseId")).isEqualTo("UNKNOWN_CASE");
        ObjectNode twice = recheck(api, enterprise, list, hazard, "rectified", null);
        twice.withArray("visits").get(0).withArray("rechecks").addObject().put("caseId", hazard).put("result", "unrectified").put("note", "x");
        assertThat(error(body(api.record("demo-inspector", twice)), "visits[0].rechecks[1].caseId")).isEqualTo("DUPLICATE_RECHECK");
        ObjectNode wrong = recheck(api, enterprise, list, hazard, "fixed", null);
        assertThat(error(body(api.record("demo-inspector", wrong)), "visits[0].rechecks[0].result")).isEqualTo("INVALID_FIELD");
        assertThat(api.read("demo-inspector", "/api/v1/inspections/rechecks").getResponse().getStatus()).isEqualTo(400);
        assertThat(new CaseApi(mvc).read("demo-leader", hazard).get("state").asString()).as("nothing changed").isEqualTo("handled");
    }

    /** An outing of demo-inspector alone whose one visit to the enterprise re-inspects the case and answers nothing else. */
    private static ObjectNode recheck(InspectionFixtures api, long enterprise, Checklist list, long caseId, String result, String note) {
        ObjectNode o = InspectionFixtures.JSON.createObjectNode();
        o.put("clientId", UUID.randomUUID().toString()).put("date", InspectionFixtures.today().toString()).put("group", "市应急管理局复查组");
        o.putArray("inspectorIds").add(api.staffId("demo-inspector"));
        ObjectNode visit = o.putArray("visits").addObject().put("enterpriseId", enterprise).put("checklist", list.code());
        ObjectNode r = visit.putArray("rechecks").addObject().put("caseId", caseId).put("result", result);
        if (note != null) {
            r.put("note", note);
        }
        return o;
    }

    private int outingsOf(long enterprise) {
        return jdbc.queryForObject("SELECT count(*) FROM inspection_visit WHERE enterprise_id = ?", Integer.class, enterprise);
    }

    private static JsonNode lastEvent(CaseApi cases, long id) throws Exception {
        JsonNode items = cases.json("demo-leader", "/api/v1/cases/" + id + "/timeline").get("items");
        return items.get(items.size() - 1);
    }

    private static String error(JsonNode problem, String field) {
        return problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals(field)).map(e -> e.get("code").asString())
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }
}
