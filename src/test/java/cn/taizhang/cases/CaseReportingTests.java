package cn.taizhang.cases;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.territory.Crs;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CaseReportingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territory territory;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    @Test
    void aRetryWithTheSameClientIdGetsTheSameCase() throws Exception {
        Map<String, Object> body = CaseApi.report("safety_hazard", "general", "fire_safety", CaseApi.GRID);
        MvcResult first = api.create("demo-gridworker", body);
        MvcResult retry = api.create("demo-gridworker", body);
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(first.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(first.getResponse().getHeader("Location")).endsWith("/api/v1/cases/" + CaseApi.JSON.readTree(
                first.getResponse().getContentAsString()).get("id").asLong());
        body.put("description", "改过的描述");
        MvcResult reused = api.create("demo-gridworker", body);
        assertThat(reused.getResponse().getStatus()).isEqualTo(422);
        assertThat(reused.getResponse().getContentAsString()).contains("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void theSameReportSentEightTimesAtOnceMakesOneCaseAndEveryAnswerIsThatCase() throws Exception {
        Map<String, Object> body = CaseApi.report("safety_hazard", "general", "fire_safety", CaseApi.GRID);
        long reportedBefore = reportedInGrid();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return api.create("demo-gridworker", body);
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<MvcResult> answer : answers) {
                MvcResult r = answer.get(30, TimeUnit.SECONDS);
                assertThat(r.getResponse().getStatus()).isEqualTo(201);
                bodies.add(r.getResponse().getContentAsString());
            }
            assertThat(bodies).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(reportedInGrid()).isEqualTo(reportedBefore + 1);
    }

    @Test
    void reportsSentAtOnceByTwoPeopleAreEachWrittenWithTheirOwnEventAndAuditRow() throws Exception {
        // written together by the group commit: each case must still carry its own reporter's facts
        String[] users = {"demo-gridworker", "demo-dispatcher"};
        ExecutorService senders = Executors.newFixedThreadPool(12);
        Map<Long, String> reporterOf = new HashMap<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> answers = new ArrayList<>();
            List<String> senderOf = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String user = users[i % 2];
                senderOf.add(user);
                answers.add(senders.submit(() -> {
                    start.await();
                    return api.created(user, CaseApi.report("city_sanitation", null, null, CaseApi.GRID));
                }));
            }
            start.countDown();
            for (int i = 0; i < answers.size(); i++) {
                reporterOf.put(answers.get(i).get(30, TimeUnit.SECONDS).get("id").asLong(), senderOf.get(i));
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(reporterOf).hasSize(24);
        for (Map.Entry<Long, String> c : reporterOf.entrySet()) {
            assertThat(jdbc.queryForList("""
                    SELECT actor_username FROM audit_event WHERE action = 'CHANGE' AND target_type = 'case' AND target_id = ?
                    """, String.class, c.getKey().toString())).as("audit rows of case %d", c.getKey()).containsExactly(c.getValue());
            assertThat(jdbc.queryForObject("""
                    SELECT s.username || ' ' || e.actor_role FROM case_event e JOIN staff s ON s.id = e.actor_id
                    WHERE e.case_id = ? AND e.seq = 1
                    """, String.class, c.getKey()))
                    .isEqualTo(c.getValue() + (c.getValue().equals("demo-gridworker") ? " GRID_WORKER" : " DISPATCHER"));
        }
    }

    @Test
    void anIdempotencyKeyHeaderWorksTheSameWay() throws Exception {
        Map<String, Object> body = CaseApi.report("city_sanitation", null, null, CaseApi.GRID);
        body.remove("clientId");
        String key = "retry-" + System.nanoTime();
        MvcResult first = mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-gridworker")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(CaseApi.JSON.writeValueAsString(body))).andReturn();
        MvcResult again = mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-gridworker")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(CaseApi.JSON.writeValueAsString(body))).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        body.put("source", "citizen");
        assertThat(mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-gridworker")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(CaseApi.JSON.writeValueAsString(body))).andReturn()
                .getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("type", "", "description", "x".repeat(2001), "source", "rumour",
                "gridCode", "12ab", "clientId", "not-a-uuid"));
        MvcResult r = api.create("demo-gridworker", body);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = CaseApi.JSON.readTree(r.getResponse().getContentAsString()).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("type", "description", "source", "gridCode", "clientId");
        Map<String, Object> noSector = CaseApi.report("safety_hazard", "major", null, CaseApi.GRID);
        noSector.put("severity", "catastrophic");
        assertThat(CaseApi.JSON.readTree(api.create("demo-gridworker", noSector).getResponse().getContentAsString())
                .get("errors").findValuesAsString("field")).contains("sector", "severity");
    }

    @Test
    void aLocationIsResolvedToItsGrid() throws Exception {
        var grid = territory.find(CaseApi.GRID, Scope.area("522601")).orElseThrow();
        Map<String, Object> body = CaseApi.report("civilisation_review", null, null, null);
        body.remove("gridCode");
        body.put("location", Map.of("lat", grid.lat() == null ? 26.57 : grid.lat(), "lng", grid.lng() == null ? 107.98 : grid.lng(), "crs", "wgs84"));
        String expected = territory.gridAt(((Number) ((Map<?, ?>) body.get("location")).get("lat")).doubleValue(),
                ((Number) ((Map<?, ?>) body.get("location")).get("lng")).doubleValue(), Crs.WGS84).orElse(null);
        MvcResult r = api.create("demo-leader", body);
        if (expected == null) {
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
        } else {
            assertThat(r.getResponse().getStatus()).isEqualTo(201);
            assertThat(CaseApi.JSON.readTree(r.getResponse().getContentAsString()).get("gridCode").asString()).isEqualTo(expected);
        }
        body.put("location", Map.of("lat", 39.9, "lng", 116.4)); // Beijing
        body.put("clientId", java.util.UUID.randomUUID().toString());
        MvcResult outside = api.create("demo-leader", body);
        assertThat(outside.getResponse().getStatus()).isEqualTo(400);
        assertThat(outside.getResponse().getContentAsString()).contains("LOCATION_OUTSIDE_GRIDS");
    }

    @Test
    void aGridOutsideTheReportersScopeIsRefused() throws Exception {
        MvcResult r = api.create("demo-dispatcher", CaseApi.report("city_sanitation", null, null, CaseApi.WEST_GATE_GRID));
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.create("demo-sysadmin", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aBatchIsAnsweredItemByItemAndReplaysToTheSameCases() throws Exception {
        List<Object> items = new ArrayList<>();
        items.add(CaseApi.report("city_sanitation", null, null, CaseApi.GRID));
        Map<String, Object> bad = CaseApi.report("city_sanitation", null, null, CaseApi.GRID);
        bad.put("source", "rumour");
        items.add(bad);
        Map<String, Object> noClientId = CaseApi.report("overhead_cables", null, null, CaseApi.GRID);
        noClientId.remove("clientId");
        items.add(noClientId);
        items.add(Map.of("clientId", java.util.UUID.randomUUID().toString(), "type", "city_sanitation", "location", "here"));
        items.add(CaseApi.report("illegal_building", null, null, CaseApi.GRID));
        String body = CaseApi.JSON.writeValueAsString(Map.of("items", items));
        JsonNode first = batch(body);
        assertThat(statuses(first)).containsExactly(201, 400, 400, 400, 201);
        assertThat(first.get(1).get("problem").get("code").asString()).isEqualTo("VALIDATION_FAILED");
        JsonNode replay = batch(body);
        assertThat(statuses(replay)).containsExactly(200, 400, 400, 400, 200);
        assertThat(replay.get(0).get("case").get("id")).isEqualTo(first.get(0).get("case").get("id"));
        assertThat(replay.get(4).get("case").get("number")).isEqualTo(first.get(4).get("case").get("number"));
    }

    @Test
    void aBatchWritesEachNewCaseWithItsReportEventCountsItAtOnceAndSortsOutRepeatedClientIds() throws Exception {
        Map<String, Object> first = CaseApi.report("city_sanitation", null, null, CaseApi.GRID);
        Map<String, Object> again = new HashMap<>(first);
        Map<String, Object> clash = new HashMap<>(first);
        clash.put("description", "同一 clientId，另一条描述");
        Map<String, Object> second = CaseApi.report("illegal_building", null, null, CaseApi.GRID);
        long reportedBefore = reportedInGrid();

        JsonNode items = batch(CaseApi.JSON.writeValueAsString(Map.of("items", List.of(first, again, clash, second))));

        assertThat(statuses(items)).containsExactly(201, 200, 422, 201);
        assertThat(items.get(1).get("case").get("id")).isEqualTo(items.get(0).get("case").get("id"));
        assertThat(items.get(2).get("problem").get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        for (int i : new int[] {0, 3}) {
            JsonNode timeline = api.json("demo-leader", "/api/v1/cases/" + items.get(i).get("case").get("id").asLong() + "/timeline").get("items");
            assertThat(timeline).hasSize(1);
            assertThat(timeline.get(0).get("action").asString()).isEqualTo("report");
        }
        assertThat(reportedInGrid()).isEqualTo(reportedBefore + 2);
    }

    private long reportedInGrid() throws Exception {
        return api.json("demo-leader", "/api/v1/stats/summary?area=" + CaseApi.GRID).get("counts").get("reported").asLong();
    }

    private static List<Integer> statuses(JsonNode items) {
        List<Integer> statuses = new ArrayList<>();
        items.forEach(item -> statuses.add(item.get("status").asInt()));
        return statuses;
    }

    private JsonNode batch(String body) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/cases/batch").with(as(mvc, "demo-gridworker")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return CaseApi.JSON.readTree(r.getResponse().getContentAsString()).get("items");
    }
}
