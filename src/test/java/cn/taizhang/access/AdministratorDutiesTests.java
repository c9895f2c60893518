package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 三权分立: none of the three administrators sees business data; each reaches the pages and API of its duty. */
@IntegrationTest
class AdministratorDutiesTests {

    private static final List<String> ADMINISTRATORS = List.of("demo-sysadmin", "demo-secadmin", "demo-auditor");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse api(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(mvc, user))).andReturn().getResponse();
    }

    private MockHttpSession session(String user) throws Exception {
        return DemoUsers.webSession(mvc, user); // the password and the second factor
    }

    private MockHttpServletResponse page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    @Test
    void noAdministratorReadsCasesStatisticsEvaluationsBriefingsNoticesOrPhones() throws Exception {
        long gridWorker = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-gridworker'", Long.class);
        List<String> business = List.of("/api/v1/cases", "/api/v1/cases/1", "/api/v1/cases/1/timeline", "/api/v1/cases/export.xlsx",
                "/api/v1/supervisions", "/api/v1/stats/summary", "/api/v1/stats/breakdown", "/api/v1/evaluations", "/api/v1/briefings",
                "/api/v1/notices", "/api/v1/observation-visits", "/api/v1/units", "/api/v1/staff/" + gridWorker + "/phone");
        for (String user : ADMINISTRATORS) {
            for (String path : business) {
                MockHttpServletResponse r = api(user, path);
                assertThat(r.getStatus()).as(user + " " + path).isEqualTo(403);
                assertThat(r.getContentType()).startsWith("application/problem+json");
                assertThat(r.getContentAsString()).as(user + " " + path).contains("\"code\":\"ADMIN_DUTIES_ONLY\"", "三权分立");
            }
        }
        assertThat(api("demo-leader", "/api/v1/cases").getStatus()).as("business roles are not affected").isEqualTo(200);
    }

    @Test
    void eachAdministratorReachesItsOwnDutyAndNotTheOthers() throws Exception {
        Map<String, List<String>> own = Map.of(
                "demo-sysadmin", List.of("/api/v1/areas/522601", "/api/v1/case-types", "/api/v1/calendar/2026", "/api/v1/evaluation-weights",
                        "/api/v1/overlays", "/api/v1/sectors"),
                "demo-secadmin", List.of("/api/v1/staff", "/api/v1/sign-in-failures", "/api/v1/departments", "/api/v1/areas/522601"),
                "demo-auditor", List.of("/api/v1/audit", "/api/v1/audit/verification"));
        // the territory and the departments: the 系统管理员 configures them, the 安全管理员 places accounts in them
        List<String> shared = List.of("/api/v1/areas/522601", "/api/v1/departments");
        for (String user : ADMINISTRATORS) {
            for (var duty : own.entrySet()) {
                for (String path : duty.getValue()) {
                    boolean mine = duty.getKey().equals(user) || shared.contains(path) && !user.equals("demo-auditor");
                    assertThat(api(user, path).getStatus()).as(user + " " + path).isEqualTo(mine ? 200 : 403);
                }
            }
        }
    }

    @Test
    void anAdministratorsPagesAreItsDutysOnlyAndTheOthersAreAChineseRefusal() throws Exception {
        Map<String, String> home = Map.of("demo-sysadmin", "/admin", "demo-secadmin", "/accounts", "demo-auditor", "/audit");
        for (String user : ADMINISTRATORS) {
            MockHttpSession session = session(user);
            for (String path : List.of("/cases", "/dashboard", "/notices", "/staff", "/evaluations", "/briefings")) {
                MockHttpServletResponse r = page(session, path);
                assertThat(r.getStatus()).as(user + " " + path).isEqualTo(403);
                assertThat(r.getContentType()).startsWith("text/html");
                assertThat(r.getContentAsString()).contains("三权分立");
            }
            assertThat(page(session, "/").getRedirectedUrl()).as(user).isEqualTo(home.get(user));
            String own = page(session, home.get(user)).getContentAsString();
            assertThat(own).as(user).contains("href=\"" + home.get(user) + "\"")
                    .doesNotContain("href=\"/cases\"", "href=\"/dashboard\"", "href=\"/notices\"", "href=\"/staff\"");
        }
    }

    @Test
    void anAdministratorsRefusedChangeIsAudited() throws Exception {
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
        int status = mvc.perform(post("/api/v1/notices/read-all").with(as(mvc, "demo-auditor"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForList("SELECT status FROM audit_event WHERE id > ? AND actor_username = 'demo-auditor' AND path = ?",
                Integer.class, before, "/api/v1/notices/read-all")).containsExactly(403);
    }
}
