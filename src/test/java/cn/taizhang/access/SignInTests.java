package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenOpensTheApiUntilItIsRevoked() throws Exception {
        String token = DemoUsers.tokenFor(mvc, "demo-leader", DemoUsers.PASSWORD);
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
    }

    @Test
    void aWrongPasswordGets401ProblemAndIsAuditedWithItsSourceAddress() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"demo-leader\",\"password\":\"wrong-password\"}")
                        .with(r -> { r.setRemoteAddr("10.9.8.7"); return r; }))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
                .andExpect(jsonPath("$.detail").value("用户名或密码错误"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' "
                + "AND actor_username = 'demo-leader' AND source_address = '10.9.8.7'", Long.class)).isEqualTo(1);
    }

    @Test
    void theTokenEndpointNamesEachMissingField() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndPagesRedirectToSignIn() throws Exception {
        mvc.perform(get("/api/v1/staff"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/staff").accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
    }

    @Test
    void webSignInIsAuditedAndNeedsTheCsrfToken() throws Exception {
        mvc.perform(formLogin("/login").user("demo-dispatcher").password(DemoUsers.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN' "
                + "AND actor_username = 'demo-dispatcher' AND detail = 'web'", Long.class)).isPositive();

        // a form post without the CSRF token is refused
        mvc.perform(post("/login").param("username", "demo-dispatcher").param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApplicationCannotRewriteTheAuditTrail() {
        DemoUsers.tokenFor(mvc, "demo-auditor", DemoUsers.PASSWORD);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isPositive();

        assertRefused(() -> jdbc.update("UPDATE audit_event SET actor_username = 'someone-else'"));
        assertRefused(() -> jdbc.update("DELETE FROM audit_event"));
        assertRefused(() -> jdbc.execute("TRUNCATE audit_event"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_username = 'someone-else'", Long.class)).isZero();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement) {
        assertThatThrownBy(statement).satisfies(e ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("permission denied"));
    }

    @Test
    void onlyTheAuditorReadsTheAuditTrail() throws Exception {
        mvc.perform(get("/api/v1/audit").with(as(mvc, "demo-leader")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/audit").with(as(mvc, "demo-sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").with(as(mvc, "demo-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[0].action").value("SIGN_IN"));
    }

    @Test
    void theAuditorReadsAndExportsTheTrailInTheBrowserAndNobodyElseDoes() throws Exception {
        var auditor = DemoUsers.webSession(mvc, "demo-auditor");
        mvc.perform(get("/audit").param("action", "SIGN_IN").session((org.springframework.mock.web.MockHttpSession) auditor).accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("demo-auditor")));
        byte[] xlsx = mvc.perform(get("/api/v1/audit/export.xlsx").with(as(mvc, "demo-auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("时间");
        }
        var leader = mvc.perform(formLogin("/login").user("demo-leader").password(DemoUsers.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/audit").session((org.springframework.mock.web.MockHttpSession) leader).accept("text/html"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/export.xlsx").with(as(mvc, "demo-sysadmin"))).andExpect(status().isForbidden());
    }
}
