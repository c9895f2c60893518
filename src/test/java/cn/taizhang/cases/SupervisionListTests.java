package cn.taizhang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 挂牌督办 are listed, scoped like the cases they concern. */
@IntegrationTest
class SupervisionListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    private long supervisedCase(String document) throws Exception {
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
        long id = api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));
        api.done("demo-leader", id, "supervise", Map.of("documentNumber", document, "deadline", "2026-12-31T17:00:00+08:00"));
        return id;
    }

    private static List<Long> caseIds(JsonNode page) {
        return page.get("items").findValues("caseId").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void theLeaderSeesTheSupervisionsOfACase() throws Exception {
        String document = "凯府督〔2026〕" + UUID.randomUUID();
        long id = supervisedCase(document);
        JsonNode list = api.json("demo-leader", "/api/v1/cases/" + id + "/supervisions");
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode s = list.get("items").get(0);
        assertThat(s.get("documentNumber").asString()).isEqualTo(document);
        assertThat(s.get("supervisingUnit").asString()).isEqualTo("凯里市");
        assertThat(s.get("deadline").asString()).isEqualTo("2026-12-31T17:00:00+08:00");
        assertThat(s.get("automatic").asBoolean()).isFalse();
        assertThat(s.get("createdAt").asString()).endsWith("+08:00");
        assertThat(s.get("caseId").asLong()).isEqualTo(id);
        assertThat(s.get("caseNumber").asString()).isEqualTo(api.read("demo-leader", id).get("number").asString());
        assertThat(s.get("caseState").asString()).isEqualTo("dispatched");
        assertThat(s.get("caseStateName").asString()).isEqualTo("已派遣");

        for (String user : List.of("demo-leader", "demo-dispatcher")) {
            JsonNode page = api.json(user, "/api/v1/supervisions?area=522601002&size=500");
            assertThat(caseIds(page)).as(user).contains(id);
            page.get("items").forEach(item -> assertThat(item.get("gridCode").asString()).startsWith("522601002"));
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(page.get("items").size());
        }
        assertThat(caseIds(api.json("demo-leader", "/api/v1/supervisions?area=522601003&state=all&size=500"))).doesNotContain(id);
    }

    @Test
    void anotherTownsDispatcherDoesNotSeeThem() throws Exception {
        long id = supervisedCase("凯府督〔2026〕" + UUID.randomUUID());
        assertThat(api.status("t522601003-dispatcher-1", "/api/v1/cases/" + id + "/supervisions")).isEqualTo(404);
        assertThat(caseIds(api.json("t522601003-dispatcher-1", "/api/v1/supervisions?state=all&size=500"))).doesNotContain(id);
        // a department's handler sees only its own unit's cases
        assertThat(api.status("demo-handler", "/api/v1/cases/" + id + "/supervisions")).isEqualTo(404);
        assertThat(caseIds(api.json("demo-handler", "/api/v1/supervisions?state=all&size=500"))).doesNotContain(id);
    }

    @Test
    void openListsOnlyCasesStillInTheLoop() throws Exception {
        long id = supervisedCase("凯府督〔2026〕" + UUID.randomUUID());
        api.done("t522601002-safety-1", id, "handle", Map.of("note", "已清理"));
        api.done("demo-gridworker", id, "verify", Map.of("passed", true));
        assertThat(caseIds(api.json("demo-leader", "/api/v1/supervisions?area=522601002&size=500"))).doesNotContain(id);
        assertThat(caseIds(api.json("demo-leader", "/api/v1/supervisions?area=522601002&state=open&size=500"))).doesNotContain(id);
        JsonNode all = api.json("demo-leader", "/api/v1/supervisions?area=522601002&state=all&size=500");
        assertThat(caseIds(all)).contains(id);
        assertThat(api.json("demo-leader", "/api/v1/cases/" + id + "/supervisions").get("items").get(0).get("caseState").asString())
                .isEqualTo("closed");
    }

    @Test
    void badParametersAreNamed() throws Exception {
        JsonNode problem = api.json("demo-leader", "/api/v1/supervisions?area=abc&state=closed&size=0");
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValues("field").stream().map(JsonNode::asString)).containsExactlyInAnyOrder("area", "state", "size");
        assertThat(api.status("demo-leader", "/api/v1/supervisions?area=abc")).isEqualTo(400);
    }
}
