package cn.taizhang.service;

import static cn.taizhang.service.VisitFixtures.body;
import static cn.taizhang.service.VisitFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 三项服务: a leader's visit turns each problem into an 企业诉求 case dispatched at once to the unit at the visiting leaders'
 * level (顶格协调), closed in the normal loop with the enterprise told of the outcome; retries and refusals write nothing more.
 */
@IntegrationTest
class LeaderVisitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCityLeadersProblemsGoStraightToTheCoordinatorAndClosingTellsTheEnterprise() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        CaseApi cases = new CaseApi(mvc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        ObjectNode sent = api.visit(enterprise, true, "demo-leader");
        MvcResult first = api.record("demo-leader", sent);
        JsonNode recorded = ok(first, 201);
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/api/v1/leader-visits/" + recorded.get("id").asLong());
        assertThat(recorded.get("problems")).hasSize(2);
        long general = recorded.get("problems").get(0).asLong();
        long hard = recorded.get("problems").get(1).asLong();

        long coordinator = api.departmentId("INVESTMENT");
        for (long id : List.of(general, hard)) {
            JsonNode c = cases.read("demo-leader", id);
            assertThat(c.get("state").asString()).as("registered and dispatched by the leader").isEqualTo("dispatched");
            assertThat(c.get("unit").get("id").asLong()).as("顶格协调: the city's coordinator, not the 镇街").isEqualTo(coordinator);
            assertThat(c.get("source").asString()).isEqualTo("leader_visit");
            assertThat(c.get("type").asString()).isEqualTo("enterprise_request");
        }
        assertThat(cases.read("demo-leader", hard).get("severity").asString()).isEqualTo("hard");
        assertThat(cases.read("demo-leader", general).get("severity").asString()).isEqualTo("general");
        List<Map<String, Object>> events = jdbc.queryForList("SELECT action, actor_role FROM case_event WHERE case_id = ? ORDER BY seq", general);
        assertThat(events).extracting(e -> e.get("action")).containsExactly("report", "register", "dispatch");
        assertThat(events).extracting(e -> e.get("actor_role")).containsOnly("LEADER");
        // the 镇街 dispatcher has nothing to pass up
        assertThat(cases.read("demo-dispatcher", general).get("allowedActions").valueStream().map(JsonNode::asString))
                .doesNotContain("register", "dispatch");

        // a retry answers the same visit; the same clientId with other content is refused
        MvcResult again = api.record("demo-leader", sent);
        assertThat(ok(again, 200)).isEqualTo(recorded);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leader_visit WHERE enterprise_id = ?", Long.class, enterprise)).isEqualTo(1);
        ObjectNode changed = sent.deepCopy().put("notes", "另一次走访");
        MvcResult reused = api.record("demo-leader", changed);
        assertThat(reused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(reused).get("code").asString()).isEqualTo("CLIENT_ID_REUSED");

        // the coordinator's handler solves it: the case closes and the enterprise is told
        cases.done("investment-handler-1", general, "handle", Map.of("note", "已协调人社局举办专场招聘会，招聘 32 人"));
        assertThat(cases.read("demo-leader", general).get("state").asString()).isEqualTo("closed");
        JsonNode visit = ok(api.read("demo-leader", "/api/v1/leader-visits/" + recorded.get("id").asLong()), 200);
        JsonNode solved = visit.get("problems").get(0);
        assertThat(solved.get("solved").asBoolean()).isTrue();
        assertThat(solved.get("outcome").asString()).isEqualTo("已协调人社局举办专场招聘会，招聘 32 人");
        assertThat(solved.get("outcomeAt").isNull()).isFalse();
        assertThat(visit.get("problems").get(1).get("solved").asBoolean()).isFalse();
        assertThat(visit.get("unitName").asString()).isEqualTo("市产业投资促进委员会");
        String page = api.read("demo-leader", "/enterprise-service/visits/" + recorded.get("id").asLong()).getResponse().getContentAsString();
        assertThat(page).contains("已协调人社局举办专场招聘会", "疑难", "市产业投资促进委员会");
    }

    @Test
    void aTownLeadersProblemsGoToTheTownOffice() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        CaseApi cases = new CaseApi(mvc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        JsonNode recorded = ok(api.record("t522601002-leader", api.visit(enterprise, false, "t522601002-leader")), 201);
        long id = recorded.get("problems").get(0).asLong();
        JsonNode c = cases.read("t522601002-leader", id);
        assertThat(c.get("state").asString()).isEqualTo("dispatched");
        assertThat(c.get("unit").get("id").asLong()).isEqualTo(api.departmentId("OFFICE-522601002"));
        cases.done("t522601002-safety-1", id, "handle", Map.of("note", "已协调供电所增容"));
        assertThat(ok(api.read("t522601002-leader", "/api/v1/leader-visits/" + recorded.get("id").asLong()), 200)
                .get("problems").get(0).get("outcome").asString()).isEqualTo("已协调供电所增容");
        // with a city leader on the visit, the city's level decides
        JsonNode both = ok(api.record("demo-leader", api.visit(enterprise, false, "t522601002-leader", "demo-leader")), 201);
        assertThat(cases.read("demo-leader", both.get("problems").get(0).asLong()).get("unit").get("id").asLong()).isEqualTo(api.departmentId("INVESTMENT"));
        // a department's leader (of the enterprise's sector: their reach) sends to their own department
        JsonNode department = ok(api.record("emergency-leader", api.visit(enterprise, false, "emergency-leader")), 201);
        assertThat(cases.read("emergency-leader", department.get("problems").get(0).asLong()).get("unit").get("id").asLong())
                .isEqualTo(api.departmentId("EMERGENCY"));
    }

    @Test
    void refusalsNameTheirFieldAndWriteNothing() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        long visits = count("SELECT count(*) FROM leader_visit");
        long cases = count("SELECT count(*) FROM case_record WHERE source = 'leader_visit'");

        assertThat(api.record("demo-dispatcher", api.visit(enterprise, false, "demo-leader")).getResponse().getStatus()).isEqualTo(403);
        MvcResult unknown = api.record("demo-leader", api.visit(enterprise, false, "demo-leader").put("enterpriseId", 987_654_321L));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).get("detail").asString()).contains("enterpriseId", "企业 987654321");
        assertThat(field(api.record("t522601002-leader", api.visit(enterprise, false, "t522601003-leader")), "leaderIds[0]"))
                .isEqualTo("NOT_A_LEADER");
        assertThat(field(api.record("demo-leader", api.visit(enterprise, false, "demo-dispatcher")), "leaderIds[0]")).isEqualTo("NOT_A_LEADER");
        ObjectNode future = api.visit(enterprise, false, "demo-leader").put("date", VisitFixtures.today().plusDays(1).toString());
        assertThat(field(api.record("demo-leader", future), "date")).isEqualTo("IN_FUTURE");
        ObjectNode empty = api.visit(enterprise, false, "demo-leader");
        ((ObjectNode) empty.withArray("problems").get(0)).put("description", "  ");
        MvcResult blank = api.record("demo-leader", empty);
        assertThat(field(blank, "problems[0].description")).isEqualTo("REQUIRED");
        assertThat(body(blank).get("detail").asString()).contains("问题描述");
        ObjectNode neither = api.visit(enterprise, false, "demo-leader");
        neither.remove("enterpriseId");
        assertThat(field(api.record("demo-leader", neither), "enterpriseId")).isEqualTo("REQUIRED");
        // an enterprise outside a town leader's 镇街
        long elsewhere = api.enterprise(api.firstGrid("522601003001"));
        assertThat(api.record("t522601002-leader", api.visit(elsewhere, false, "t522601002-leader")).getResponse().getStatus()).isEqualTo(404);

        assertThat(count("SELECT count(*) FROM leader_visit")).isEqualTo(visits);
        assertThat(count("SELECT count(*) FROM case_record WHERE source = 'leader_visit'")).isEqualTo(cases);
    }

    @Test
    void oneSeesOnlyTheVisitsOfOnesJurisdiction() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        long id = ok(api.record("t522601002-leader", api.visit(enterprise, false, "t522601002-leader")), 201).get("id").asLong();
        assertThat(api.read("t522601003-leader", "/api/v1/leader-visits/" + id).getResponse().getStatus()).isEqualTo(404);
        JsonNode theirs = ok(api.read("t522601003-leader", "/api/v1/leader-visits?enterprise=" + enterprise), 200);
        assertThat(theirs.get("total").asLong()).isZero();
        JsonNode mine = ok(api.read("t522601002-leader", "/api/v1/leader-visits?enterprise=" + enterprise + "&leader="
                + api.staffId("t522601002-leader")), 200);
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("problems").asInt()).isEqualTo(1);
        assertThat(ok(api.read("demo-leader", "/api/v1/leader-visits?area=522601002&enterprise=" + enterprise), 200).get("total").asLong())
                .isEqualTo(1);
        assertThat(api.read("demo-leader", "/api/v1/leader-visits?from=x").getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read("t522601002-leader", "/enterprise-service/mine").getResponse().getContentAsString()).contains("我的走访");
        assertThat(api.read("demo-leader", "/enterprise-service").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read("demo-leader", "/enterprise-service/visits/new").getResponse().getStatus()).isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String field(MvcResult r, String name) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        for (JsonNode e : body(r).get("errors")) {
            if (e.get("field").asString().equals(name)) {
                return e.get("code").asString();
            }
        }
        throw new AssertionError("no error for " + name + ": " + r.getResponse().getContentAsString());
    }
}
