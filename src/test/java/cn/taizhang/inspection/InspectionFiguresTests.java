package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.platform.Scope;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The seeds' inspection figures on a hand-built history: 组次, 人次 and 家次 as defined, hazards and their rectification. */
@IntegrationTest
class InspectionFiguresTests {

    private static final String VILLAGE = OwnedArea.INSPECTION_FIGURES.code(InspectionFiguresTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    @Autowired
    InspectionEvaluation evaluation;

    @Test
    void outingsInspectorTimesAndVisitsAreCountedAsTheSeedsCountThem() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        String grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, VILLAGE + "%");
        long first = api.enterprise("hazardous_chemicals", grid);
        long second = api.enterprise("hazardous_chemicals", grid);
        LocalDate today = InspectionFixtures.today();

        // outing A, two inspectors: the first enterprise fails one item, the second passes everything
        ObjectNode a = api.outing(first, list);
        a.put("date", today.minusDays(10).toString());
        ObjectNode passed = a.withArray("visits").addObject();
        passed.put("enterpriseId", second).put("checklist", list.code());
        passed.putArray("answers").addObject().put("item", list.items().get(1).code()).put("result", "pass");
        JsonNode outingA = ok(api.record("demo-inspector", a), 201);
        // outing B, one inspector, visits the first enterprise again: the same item fails and a major finding
        ObjectNode b = api.outing(first, list);
        b.put("date", today.minusDays(3).toString()).putArray("inspectorIds").add(api.staffId("demo-inspector"));
        b.withArray("visits").get(0).<ObjectNode>withArray("findings").addObject().put("description", "储罐区可燃气体报警器失效").put("severity", "major");
        ok(api.record("demo-inspector", b), 201);
        // outing C, before the period
        ObjectNode c = api.outing(second, list);
        c.put("date", today.minusDays(40).toString());
        ok(api.record("demo-inspector", c), 201);

