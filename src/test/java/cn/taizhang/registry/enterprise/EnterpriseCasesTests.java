package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.enterprise;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A case about an enterprise (cases.CaseSubjects): placed in its grid, shown on its page and on its 包保 leader's page. */
@IntegrationTest
class EnterpriseCasesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    EnterpriseFixtures api;
    ApiCalls cases;

    @BeforeEach
    void setUp() {
        api = new EnterpriseFixtures(mvc);
        cases = new ApiCalls(mvc);
    }

    private static Map<String, Object> hazard(long enterpriseId) {
        return Map.of("clientId", UUID.randomUUID().toString(), "type", "safety_hazard", "sector", "hazardous_chemicals",
                "description", "储罐区防火堤破损", "source", "grid_worker", "subject", Map.of("kind", "enterprise", "id", enterpriseId));
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void aCaseAboutAnEnterpriseLiesInItsGridAndShowsOnItsPage() throws Exception {
        JsonNode e = api.created("demo-dispatcher", enterprise(newCode(), "有隐患的企业"));
        long id = e.get("id").asLong();
        long caseId = cases.created("demo-gridworker", hazard(id));
        JsonNode c = cases.json("demo-dispatcher", "/api/v1/cases/" + caseId);
        assertThat(c.get("gridCode").asString()).isEqualTo(e.get("gridCode").asString());
        assertThat(c.get("subject").get("name").asString()).isEqualTo("有隐患的企业");
        assertThat(c.get("subject").get("path").asString()).isEqualTo("/enterprises/" + id);
        Document detail = page("demo-dispatcher", "/enterprises/" + id);
        assertThat(detail.select(".subject-cases tbody tr[data-id]").eachAttr("data-id")).containsExactly(Long.toString(caseId));
    }

    @Test
    void anEnterpriseOutsideTheReportersReachIsRefused() throws Exception {
        long elsewhere = jdbc.queryForObject("SELECT id FROM enterprise WHERE area_code NOT LIKE '522601002%' ORDER BY id LIMIT 1", Long.class);
        MvcResult r = mvc.perform(post("/api/v1/cases").with(DemoUsers.as(mvc, "demo-gridworker")).contentType(MediaType.APPLICATION_JSON)
                .content(EnterpriseFixtures.JSON.writeValueAsString(hazard(elsewhere)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(EnterpriseFixtures.body(r).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_SUBJECT");
    }

    @Test
    void aLeaderSeesTheOpenCasesOfTheEnterprisesTheyLookAfter() throws Exception {
        long leader = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-leader'", Long.class);
        ObjectNode looked = enterprise(newCode(), "领导包保的企业");
        looked.put("leaderId", leader);
        long id = api.created("demo-dispatcher", looked).get("id").asLong();
        long caseId = cases.created("demo-gridworker", hazard(id));
        Document page = page("demo-leader", "/enterprises/looked-after");
        assertThat(page.select(".panel[data-id=" + id + "] .subject-cases tr[data-id]").eachAttr("data-id")).contains(Long.toString(caseId));
        assertThat(mvc.perform(get("/enterprises/looked-after").session(DemoUsers.webSession(mvc, "demo-dispatcher"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
