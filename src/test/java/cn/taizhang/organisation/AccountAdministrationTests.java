package cn.taizhang.organisation;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.support.Commands;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Issue 14 §2, 三权分立: the 安全管理员 manages business accounts and never grants or touches an administrator's. */
@IntegrationTest
class AccountAdministrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Xq7#mlp2Rt";
    private static final String CHANGED = "Danzhai#Road9";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<Command> commands;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String account(String username, String... roles) {
        return JSON.writeValueAsString(Map.of("username", username, "name", "测试", "phone", "13800000000", "roles", roles,
                "jurisdictionCode", "522601002", "password", PASSWORD));
    }

    private long create(String username, String... roles) throws Exception {
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(account(username, roles))
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(created).get("id").asLong();
    }

    private ResultActions edit(long id, String user, Map<String, Object> body) throws Exception {
        return mvc.perform(put("/api/v1/staff/{id}", id).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))
                .with(as(mvc, user)));
    }

    private List<String> roles(long id) {
        return jdbc.queryForList("SELECT role FROM staff_role WHERE staff_id = ? ORDER BY role", String.class, id);
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))).andReturn().getResponse();
    }

    /** A token of an account whose first password has been changed, so that it may do its work. */
    private String readyToken(String username) throws Exception {
        String token = JSON.readTree(signIn(username, PASSWORD).getContentAsString()).get("token").asString();
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("currentPassword", PASSWORD, "newPassword", CHANGED))))
                .andExpect(status().isNoContent());
        return token;
    }

    @Test
    void theSecurityAdministratorCannotCreateAnAdministratorAccount() throws Exception {
        for (String role : new String[] {"SYSADMIN", "SECADMIN", "AUDITOR"}) {
            String username = unique("admin-made");
            mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(account(username, "DISPATCHER", role))
                            .with(as(mvc, "demo-secadmin")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ADMIN_ROLE_NOT_GRANTABLE"));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM staff WHERE username = ?", Long.class, username)).as(role).isZero();
        }
    }

    @Test
    void theSecurityAdministratorCannotPromoteAnAccountToAnAdministrator() throws Exception {
        long id = create(unique("promote"), "DISPATCHER");
        for (String role : new String[] {"SYSADMIN", "SECADMIN", "AUDITOR"}) {
            edit(id, "demo-secadmin", Map.of("name", "测试", "roles", List.of(role), "jurisdictionCode", "522601002"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ADMIN_ROLE_NOT_GRANTABLE"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("命令行")));
        }
        assertThat(roles(id)).containsExactly("DISPATCHER");
    }

    @Test
    void theSecurityAdministratorCannotEditDisableOrResetAnAdministratorsAccount() throws Exception {
        String username = unique("cli-auditor");
        assertThat(new Commands(commands).run("admin", "grant", username, "AUDITOR", "522601").exit()).isZero();
        long id = jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
        String hash = jdbc.queryForObject("SELECT password_hash FROM staff WHERE id = ?", String.class, id);

        edit(id, "demo-secadmin", Map.of("name", "改名", "roles", List.of("DISPATCHER"), "jurisdictionCode", "522601002"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_ACCOUNT_PROTECTED"));
        for (String action : new String[] {"disable", "password-reset"}) {
            mvc.perform(post("/api/v1/staff/{id}/" + action, id).with(as(mvc, "demo-secadmin")))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_ACCOUNT_PROTECTED"));
        }
        assertThat(roles(id)).containsExactly("AUDITOR");
        assertThat(jdbc.queryForMap("SELECT name, enabled, password_hash, jurisdiction_code FROM staff WHERE id = ?", id))
                .containsEntry("name", "审计管理员").containsEntry("enabled", true).containsEntry("password_hash", hash)
                .containsEntry("jurisdiction_code", "522601");
    }

    @Test
    void anEditChangesRolesJurisdictionAndDepartmentKeepsThePhoneAndIsAuditedWithBeforeAndAfter() throws Exception {
        long id = create(unique("edit"), "GRID_WORKER");
        long emergency = jdbc.queryForObject("SELECT id FROM department WHERE code = 'EMERGENCY'", Long.class);
        Map<String, Object> body = Map.of("name", "王五", "roles", List.of("HANDLER", "INSPECTOR"), "jurisdictionCode", "522601",
                "departmentId", emergency);
        edit(id, "demo-dispatcher", body).andExpect(status().isForbidden());

        edit(id, "demo-secadmin", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("王五"))
                .andExpect(jsonPath("$.roles[0]").value("HANDLER"))
                .andExpect(jsonPath("$.jurisdictionCode").value("522601"))
                .andExpect(jsonPath("$.departmentName").value("市应急管理局"))
                .andExpect(jsonPath("$.phone").value("138****0000"));
        assertThat(roles(id)).containsExactly("HANDLER", "INSPECTOR");
        assertThat(jdbc.queryForMap("SELECT before_ref, after_ref FROM audit_event WHERE action = 'CHANGE' AND method = 'PUT' "
                + "AND actor_username = 'demo-secadmin' AND target_id = ?", Long.toString(id)))
                .containsEntry("before_ref", "GRID_WORKER@522601002")
                .containsEntry("after_ref", "HANDLER,INSPECTOR@522601 department=" + emergency);

        String unknown = OwnedArea.UNKNOWN_TO_STAFF_EDITS.code(AccountAdministrationTests.class);
        edit(id, "demo-secadmin", Map.of("name", "王五", "phone", "1390000", "roles", List.of(), "jurisdictionCode", unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')]").exists());
        edit(id, "demo-secadmin", Map.of("name", "王五", "roles", List.of("HANDLER"), "jurisdictionCode", unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_AREA"));
        assertThat(roles(id)).containsExactly("HANDLER", "INSPECTOR");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokenAndSessionStopAtOnce() throws Exception {
        String username = unique("disable");
        long id = create(username, "DISPATCHER");
        String token = readyToken(username);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(CHANGED))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/cases").session(session).accept("text/html")).andExpect(status().isOk());

        mvc.perform(post("/api/v1/staff/{id}/disable", id).with(as(mvc, "demo-dispatcher"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/{id}/disable", id).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
        mvc.perform(get("/cases").session(session).accept("text/html")).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        assertThat(signIn(username, CHANGED).getStatus()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT after_ref FROM audit_event WHERE action = 'CHANGE' AND path = ? AND status IS NULL",
                String.class, "/api/v1/staff/" + id + "/disable")).isEqualTo("DISPATCHER@522601002 disabled");

        mvc.perform(post("/api/v1/staff/{id}/enable", id).with(as(mvc, "demo-secadmin"))).andExpect(status().isOk());
        assertThat(signIn(username, CHANGED).getStatus()).isEqualTo(200);
        // a token revoked with the disabling stays revoked
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void newRolesAndJurisdictionTakeEffectInAnOpenSession() throws Exception {
        String username = unique("demote");
        long id = create(username, "DISPATCHER");
        readyToken(username);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(CHANGED))
                .andReturn().getRequest().getSession();
        long gridWorker = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-gridworker'", Long.class);
        mvc.perform(get("/api/v1/staff/{id}/phone", gridWorker).session(session)).andExpect(status().isOk());
        mvc.perform(get("/areas/522601002").session(session).accept("text/html")).andExpect(status().isOk());

        edit(id, "demo-secadmin", Map.of("name", "测试", "roles", List.of("GRID_WORKER"), "jurisdictionCode", "522601003"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/{id}/phone", gridWorker).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/areas/522601002").session(session).accept("text/html")).andExpect(status().isNotFound());
    }
}