        String period = "&from=" + today.minusDays(30) + "&to=" + today;
        long major = (list.items().get(0).major() ? 2 : 0) + 1; // the first item failed twice, and the major finding
        JsonNode all = figures(api, "?area=" + VILLAGE + period);
        assertThat(all.get("figures").get("groups").asLong()).isEqualTo(2);
        assertThat(all.get("figures").get("inspectors").asLong()).isEqualTo(3);
        assertThat(all.get("figures").get("enterprises").asLong()).as("the first enterprise, visited twice, counts twice").isEqualTo(3);
        assertThat(all.get("figures").get("hazardsFound").asLong()).isEqualTo(3);
        assertThat(all.get("figures").get("hazardsRectified").asLong()).isZero();
        assertThat(all.get("figures").get("majorHazards").asLong()).isEqualTo(major);
        assertThat(all.get("sentence").asString()).isEqualTo("共组织检查组2组次，出动检查人员3人次，检查企业3家次，排查安全隐患3项，已整改0项，整改率0.0%");
        assertThat(all.get("measures").get("total").asLong()).isZero();
        // a measure of the 制度措施清单 set in the area counts beside them
        ObjectNode measure = InspectionFixtures.JSON.createObjectNode().put("title", "检查统计测试制度" + System.nanoTime()).put("kind", "rule")
                .put("area", VILLAGE).put("dueDate", today.plusDays(10).toString())
                .put("ownerDepartmentId", jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class));
        ok(api.send("demo-leader", "/api/v1/measures", measure), 201);
        JsonNode measures = figures(api, "?area=" + VILLAGE + period).get("measures");
        assertThat(measures.get("total").asLong()).isEqualTo(1);
        assertThat(measures.get("done").asLong()).isZero();

        // the hazard of outing A is rectified: its case runs the loop to 结案
        long hazard = outingA.get("visits").get(0).get("hazards").get(0).asLong();
        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        town.dispatch(hazard);
        if (list.items().get(0).major()) { // a 重大隐患 is handled only with its 治理方案
            ok(api.put("t522601002-safety-1", "/api/v1/cases/" + hazard + "/plan", InspectionFixtures.plan()), 200);
        }
        town.close(hazard);
        JsonNode after = figures(api, "?area=" + VILLAGE + period);
        assertThat(after.get("figures").get("hazardsRectified").asLong()).isEqualTo(1);
        assertThat(after.get("figures").get("rectificationRate").asDouble()).isEqualTo(0.3333);
        assertThat(after.get("sentence").asString()).endsWith("排查安全隐患3项，已整改1项，整改率33.3%");

        // the same figures on the dashboard's cards and in the briefing, in the seeds' sentence
        JsonNode cards = ok(api.read("demo-leader", "/api/v1/stats/figures?area=" + VILLAGE + period), 200).get("figures");
        assertThat(cards.valueStream().filter(f -> f.get("key").asString().equals("inspectionGroups")).findFirst().orElseThrow()
                .get("value").asLong()).isEqualTo(2);
        assertThat(cards.valueStream().filter(f -> f.get("key").asString().equals("hazardRectificationRate")).findFirst().orElseThrow()
                .get("display").asString()).isEqualTo("33.3%");
        JsonNode briefing = ok(api.read("demo-leader", "/api/v1/briefings?area=" + VILLAGE + period), 200);
        JsonNode section = briefing.get("sections").valueStream().filter(x -> x.get("heading").asString().endsWith("、安全生产检查")).findFirst()
                .orElseThrow();
        assertThat(section.get("text").asString()).contains("共组织检查组2组次，出动检查人员3人次，检查企业3家次，排查安全隐患3项，已整改1项，整改率33.3%",
                "其中重大隐患" + major + "项");
        assertThat(section.get("counts").get("enterprises").asLong()).isEqualTo(3);

        JsonNode early = figures(api, "?area=" + VILLAGE + "&from=" + today.minusDays(30) + "&to=" + today.minusDays(5));
        assertThat(early.get("figures").get("groups").asLong()).isEqualTo(1);
        assertThat(early.get("figures").get("inspectors").asLong()).isEqualTo(2);
        assertThat(early.get("figures").get("enterprises").asLong()).isEqualTo(2);
        assertThat(early.get("figures").get("hazardsFound").asLong()).isEqualTo(1);
        assertThat(figures(api, "?area=" + VILLAGE + period + "&sector=fire_safety").get("figures").get("groups").asLong()).isZero();
        assertThat(figures(api, "?area=" + VILLAGE + "&from=" + today.minusDays(60) + "&to=" + today).get("figures").get("groups").asLong())
                .isEqualTo(3);

        assertThat(api.read("t522601003-dispatcher-1", "/api/v1/inspections/figures?area=" + VILLAGE).getResponse().getStatus()).isEqualTo(404);
        // a closed case opened again is no longer rectified
        CaseApi cases = new CaseApi(mvc);
        assertThat(cases.act("demo-dispatcher", hazard, "reopen", cases.read("demo-leader", hazard).get("version").asInt(),
                Map.of("reason", "复核发现整改不到位")).getResponse().getStatus()).isEqualTo(200);
        assertThat(figures(api, "?area=" + VILLAGE + period).get("figures").get("hazardsRectified").asLong()).isZero();

        JsonNode bad = InspectionFixtures.body(api.read("demo-leader", "/api/v1/inspections/figures?from=0000-01-01&to=x&sector=nope"));
        assertThat(bad.get("errors").valueStream().map(e -> e.get("field").asString())).contains("from", "to", "sector");
    }

    @Test
    void aCampaignsPageShowsTheProgressOfTheOutingsItSent() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        List<String> grids = jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code LIMIT 2", String.class,
                VILLAGE + "%");
        ObjectNode campaign = InspectionFixtures.JSON.createObjectNode().put("name", "危化品专项整治" + System.nanoTime() % 100_000)
                .put("from", "2025-05-01").put("to", "2025-08-31").put("area", VILLAGE);
        long id = ok(api.send("demo-leader", "/api/v1/campaigns", campaign), 201).get("id").asLong();
        // two outings of the campaign in two months and two grids (dated long before the other test's period), one outside it
        for (String[] outing : new String[][] {{"2025-05-20", grids.get(0)}, {"2025-07-08", grids.get(grids.size() - 1)}, {"2025-07-09", null}}) {
            ObjectNode o = api.outing(api.enterprise("hazardous_chemicals", outing[1] == null ? grids.get(0) : outing[1]), list);
            o.put("date", outing[0]);
            if (outing[1] != null) {
                o.put("campaignId", id);
            }
            ok(api.record("demo-inspector", o), 201);
        }
        JsonNode byApi = figures(api, "?campaign=" + id + "&from=2025-01-01&to=2025-12-31");
        assertThat(byApi.get("figures").get("groups").asLong()).isEqualTo(2);

        MvcResult page = api.read("demo-leader", "/campaigns/" + id + "/progress");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        Document progress = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(progress.select("#campaign-sentence").text()).contains("2025-05-01 至 2025-08-31", "共组织检查组2组次，出动检查人员4人次，检查企业2家次",
                "排查安全隐患2项");
        assertThat(progress.select("#progress-months tbody tr").eachAttr("data-key")).containsExactly("2025-05", "2025-07");
        assertThat(progress.select("#progress-sectors tbody tr").eachAttr("data-key")).containsExactly("hazardous_chemicals");
        assertThat(progress.select("#progress-sectors tbody tr td").eachText()).contains("危险化学品");
        assertThat(progress.select("#progress-areas tbody tr").eachAttr("data-key")).containsExactlyElementsOf(grids.stream().distinct().toList());
        assertThat(api.read("t522601003-dispatcher-1", "/campaigns/" + id + "/progress").getResponse().getStatus()).isEqualTo(404);
        Document detail = Jsoup.parse(api.read("demo-leader", "/campaigns/" + id).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(detail.select("[hx-get=/campaigns/" + id + "/progress]")).hasSize(1);

        // in the evaluation: 检查隐患整改率 of each grid, and of the department whose inspector recorded the outings
        Map<String, List<FigureValue>> byGrid = evaluation.values(new EvaluationRequest(EvaluationRequest.Unit.GRID, grids,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), Scope.area("522601")));
        assertThat(byGrid.get(grids.get(0)).get(0).key()).isEqualTo("inspectionRectificationRate");
        assertThat(byGrid.get(grids.get(0)).get(0).display()).isEqualTo("0.0%");
        String emergency = Long.toString(jdbc.queryForObject("SELECT id FROM department WHERE code = 'EMERGENCY'", Long.class));
        assertThat(evaluation.values(new EvaluationRequest(EvaluationRequest.Unit.DEPARTMENT, List.of(emergency, "999999"),
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), Scope.area("522601")))).containsOnlyKeys(emergency);
    }

    private static JsonNode figures(InspectionFixtures api, String query) throws Exception {
        return ok(api.read("demo-leader", "/api/v1/inspections/figures" + query), 200);
    }
}
