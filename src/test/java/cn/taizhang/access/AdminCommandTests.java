package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.support.Commands;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** {@code admin grant|revoke|reset-password|list}: the three administrators are made on the server's command line only, audited. */
@IntegrationTest
class AdminCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CLI_ACTOR = "cli:" + System.getProperty("user.name");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<Command> beans;

    @Autowired
    SecondFactors secondFactors;

    Commands commands;

    @BeforeEach
    void commands() {
        commands = new Commands(beans);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Commands.Run admin(String... args) throws Exception {
        return commands.run("admin", args);
    }

    private long id(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    private List<String> roles(String username) {
        return jdbc.queryForList("SELECT r.role FROM staff_role r JOIN staff s ON s.id = r.staff_id WHERE s.username = ?", String.class, username);
    }

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))).andReturn().getResponse();
    }

    private String token(String username, String password) throws Exception {
        MockHttpServletResponse r = signIn(username, password);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getContentAsString()).get("token").asString();
    }

    @Test
    void grantCreatesTheAccountWithATemporaryPasswordToBeChangedAtFirstSignInAndIsAudited() throws Exception {
        String username = unique("first-secadmin");
        Commands.Run run = admin("grant", username, "SECADMIN", "522601");
        assertThat(run.exit()).as(run.err()).isZero();
        String temporary = Commands.temporaryPassword(run);
        assertThat(temporary).hasSize(14);
        assertThat(roles(username)).containsExactly("SECADMIN");

        String token = token(username, temporary);
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("currentPassword", temporary, "newPassword", "Leishan#Hill42"))))
                .andExpect(status().isNoContent());
        // next an administrator enrols a second factor before anything else (see TwoFactorTests)
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("TWO_FACTOR_ENROLMENT_REQUIRED"));

        assertThat(jdbc.queryForMap("SELECT actor_username, actor_id, method, path, target_type, detail FROM audit_event "
                + "WHERE action = 'ADMIN_ROLE_GRANTED' AND target_id = ?", Long.toString(id(username))))
                .containsEntry("actor_username", CLI_ACTOR).containsEntry("actor_id", null).containsEntry("method", "CLI")
                .containsEntry("path", "admin grant " + username + " SECADMIN 522601").containsEntry("target_type", "staff")
                .containsEntry("detail", "SECADMIN");
        assertThat(admin("grant", username, "SECADMIN").out()).contains("未作更改");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_ROLE_GRANTED' AND target_id = ?", Long.class,
                Long.toString(id(username)))).as("granting what is held changes and audits nothing").isEqualTo(1);
    }

    @Test
    void grantRefusesASecondAdministratorRoleABusinessAccountABusinessRoleAndANewAccountWithoutArea() throws Exception {
        String admin = unique("one-hat");
        assertThat(admin("grant", admin, "SYSADMIN", "522601").exit()).isZero();
        Commands.Run second = admin("grant", admin, "AUDITOR");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("三权分立");
        assertThat(roles(admin)).containsExactly("SYSADMIN");

        String business = unique("business");
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).with(as(mvc, "demo-secadmin"))
                .content(JSON.writeValueAsString(Map.of("username", business, "name", "测试", "phone", "13800000000", "roles", List.of("DISPATCHER"),
                        "jurisdictionCode", "522601002", "password", "Xq7#mlp2Rt")))).andExpect(status().isCreated());
        Commands.Run onBusiness = admin("grant", business, "AUDITOR");
        assertThat(onBusiness.exit()).isEqualTo(1);
        assertThat(onBusiness.err()).contains("业务角色");
        assertThat(roles(business)).containsExactly("DISPATCHER");

        assertThat(admin("grant", unique("worker"), "GRID_WORKER", "522601").exit()).isEqualTo(1);
        assertThat(admin("grant", unique("nowhere"), "AUDITOR").err()).contains("须指定辖区");
        assertThat(admin("grant", unique("bad-area"), "AUDITOR", OwnedArea.UNKNOWN_TO_GRANTS.code(AdminCommandTests.class)).err())
                .contains("不存在");
        assertThat(admin("grant", "x", "NO_SUCH_ROLE", "522601").exit()).isEqualTo(1);
        assertThat(admin("frobnicate").exit()).isEqualTo(1);
    }

    @Test
    void revokeTakesTheRoleAwayDisablesTheAccountStopsItsTokensAndIsAudited() throws Exception {
        String username = unique("leaving-auditor");
        String temporary = Commands.temporaryPassword(admin("grant", username, "AUDITOR", "522601"));
        String token = token(username, temporary);
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

        Commands.Run run = admin("revoke", username, "AUDITOR");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(roles(username)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT enabled FROM staff WHERE username = ?", Boolean.class, username)).isFalse();
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
        assertThat(signIn(username, temporary).getStatus()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT actor_username FROM audit_event WHERE action = 'ADMIN_ROLE_REVOKED' AND target_id = ?",
                String.class, Long.toString(id(username)))).isEqualTo(CLI_ACTOR);
        assertThat(admin("revoke", username, "AUDITOR").exit()).as("not held any more").isEqualTo(1);

        assertThat(admin("grant", username, "SECADMIN").exit()).as("granted again, another duty").isZero();
        assertThat(roles(username)).containsExactly("SECADMIN");
        assertThat(signIn(username, temporary).getStatus()).isEqualTo(200);
    }

    @Test
    void resetPasswordIsForAdministratorsAndListShowsThem() throws Exception {
        String username = unique("forgetful");
        admin("grant", username, "SYSADMIN", "522601");
        Commands.Run reset = admin("reset-password", username);
        assertThat(reset.exit()).as(reset.err()).isZero();
        String temporary = Commands.temporaryPassword(reset);
        assertThat(signIn(username, temporary).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_PASSWORD_RESET' AND target_id = ?",
                Long.class, Long.toString(id(username)))).isEqualTo(1);

        assertThat(admin("reset-password", "demo-leader").exit()).as("a business account's is the 安全管理员's to reset").isEqualTo(1);

        Commands.Run list = admin("list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("demo-sysadmin", "demo-secadmin", "demo-auditor", username).doesNotContain("demo-leader");
    }

    /** An administrator who lost the authenticator and the recovery codes: the server's operator clears it, nobody else. */
    @Test
    void resetTwoFactorClearsAnAdministratorsSecondFactorWhichTheSecurityAdministratorMayNot() throws Exception {
        String username = unique("lost-phone");
        assertThat(admin("grant", username, "AUDITOR", "522601").exit()).isZero();
        long id = id(username);
        secondFactors.enrolConfirmed(id, "JBSWY3DPEHPK3PXP");

        mvc.perform(post("/api/v1/staff/{id}/two-factor-reset", id).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_ACCOUNT_PROTECTED"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM two_factor WHERE staff_id = ?", Long.class, id)).isEqualTo(1);

        Commands.Run run = admin("reset-two-factor", username.toUpperCase());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM two_factor WHERE staff_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT actor_username FROM audit_event WHERE action = 'TWO_FACTOR_RESET' AND target_id = ?",
                String.class, Long.toString(id))).isEqualTo(CLI_ACTOR);
        assertThat(admin("reset-two-factor", "demo-leader").exit()).as("a business account's is the 安全管理员's to reset").isEqualTo(1);
    }
}
