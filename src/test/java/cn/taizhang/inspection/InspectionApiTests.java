package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.body;
import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.ChecklistItem;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An outing recorded through the API: each failed item and each finding becomes a 安全生产隐患 case about the enterprise,
 * in the same transaction; a phone's retry records it once; bad outings are refused naming the field, writing nothing.
 */
@IntegrationTest
class InspectionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    InspectionFixtures api;
    Checklist chemicals;

    @BeforeEach
    void setUp() {
        api = new InspectionFixtures(mvc, jdbc);
        chemicals = checklists.current("hazardous_chemicals").orElseThrow();
    }

    @Test
    void everyFailedItemAndFindingBecomesAHazardCaseAboutTheEnterprise() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        ObjectNode outing = api.outing(enterprise, chemicals);
        outing.withArray("visits").get(0).<ObjectNode>withArray("findings").addObject().put("description", "仓库内堆放杂物，堵塞疏散通道");
        JsonNode recorded = ok(api.record("demo-inspector", outing), 201);

        assertThat(recorded.get("inspectors")).hasSize(2);
        JsonNode visit = recorded.get("visits").get(0);
        assertThat(visit.get("checklistVersion").asInt()).isEqualTo(chemicals.version());
        assertThat(visit.get("hazards")).hasSize(2);
        ChecklistItem failed = chemicals.items().get(0);
        long itemCase = visit.get("answers").get(0).get("caseId").asLong();
        long findingCase = visit.get("findings").get(0).get("caseId").asLong();
        assertThat(visit.get("answers").get(1).get("caseId").isNull()).isTrue();

        JsonNode hazard = ok(api.read("demo-dispatcher", "/api/v1/cases/" + itemCase), 200);
        assertThat(hazard.get("type").asString()).isEqualTo("safety_hazard");
        assertThat(hazard.get("source").asString()).isEqualTo("inspection");
        assertThat(hazard.get("sector").asString()).isEqualTo("hazardous_chemicals");
        assertThat(hazard.get("gridCode").asString()).isEqualTo(InspectionFixtures.GRID);
        assertThat(hazard.get("severity").asString()).isEqualTo(failed.major() ? "major" : "general");
        assertThat(hazard.get("description").asString()).contains(failed.text(), "现场抽查两名作业人员未持证");
        assertThat(hazard.get("subject").get("id").asLong()).isEqualTo(enterprise);
        assertThat(hazard.get("origin").get("path").asString()).isEqualTo("/inspections/" + recorded.get("id").asLong());
        assertThat(hazard.get("origin").get("label").asString()).contains("市应急管理局第一检查组", "检查项 " + failed.code());
        assertThat(ok(api.read("demo-dispatcher", "/api/v1/cases/" + findingCase), 200).get("origin").get("label").asString()).contains("其他发现");
        assertThat(ok(api.read("demo-dispatcher", "/api/v1/cases/" + findingCase), 200).get("severity").asString()).isEqualTo("general");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record WHERE subject_kind = 'enterprise' AND subject_id = ?", Integer.class,
                enterprise)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'inspection' AND target_id = ?", Integer.class,
                recorded.get("id").asString())).isEqualTo(1);
    }

    @Test
    void anInspectorMayMarkAFailureMajorAndAnItemsDefaultHolds() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        ObjectNode outing = api.outing(enterprise, chemicals);
        ((ObjectNode) outing.withArray("visits").get(0).withArray("answers").get(0)).put("severity", "major");
        JsonNode recorded = ok(api.record("demo-inspector", outing), 201);
        long hazard = recorded.get("visits").get(0).get("hazards").get(0).asLong();
        assertThat(ok(api.read("demo-inspector", "/api/v1/cases/" + hazard), 200).get("severity").asString()).isEqualTo("major");
    }

    @Test
    void aRetriedOutingIsRecordedOnceAndAReusedClientIdIsRefused() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        ObjectNode outing = api.outing(enterprise, chemicals);
        List<Callable<MvcResult>> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sends.add(() -> api.record("demo-inspector", outing));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try {
            for (Future<MvcResult> f : pool.invokeAll(sends)) {
                statuses.add(f.get().getResponse().getStatus());
                ids.add(body(f.get()).get("id").asLong());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(ok(api.record("demo-inspector", outing), 200).get("id").asLong()).isEqualTo(ids.get(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record WHERE subject_kind = 'enterprise' AND subject_id = ?", Integer.class,
                enterprise)).isEqualTo(1);

        outing.put("group", "另一个检查组");
        MvcResult reused = api.record("demo-inspector", outing);
        assertThat(reused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(reused).get("code").asString()).isEqualTo("CLIENT_ID_REUSED");
    }

    @Test
    void aBadOutingIsRefusedNamingEveryFieldAndWritesNothing() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        int outings = count("inspection");
        int cases = count("case_record");

        ObjectNode shape = api.outing(enterprise, chemicals);
        shape.put("date", InspectionFixtures.today().plusDays(1).toString()).remove("group");
        ObjectNode answer = (ObjectNode) shape.withArray("visits").get(0).withArray("answers").get(0);
        answer.remove("note");
        ((ObjectNode) shape.withArray("visits").get(0).withArray("answers").get(1)).put("severity", "major").put("result", "maybe");
        assertThat(fields(api.record("demo-inspector", shape))).contains("date", "group", "visits[0].answers[0].note",
                "visits[0].answers[1].result");

        ObjectNode lookups = api.outing(enterprise, chemicals);
        ((ObjectNode) lookups.withArray("visits").get(0).withArray("answers").get(1)).put("item", "NO-SUCH-ITEM");
        lookups.withArray("inspectorIds").add(api.staffId("demo-dispatcher"));
        lookups.put("campaignId", 987654321);
        MvcResult refused = api.record("demo-inspector", lookups);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(refused)).contains("visits[0].answers[1].item", "inspectorIds[2]", "campaignId");
        assertThat(body(refused).get("detail").asString()).contains("NO-SUCH-ITEM", "不是检查人员");

        ObjectNode notInGroup = api.outing(enterprise, chemicals);
        notInGroup.putArray("inspectorIds").add(api.staffId("emergency-inspector"));
        assertThat(fields(api.record("demo-inspector", notInGroup))).contains("inspectorIds");

        assertThat(count("inspection")).isEqualTo(outings);
        assertThat(count("case_record")).isEqualTo(cases);
    }

    @Test
    void onlyInspectorsRecordAndOnlyWithinTheirReach() throws Exception {
        long chemical = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        assertThat(api.record("demo-dispatcher", api.outing(chemical, chemicals)).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.record("demo-gridworker", api.outing(chemical, chemicals)).getResponse().getStatus()).isEqualTo(403);

        // 市应急管理局 does not regulate education: a school-run enterprise is outside its inspectors' reach
        long school = api.enterprise("education", InspectionFixtures.GRID);
        MvcResult outside = api.record("demo-inspector", api.outing(school, chemicals));
        assertThat(outside.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(outside).get("detail").asString()).contains("visits[0].enterpriseId");

        // a 镇街's safety inspectors answer for every enterprise of their 镇街 (属地管理), and no other
        ObjectNode town = api.outing(school, chemicals);
        town.putArray("inspectorIds").add(api.staffId("t522601002-safety-1"));
        JsonNode recorded = ok(api.record("t522601002-safety-1", town), 201);
        long elsewhere = api.enterprise("hazardous_chemicals", InspectionFixtures.OTHER_GRID);
        ObjectNode away = api.outing(elsewhere, chemicals);
        away.putArray("inspectorIds").add(api.staffId("t522601002-safety-1"));
        assertThat(api.record("t522601002-safety-1", away).getResponse().getStatus()).isEqualTo(404);

        String path = "/api/v1/inspections/" + recorded.get("id").asLong();
        assertThat(api.read("demo-dispatcher", path).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read("t522601003-dispatcher-1", path).getResponse().getStatus()).isEqualTo(404);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private static List<String> fields(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        return body(r).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
