package cn.taizhang.service;

import static cn.taizhang.service.VisitFixtures.body;
import static cn.taizhang.service.VisitFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The 系统管理员 appoints the county's enterprise-service coordinator, on the page or through the API, and a city leader's
 * next visit goes to it. Each test puts the demo's 产投委 back, as the other tests of the service expect it.
 */
@IntegrationTest
class CoordinatorAppointmentTests {

    private static final String PATH = "/api/v1/enterprise-service/coordinator";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorAppointsAnotherUnitAndTheNextCityVisitGoesThere() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long investment = api.departmentId("INVESTMENT");
        long emergency = api.departmentId("EMERGENCY");
        JsonNode now = ok(read("demo-sysadmin"), 200);
        assertThat(now.get("areaCode").asString()).isEqualTo("522601");
        assertThat(now.get("areaName").asString()).isEqualTo("凯里市");
        assertThat(now.get("unit").get("id").asLong()).isEqualTo(investment);
        assertThat(now.get("choices").valueStream().map(c -> c.get("name").asString()))
                .contains("市应急管理局", "市产业投资促进委员会").noneMatch(name -> name.endsWith("办事处"));
        long audited = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
        try {
            JsonNode appointed = ok(appoint("demo-sysadmin", "{\"departmentId\":" + emergency + "}"), 200);
            assertThat(appointed.get("unit").get("name").asString()).isEqualTo("市应急管理局");
            assertThat(jdbc.queryForList("SELECT before_ref || '→' || after_ref FROM audit_event WHERE id > ?"
                    + " AND target_type = 'enterprise_service_unit' AND target_id = '522601'", String.class, audited))
                    .containsExactly(investment + "→" + emergency);

            JsonNode visit = ok(api.record("demo-leader", api.visit(api.enterprise(VisitFixtures.GRID), false, "demo-leader")), 201);
            JsonNode problem = new CaseApi(mvc).read("demo-leader", visit.get("problems").get(0).asLong());
            assertThat(problem.get("unit").get("name").asString()).as("顶格协调 to the unit appointed").isEqualTo("市应急管理局");
        } finally {
            ok(appoint("demo-sysadmin", "{\"departmentId\":" + investment + "}"), 200);
        }
    }

    @Test
    void onlyTheAdministratorAppointsAndOnlyACountyDepartmentAndEachRefusalChangesNothing() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long investment = api.departmentId("INVESTMENT");
        long office = jdbc.queryForObject("SELECT id FROM department WHERE kind = 'office' ORDER BY id LIMIT 1", Long.class);
        assertThat(read("demo-leader").getResponse().getStatus()).isEqualTo(403);
        assertThat(appoint("demo-leader", "{\"departmentId\":" + api.departmentId("EMERGENCY") + "}").getResponse().getStatus()).isEqualTo(403);
        assertThat(problem(appoint("demo-sysadmin", "{\"departmentId\":" + office + "}"), 404)).isEqualTo("DEPARTMENT_NOT_FOUND");
        assertThat(field(appoint("demo-sysadmin", "{}"))).isEqualTo("departmentId");
        assertThat(field(appoint("demo-sysadmin", "{\"departmentId\":\"产投委\"}"))).isEqualTo("departmentId");
        assertThat(field(appoint("demo-sysadmin", "{\"area\":\"52260100\",\"departmentId\":" + investment + "}"))).isEqualTo("area");
        assertThat(field(appoint("demo-sysadmin", "{\"unit\":1,\"departmentId\":" + investment + "}"))).isEqualTo("unit");
        assertThat(problem(appoint("demo-sysadmin", "{\"area\":\"522602\",\"departmentId\":" + investment + "}"), 404)).isEqualTo("NOT_FOUND");
        assertThat(ok(read("demo-sysadmin"), 200).get("unit").get("id").asLong()).isEqualTo(investment);
    }

    @Test
    void thePageShowsTheUnitAndItsFormAppointsAnother() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long investment = api.departmentId("INVESTMENT");
        MockHttpSession session = DemoUsers.webSession(mvc, "demo-sysadmin");
        String page = mvc.perform(get("/admin/enterprise-service").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"coordinator-current\">市产业投资促进委员会<");
        assertThat(mvc.perform(get("/admin").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/admin/enterprise-service\"");
        try {
            MockHttpServletResponse saved = mvc.perform(post("/admin/enterprise-service").session(session).with(csrf())
                    .param("departmentId", Long.toString(api.departmentId("TRANSPORT"))).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            assertThat(saved.getStatus()).isEqualTo(302);
            String after = mvc.perform(get(saved.getRedirectedUrl()).session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(after).contains("已指定市交通运输局为企业服务协调单位", "id=\"coordinator-current\">市交通运输局<");
        } finally {
            ok(appoint("demo-sysadmin", "{\"departmentId\":" + investment + "}"), 200);
        }
    }

    private MvcResult read(String user) throws Exception {
        return mvc.perform(get(PATH).with(DemoUsers.as(mvc, user))).andReturn();
    }

    private MvcResult appoint(String user, String json) throws Exception {
        return mvc.perform(put(PATH).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    private static String problem(MvcResult r, int status) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return body(r).get("code").asString();
    }

    private static String field(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        return body(r).get("errors").get(0).get("field").asString();
    }
}
