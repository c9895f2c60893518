package cn.taizhang.evaluation;

import static cn.taizhang.evaluation.EvaluationFixtures.KAITANG;
import static cn.taizhang.evaluation.EvaluationFixtures.row;
import static cn.taizhang.evaluation.EvaluationFixtures.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The ranking API: its shape, the minimum sample with real cases, scoping, bad parameters and the weights. */
@IntegrationTest
class EvaluationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;


    EvaluationFixtures api;

    @BeforeEach
    void setUp() {
        api = new EvaluationFixtures(mvc, jdbc);
    }

    @Test
    void theRankingOfTownsNamesThePeriodTheSettingsAndEveryTownWithItsFigures() throws Exception {
        JsonNode e = api.evaluation("demo-leader", "object=town&period=2026-Q3");
        assertThat(e.get("object").asString()).isEqualTo("town");
        assertThat(e.get("objectLabel").asString()).isEqualTo("镇（街道）");
        assertThat(e.get("area").asString()).isEqualTo("522601");
        assertThat(e.get("period").get("code").asString()).isEqualTo("2026-Q3");
        assertThat(e.get("period").get("label").asString()).isEqualTo("2026年第三季度");
        assertThat(e.get("period").get("from").asString()).isEqualTo("2026-07-01");
        assertThat(e.get("period").get("to").asString()).isEqualTo("2026-09-30");
        // the case rates, then those of the other modules (EvaluationSeamTests)
        assertThat(e.get("weights").propertyNames()).startsWith("closureRate", "onTimeClosureRate", "reworkRate",
                "extensionRate", "accurateRegistrationRate", "accurateDispatchRate", "rectificationRate");
        assertThat(e.get("weights").get("closureRate").asDouble()).isEqualTo(25.0);
        assertThat(e.get("minimumSample").asInt()).isEqualTo(30);
        assertThat(e.get("observationWeight").asDouble()).isEqualTo(0.2);
        long towns = api.call("demo-leader", get("/api/v1/areas/522601/children"), null, 200).get("total").asLong();
        assertThat(e.get("ranked").size() + e.get("unranked").size()).isEqualTo((int) towns).isEqualTo(e.get("total").get("units").asInt());
        JsonNode kaitang = row(e, KAITANG);
        assertThat(kaitang.get("name").asString()).isEqualTo("凯棠镇");
        assertThat(kaitang.get("counts").get("dispatched").asLong()).isZero(); // nobody reports there in 2026-Q3
        assertThat(kaitang.get("rank").isNull()).isTrue();
        assertThat(kaitang.get("grade").isNull()).isTrue();
        assertThat(kaitang.get("reason").asString()).isEqualTo("应结案数 0 件，少于最低样本量 30 件");
        assertThat(kaitang.get("rates").has("closureRate")).isTrue();
    }

    @Test
    void aGridWorkerIsRankedOnlyOnceTheirGridHasTheMinimumSample() throws Exception {
        String grid = api.grid(KAITANG, 0);
        String worker = "gw-" + grid;
        String query = "object=gridworker&period=" + thisMonth();
        assertThat(api.evaluation("t" + KAITANG + "-leader", query).get("minimumSample").asInt()).isEqualTo(5);

        List<JsonNode> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(api.dispatched(grid));
        }
        api.closed(cases.get(0));
        JsonNode before = api.evaluation("t" + KAITANG + "-leader", query);
        JsonNode apart = row(before, worker);
        assertThat(apart.get("rank").isNull()).as("4 cases: listed apart").isTrue();
        assertThat(apart.get("reason").asString()).isEqualTo("应结案数 4 件，少于最低样本量 5 件");
        assertThat(apart.get("counts").get("dispatched").asLong()).isEqualTo(4);
        assertThat(apart.get("indicatorScore").isNull()).as("its figures are still shown").isFalse();
        for (JsonNode r : before.get("ranked")) {
            assertThat(r.get("key").asString()).isNotEqualTo(worker);
        }

        api.dispatched(grid);
        JsonNode after = api.evaluation("t" + KAITANG + "-leader", query);
        JsonNode ranked = row(after, worker);
        assertThat(ranked.get("rank").asInt()).as("the fifth case ranks it").isPositive();
        assertThat(ranked.get("reason").isNull()).isTrue();
        // 结案率, 按期结案率, 整改率 1/5; no rework; all registered: 20·0.2 + 20·0.2 + 10·1 + 30·1 + 20·0.2 = 52 (of 100)
        assertThat(ranked.get("indicatorScore").decimalValue()).isEqualByComparingTo("52.0");
        assertThat(ranked.get("score").decimalValue()).isEqualByComparingTo("52.0");
        assertThat(ranked.get("grade").asString()).isEqualTo("D");
        assertThat(ranked.get("name").asString()).endsWith("）").contains("网格");
    }

    @Test
    void aTownLeaderSeesOnlyTheirTownAndTheirGridWorkersAndADepartmentOnlyItself() throws Exception {
        String leader = "t" + KAITANG + "-leader";
        JsonNode towns = api.evaluation(leader, "object=town&period=2026");
        assertThat(keys(towns)).containsExactly(KAITANG);
        assertThat(towns.get("area").asString()).isEqualTo(KAITANG);
        assertThat(towns.get("areaName").asString()).isEqualTo("凯棠镇");

        JsonNode workers = api.evaluation(leader, "object=gridworker&period=2026");
        int grids = jdbc.queryForObject("SELECT count(*) FROM area WHERE level = 'grid' AND code LIKE ?", Integer.class, KAITANG + "%");
        assertThat(keys(workers)).hasSize(grids).allSatisfy(k -> assertThat(k).startsWith("gw-" + KAITANG));

        JsonNode departments = api.evaluation("demo-handler", "object=department&period=2026");
        assertThat(keys(departments)).containsExactly(Long.toString(api.departmentId("EMERGENCY")));
        assertThat(row(departments, Long.toString(api.departmentId("EMERGENCY"))).get("name").asString()).isEqualTo("市应急管理局");
        assertThat(keys(api.evaluation("demo-handler", "object=gridworker&period=2026"))).isEmpty();

        JsonNode all = api.evaluation("demo-leader", "object=department&period=2026");
        assertThat(keys(all)).hasSize(20).contains(Long.toString(api.departmentId("HOUSING")));
    }

    @Test
    void badObjectsAndPeriodsAreNamed() throws Exception {
        JsonNode both = api.call("demo-leader", get("/api/v1/evaluations?object=village&period=2026-Q5"), null, 400);
        assertThat(both.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(both)).containsExactly("object", "period");
        assertThat(both.get("detail").asString()).contains("town").contains("2026-Q3");
        assertThat(fields(api.call("demo-leader", get("/api/v1/evaluations?object=town&period=2026-13"), null, 400)))
                .containsExactly("period");
        assertThat(fields(api.call("demo-leader", get("/api/v1/evaluations/notice.docx?period=Q3"), null, 400)))
                .containsExactly("period");
        assertThat(fields(api.call("demo-leader", get("/api/v1/evaluations/export.xlsx?object=city"), null, 400)))
                .containsExactly("object");
        // both may be left out: 镇街, this quarter
        assertThat(api.evaluation("demo-leader", "").get("object").asString()).isEqualTo("town");
    }

    @Test
    void onlyTheSystemAdministratorChangesTheWeightsAndTheScoreFollows() throws Exception {
        JsonNode original = api.settings("gridworker");
        ObjectNode onlyClosure = (ObjectNode) original.deepCopy();
        ObjectNode weights = (ObjectNode) onlyClosure.get("weights");
        weights.propertyNames().forEach(k -> weights.put(k, 0));
        weights.put("closureRate", 100);
        onlyClosure.put("minimumSample", 1);

        assertThat(api.perform("demo-leader", put("/api/v1/evaluation-weights/gridworker"), onlyClosure).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.perform("demo-dispatcher", put("/api/v1/evaluation-weights/gridworker"), onlyClosure).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.settings("gridworker")).isEqualTo(original);

        String grid = api.grid(KAITANG, 1);
        JsonNode open = api.dispatched(grid);
        api.closed(api.dispatched(grid));
        api.dispatched(grid);
        String query = "object=gridworker&period=" + thisMonth();
        assertThat(row(api.evaluation("t" + KAITANG + "-leader", query), "gw-" + grid).get("rank").isNull()).as("3 cases < 5").isTrue();
        try {
            api.putSettings("gridworker", onlyClosure);
            JsonNode changed = api.settings("gridworker");
            assertThat(changed.get("version").asInt()).isEqualTo(original.get("version").asInt() + 1);
            assertThat(changed.get("minimumSample").asInt()).isEqualTo(1);
            JsonNode r = row(api.evaluation("t" + KAITANG + "-leader", query), "gw-" + grid);
            assertThat(r.get("rank").asInt()).isPositive();
            assertThat(r.get("indicatorScore").decimalValue()).as("结案率 1/3 alone").isEqualByComparingTo("33.3");
            assertThat(r.get("grade").asString()).isEqualTo("E");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'evaluation_setting' AND target_id = 'gridworker'",
                    Integer.class)).isPositive();
        } finally {
            api.putSettings("gridworker", original);
        }
        assertThat(row(api.evaluation("t" + KAITANG + "-leader", query), "gw-" + grid).get("rank").isNull()).isTrue();
        assertThat(open.get("state").asString()).isEqualTo("dispatched");
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWhenTheVersionReadIsSent() throws Exception {
        JsonNode original = api.settings("department");
        String read = "\"" + original.get("version").asInt() + "\"";
        ObjectNode changed = (ObjectNode) original.deepCopy();
        changed.put("minimumSample", original.get("minimumSample").asInt() + 1);
        try {
            assertThat(api.perform("demo-sysadmin", put("/api/v1/evaluation-weights/department").header("If-Match", read), changed)
                    .getResponse().getStatus()).isEqualTo(200);
            ObjectNode mine = (ObjectNode) original.deepCopy();
            mine.put("minimumSample", 77);
            var refused = api.perform("demo-sysadmin", put("/api/v1/evaluation-weights/department").header("If-Match", read), mine);
            assertThat(refused.getResponse().getStatus()).as("the version read is stale").isEqualTo(412);
            assertThat(refused.getResponse().getContentAsString()).contains("VERSION_MISMATCH");
            assertThat(api.settings("department").get("minimumSample").asInt()).isEqualTo(original.get("minimumSample").asInt() + 1);
        } finally {
            api.putSettings("department", original);
        }
    }

    @Test
    void badWeightsAreNamedAndNothingChanges() throws Exception {
        JsonNode original = api.settings("town");
        ObjectNode bad = (ObjectNode) original.deepCopy();
        ObjectNode weights = (ObjectNode) bad.get("weights");
        weights.put("closureRate", 101);
        weights.put("reworkRate", 1.234);
        weights.remove("extensionRate");
        weights.put("speed", 5);
        bad.put("minimumSample", 0);
        bad.put("observationWeight", 1.5);
        JsonNode problem = api.call("demo-sysadmin", put("/api/v1/evaluation-weights/town"), bad, 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("weights.speed", "weights.closureRate", "weights.reworkRate",
                "weights.extensionRate", "minimumSample", "observationWeight");
        assertThat(problem.get("detail").asString()).contains("结案率的权重须在 0 到 100 之间");

        ObjectNode zeros = (ObjectNode) original.deepCopy();
        ((ObjectNode) zeros.get("weights")).propertyNames().forEach(k -> ((ObjectNode) zeros.get("weights")).put(k, 0));
        assertThat(fields(api.call("demo-sysadmin", put("/api/v1/evaluation-weights/town"), zeros, 400))).containsExactly("weights");
        assertThat(fields(api.call("demo-sysadmin", put("/api/v1/evaluation-weights/village"), original, 400))).containsExactly("object");
        assertThat(fields(api.call("demo-sysadmin", put("/api/v1/evaluation-weights/department"), original, 400))).containsExactly("object");
        assertThat(api.settings("town")).isEqualTo(original);
    }

    static List<String> keys(JsonNode evaluation) {
        List<String> keys = new ArrayList<>();
        evaluation.get("ranked").forEach(r -> keys.add(r.get("key").asString()));
        evaluation.get("unranked").forEach(r -> keys.add(r.get("key").asString()));
        return keys;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
