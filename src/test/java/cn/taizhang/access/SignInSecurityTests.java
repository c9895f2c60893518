package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GB/T 22239-2019 8.1.4.1: failed sign-ins limited, a password policy, forced changes, usernames unique in any case. */
@IntegrationTest
class SignInSecurityTests {

    private static final String PASSWORD = "Xq7#mlp2Rt";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test signs in from addresses of its own, so that no address limit carries over. */
    private static String newAddress() {
        return "10.14.0." + ADDRESSES.incrementAndGet();
    }

    private long createAccount(String username) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", username, "name", "测试", "phone", "13800000000",
                "roles", new String[] {"GRID_WORKER"}, "jurisdictionCode", "522601002", "password", PASSWORD));
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(created).get("id").asLong();
    }

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andReturn().getResponse();
    }

    private String token(String username, String password) throws Exception {
        MockHttpServletResponse response = signIn(username, password, newAddress());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString()).get("token").asString();
    }

    /** What a refused sign-in answers, without the parts that differ by request. */
    private static String answer(MockHttpServletResponse response) throws Exception {
        JsonNode body = JSON.readTree(response.getContentAsString());
        return response.getStatus() + " " + body.get("code").asString() + " " + body.get("detail").asString();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWhichAnswersLikeAWrongPasswordUntilTheLockRunsOut() throws Exception {
        createAccount("lock-test-1");
        String address = newAddress();
        String wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = answer(signIn("lock-test-1", "Wrong#Pass" + i, address));
        }
        assertThat(wrong).isEqualTo("401 BAD_CREDENTIALS 用户名或密码错误");

        assertThat(answer(signIn("lock-test-1", PASSWORD, address))).as("the right password, locked").isEqualTo(wrong);
        assertThat(answer(signIn("lock-test-1", PASSWORD, newAddress()))).as("from elsewhere too").isEqualTo(wrong);
        assertThat(answer(signIn("no-such-user-14", "Wrong#Pass0", newAddress()))).as("an unknown user").isEqualTo(wrong);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND actor_username = 'lock-test-1'",
                Long.class)).isEqualTo(1);

        jdbc.update("UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE subject = 'lock-test-1'");
        assertThat(signIn("lock-test-1", PASSWORD, address).getStatus()).as("after the lock ran out").isEqualTo(200);
    }

    @Test
    void theLockIsKeptForTheAccountWhateverTheCaseOfTheName() throws Exception {
        createAccount("lock-test-2");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIn(i % 2 == 0 ? "Lock-Test-2" : "lock-test-2", "Wrong#Pass" + i, address);
        }
        assertThat(signIn("LOCK-TEST-2", PASSWORD, newAddress()).getStatus()).isEqualTo(401);
    }

    @Test
    void theSecurityAdministratorSeesTheLockAndLiftsIt() throws Exception {
        long id = createAccount("lock-test-3");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIn("lock-test-3", "Wrong#Pass" + i, address);
        }
        mvc.perform(get("/api/v1/sign-in-failures").with(as(mvc, "demo-secadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.subject == 'lock-test-3' && @.kind == 'account')].locked").value(true))
                .andExpect(jsonPath("$.items[?(@.subject == 'lock-test-3')].failures").value(5));
        mvc.perform(get("/api/v1/sign-in-failures").with(as(mvc, "demo-leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/{id}/unlock", id).with(as(mvc, "demo-sysadmin"))).andExpect(status().isForbidden());
        assertThat(signIn("lock-test-3", PASSWORD, newAddress()).getStatus()).isEqualTo(401);

        mvc.perform(post("/api/v1/staff/{id}/unlock", id).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wasLocked").value(true));

        assertThat(signIn("lock-test-3", PASSWORD, newAddress()).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_UNLOCKED' "
                + "AND actor_username = 'demo-secadmin' AND target_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void twentyFailuresFromOneAddressRefuseItsFurtherAttemptsButNotOtherAddresses() throws Exception {
        createAccount("address-test-1");
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("guess-" + i, "Wrong#Pass" + i, address).getStatus()).isEqualTo(401);
        }
        assertThat(signIn("address-test-1", PASSWORD, address).getStatus()).as("a right password from that address").isEqualTo(401);
        assertThat(signIn("address-test-1", PASSWORD, newAddress()).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND target_type = 'address' "
                + "AND target_id = ?", Long.class, address)).isEqualTo(1);
    }

    @Test
    void theWebSignInIsLimitedToo() throws Exception {
        long id = createAccount("web-lock-test");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            webSignIn("web-lock-test", "Wrong#Pass" + i, address).andExpect(header().string("Location", "/login?error"));
        }
        webSignIn("web-lock-test", PASSWORD, address).andExpect(header().string("Location", "/login?error"));
        mvc.perform(post("/api/v1/staff/{id}/unlock", id).with(as(mvc, "demo-secadmin"))).andExpect(status().isOk());
        webSignIn("web-lock-test", PASSWORD, address).andExpect(header().string("Location", "/"));
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeUsingTheApiAndAfterAResetAgain() throws Exception {
        long id = createAccount("forced-change-1");
        String token = token("forced-change-1", PASSWORD);
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

        changePassword(token, "Wrong#Pass1", "Danzhai#Road9").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        changePassword(token, PASSWORD, PASSWORD).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("HISTORY_VIOLATION"));
        changePassword(token, PASSWORD, "Danzhai#Road9").andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        String temporary = JSON.readTree(mvc.perform(post("/api/v1/staff/{id}/password-reset", id).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString()).get("temporaryPassword").asString();
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        assertThat(signIn("forced-change-1", "Danzhai#Road9", newAddress()).getStatus()).as("the old password").isEqualTo(401);

        String afterReset = token("forced-change-1", temporary);
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + afterReset)).andExpect(status().isForbidden());
        changePassword(afterReset, temporary, "Danzhai#Road9").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("HISTORY_VIOLATION"))
                .andExpect(jsonPath("$.errors[0].detail").value("密码不能与最近 5 次用过的密码相同"));
        changePassword(afterReset, temporary, "Leishan#Hill42").andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", "Bearer " + afterReset)).andExpect(status().isOk());
    }

    @Test
    void wrongCurrentPasswordsAtAChangeCountAsFailedSignIns() throws Exception {
        createAccount("guess-current-1");
        String token = token("guess-current-1", PASSWORD);
        for (int i = 0; i < 5; i++) {
            changePassword(token, "Wrong#Pass" + i, "Danzhai#Road9").andExpect(status().isBadRequest());
        }
        changePassword(token, PASSWORD, "Danzhai#Road9").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("WRONG_PASSWORD"));
        assertThat(signIn("guess-current-1", PASSWORD, newAddress()).getStatus()).isEqualTo(401);
    }

    @Test
    void onlyTheSecurityAdministratorResetsPasswords() throws Exception {
        long id = createAccount("reset-test-1");
        mvc.perform(post("/api/v1/staff/{id}/password-reset", id).with(as(mvc, "demo-sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/{id}/password-reset", id).with(as(mvc, "demo-leader"))).andExpect(status().isForbidden());
        assertThat(signIn("reset-test-1", PASSWORD, newAddress()).getStatus()).isEqualTo(200);
    }

    @Test
    void aBrowserWhosePasswordMustChangeIsSentToTheChangePage() throws Exception {
        createAccount("forced-change-web");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("forced-change-web").password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/cases").session(session).accept("text/html")).andExpect(header().string("Location", "/me/password"));
        mvc.perform(get("/me/password").session(session).accept("text/html")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("您的密码须先修改")));

        mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "password123").param("confirmPassword", "password123"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("密码过于常见，容易被猜中")));
        mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Kaili#Miao2026").param("confirmPassword", "Kaili#Miao2026"))
                .andExpect(header().string("Location", "/?passwordChanged"));
        mvc.perform(get("/cases").session(session).accept("text/html")).andExpect(status().isOk());
    }

    @Test
    void creatingAnAccountNamesEveryBrokenPasswordRule() throws Exception {
        String body = """
                {"username":"policy-test","name":"测试","phone":"13800000000","roles":["GRID_WORKER"],
                 "jurisdictionCode":"522601002","password":"%s"}""";
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body.formatted("xpolicy-test"))
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(
                        org.hamcrest.Matchers.containsInAnyOrder("INSUFFICIENT_CHARACTERISTICS", "ILLEGAL_USERNAME")))
                .andExpect(jsonPath("$.errors[?(@.code == 'ILLEGAL_USERNAME')].detail").value("密码不能包含用户名"));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body.formatted("password123"))
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(
                        org.hamcrest.Matchers.containsInAnyOrder("INSUFFICIENT_CHARACTERISTICS", "ILLEGAL_WORD")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff WHERE username = 'policy-test'", Long.class)).isZero();
    }

    @Test
    void usernamesAreOneWhateverTheirCase() throws Exception {
        String body = """
                {"username":"Demo-Leader","name":"测试","phone":"13800000000","roles":["GRID_WORKER"],
                 "jurisdictionCode":"522601002","password":"%s"}""".formatted(PASSWORD);
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("USERNAME_TAKEN"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff WHERE lower(username) = 'demo-leader'", Long.class)).isEqualTo(1);

        assertThat(signIn("DEMO-Dispatcher", DemoUsers.PASSWORD, newAddress()).getStatus()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "UPDATE staff SET username = 'Demo-Auditor' WHERE username = 'demo-dispatcher'"))
                .hasMessageContaining("staff_username_lower");
    }

    private ResultActions webSignIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr(address); return r; }));
    }

    /** From an address of the class's own: a wrong current password counts against it. */
    private ResultActions changePassword(String token, String current, String next) throws Exception {
        return mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("currentPassword", current, "newPassword", next)))
                .with(r -> { r.setRemoteAddr("10.14.1.1"); return r; }));
    }
}
