package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.access.twofactor.Base32;
import cn.taizhang.access.twofactor.RecoveryCodes;
import cn.taizhang.access.twofactor.Totp;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.support.IntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GB/T 22239-2019 8.1.4.1 d: two factors, one of them cryptographic. Each test makes accounts of its own and signs in
 * from addresses of its own, so that no lock or used code carries over.
 */
@IntegrationTest
class TwoFactorTests {

    private static final String PASSWORD = "Xq7#mlp2Rt";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    record Account(long id, String username) {
    }

    /** An enrolled account: its secret, the step its confirmation used, its recovery codes. */
    record Enrolled(Account account, byte[] secret, long confirmedStep, List<String> recoveryCodes) {

        String code(long step) {
            return Totp.code(secret, step);
        }
    }

    private static String newAddress() {
        return "10.17.0." + ADDRESSES.incrementAndGet();
    }

    /**
     * An account of the role with the password already its own (a new account must change it first: not tested here).
     * An administrator's is made a business account first and then given the role, as only {@code admin grant} may.
     */
    private Account create(String role) throws Exception {
        String username = "tf-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String body = JSON.writeValueAsString(Map.of("username", username, "name", "测试", "phone", "13800000000",
                "roles", new String[] {Role.valueOf(role).administrator() ? "DISPATCHER" : role}, "jurisdictionCode", "522601002",
                "password", PASSWORD));
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        jdbc.update("UPDATE staff SET must_change_password = false WHERE id = ?", id);
        jdbc.update("UPDATE staff_role SET role = ? WHERE staff_id = ?", role, id);
        return new Account(id, username);
    }

    private MockHttpServletResponse token(String username, String code, String address) throws Exception {
        Map<String, String> credentials = new HashMap<>(Map.of("username", username, "password", PASSWORD));
        if (code != null) {
            credentials.put("code", code);
        }
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(credentials))
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andReturn().getResponse();
    }

    private String tokenOf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString()).get("token").asString();
    }

    private static String answer(MockHttpServletResponse response) throws Exception {
        JsonNode body = JSON.readTree(response.getContentAsString());
        return response.getStatus() + " " + body.get("code").asString() + " " + body.get("detail").asString();
    }

    private static long now() {
        return Totp.step(Instant.now());
    }

    /** Enrols through the API with a code of the current step. */
    private Enrolled enrol(Account account) throws Exception {
        String bearer = "Bearer " + tokenOf(token(account.username(), null, newAddress()));
        JsonNode started = JSON.readTree(mvc.perform(post("/api/v1/me/two-factor").header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        byte[] secret = Base32.decode(started.get("secret").asString());
        long step = now();
        JsonNode confirmed = JSON.readTree(mvc.perform(post("/api/v1/me/two-factor/confirm").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + Totp.code(secret, step) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> codes = new java.util.ArrayList<>();
        confirmed.get("recoveryCodes").forEach(c -> codes.add(c.asString()));
        return new Enrolled(account, secret, step, codes);
    }

    /** A six-digit code that is none of the steps the server accepts now. */
    private static String wrongCode(byte[] secret) {
        long now = now();
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (Totp.matchingSteps(secret, candidate, now).isEmpty() && Totp.matchingSteps(secret, candidate, now + 1).isEmpty()) {
                return candidate;
            }
        }
    }

    private long audited(String action, String username, String detail) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = ? AND actor_username = ? AND detail = ?", Long.class,
                action, username, detail);
    }

    @Test
    void anAdministratorWithoutASecondFactorMayOnlyEnrolAndThenNeedsACodeForEveryToken() throws Exception {
        Account auditor = create("AUDITOR");
        String bearer = "Bearer " + tokenOf(token(auditor.username(), null, newAddress()));
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TWO_FACTOR_ENROLMENT_REQUIRED"));
        mvc.perform(get("/api/v1/me/two-factor").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.enrolled").value(false));

        JsonNode started = JSON.readTree(mvc.perform(post("/api/v1/me/two-factor").header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String secret = started.get("secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(started.get("otpauthUri").asString())
                .isEqualTo("otpauth://totp/Taizhang:" + auditor.username() + "?secret=" + secret + "&issuer=Taizhang");
        mvc.perform(post("/api/v1/me/two-factor").header("Authorization", bearer))
                .andExpect(jsonPath("$.secret").value(secret)); // the same until confirmed
        String stored = jdbc.queryForObject("SELECT secret_encrypted FROM two_factor WHERE staff_id = ?", String.class, auditor.id());
        assertThat(stored).doesNotContain(secret);
        assertThat(cipher.decrypt(stored)).as("encrypted with the personal-data key").isEqualTo(secret);

        mvc.perform(post("/api/v1/me/two-factor/confirm").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + wrongCode(Base32.decode(secret)) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("WRONG_CODE"));
        long step = now();
        String recovery = mvc.perform(post("/api/v1/me/two-factor/confirm").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + Totp.code(Base32.decode(secret), step) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recoveryCodes.length()").value(10))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(recovery).get("recoveryCodes").get(0).asString()).matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}");
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/me/two-factor/confirm").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + Totp.code(Base32.decode(secret), step + 1) + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TWO_FACTOR_ALREADY_ENROLLED"));

        String address = newAddress();
        MockHttpServletResponse missing = token(auditor.username(), null, address);
        assertThat(answer(missing)).startsWith("401 TWO_FACTOR_REQUIRED ");
        assertThat(audited("SIGN_IN_FAILED", auditor.username(), "token CODE_MISSING")).isEqualTo(1);
        tokenOf(token(auditor.username(), Totp.code(Base32.decode(secret), step + 1), address));
        assertThat(audited("SIGN_IN", auditor.username(), "token TOTP")).isEqualTo(1);
    }

    @Test
    void aCodeIsTakenOnceAndNoOlderCodeAfterIt() throws Exception {
        Enrolled e = enrol(create("SYSADMIN"));
        String address = newAddress();
        String next = e.code(e.confirmedStep() + 1);
        tokenOf(token(e.account().username(), next, address));
        String wrongPassword = answer(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + e.account().username() + "\",\"password\":\"Wrong#Pass1\"}")
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andReturn().getResponse());
        assertThat(answer(token(e.account().username(), next, address))).as("the same code again").isEqualTo(wrongPassword);
        assertThat(answer(token(e.account().username(), e.code(e.confirmedStep()), address)))
                .as("the confirmation's code, a step older").isEqualTo(wrongPassword);
        assertThat(audited("SIGN_IN_FAILED", e.account().username(), "token WRONG_CODE")).isEqualTo(2);
    }

    @Test
    void wrongCodesCountAsFailedSignInsAndTheRightPasswordDoesNotClearThem() throws Exception {
        Enrolled e = enrol(create("SECADMIN"));
        String username = e.account().username();
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(answer(token(username, wrongCode(e.secret()), address))).isEqualTo("401 BAD_CREDENTIALS 用户名或密码错误");
        }
        assertThat(token(username, null, address).getStatus()).as("the right password alone").isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE kind = 'account' AND subject = ?", Integer.class,
                username)).isEqualTo(4);
        token(username, wrongCode(e.secret()), address);
        assertThat(audited("SIGN_IN_FAILED", username, "token WRONG_CODE")).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND actor_username = ?",
                Long.class, username)).isEqualTo(1);

        assertThat(answer(token(username, e.code(e.confirmedStep() + 1), newAddress()))).as("locked: even the right code")
                .isEqualTo("401 BAD_CREDENTIALS 用户名或密码错误");
        jdbc.update("UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE subject = ?", username);
        tokenOf(token(username, e.code(e.confirmedStep() + 1), newAddress())); // not used up while locked
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE kind = 'account' AND subject = ?", Long.class,
                username)).as("cleared by the second factor").isZero();
    }

    @Test
    void aRecoveryCodeWorksOnceInPlaceOfACode() throws Exception {
        Enrolled e = enrol(create("AUDITOR"));
        String username = e.account().username();
        String first = e.recoveryCodes().get(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM two_factor_recovery_code WHERE staff_id = ?", Long.class, e.account().id()))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM two_factor_recovery_code WHERE code_hash = ?", Long.class,
                RecoveryCodes.hash(first))).as("kept as SHA-256 only").isEqualTo(1);

        String bearer = "Bearer " + tokenOf(token(username, first, newAddress()));
        assertThat(audited("SIGN_IN", username, "token RECOVERY_CODE")).isEqualTo(1);
        assertThat(token(username, first, newAddress()).getStatus()).as("used").isEqualTo(401);
        tokenOf(token(username, " " + e.recoveryCodes().get(1).toUpperCase().replace("-", " ") + " ", newAddress()));
        mvc.perform(get("/api/v1/me/two-factor").header("Authorization", bearer))
                .andExpect(jsonPath("$.enrolled").value(true))
                .andExpect(jsonPath("$.recoveryCodesLeft").value(8));
    }

    @Test
    void theWebSignInAsksForTheCodeBeforeTheSessionIsSignedIn() throws Exception {
        Enrolled e = enrol(create("SYSADMIN"));
        String username = e.account().username();
        String address = newAddress();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                        .with(csrf()).with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(header().string("Location", "/login/second-factor"))
                .andReturn().getRequest().getSession();
        assertThat(audited("SIGN_IN", username, "web")).as("not signed in yet").isZero();

        mvc.perform(get("/areas/522601002").session(session).accept("text/html")).andExpect(header().string("Location", "/login/second-factor"));
        mvc.perform(get("/api/v1/areas/522601002").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TWO_FACTOR_REQUIRED"));
        mvc.perform(get("/login/second-factor").session(session).accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("动态口令或恢复码")));

        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrongCode(e.secret()))
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(Matchers.containsString("动态口令或恢复码不正确")));
        assertThat(audited("SIGN_IN_FAILED", username, "web WRONG_CODE")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE kind = 'account' AND subject = ?", Integer.class,
                username)).isEqualTo(1);
        mvc.perform(get("/areas/522601002").session(session).accept("text/html")).andExpect(header().string("Location", "/login/second-factor"));

        String pendingId = session.getId();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", e.code(e.confirmedStep() + 1))
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(header().string("Location", "/"));
        assertThat(session.getId()).as("a new session id once signed in").isNotEqualTo(pendingId);
        assertThat(audited("SIGN_IN", username, "web TOTP")).isEqualTo(1);
        mvc.perform(get("/areas/522601002").session(session).accept("text/html")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/areas/522601002").session(session)).andExpect(status().isOk());
    }

    @Test
    void aBrowserThatMustEnrolIsSentToTheEnrolmentPageWhichShowsTheCodesOnce() throws Exception {
        Account account = create("AUDITOR");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(account.username()).password(PASSWORD))
                .andExpect(header().string("Location", "/")).andReturn().getRequest().getSession();
        mvc.perform(get("/audit").session(session).accept("text/html")).andExpect(header().string("Location", "/me/two-factor"));
        String page = mvc.perform(get("/me/two-factor").session(session).accept("text/html"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("您的账号须绑定动态口令").contains("<svg ");
        String secret = page.replaceAll("(?s).*id=\"two-factor-secret\">([A-Z2-7 ]+)<.*", "$1");
        assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(cn.taizhang.support.QrCodes.readSvg(page.substring(page.indexOf("<svg "), page.indexOf("</svg>") + 6)))
                .isEqualTo("otpauth://totp/Taizhang:" + account.username() + "?secret=" + secret.replace(" ", "") + "&issuer=Taizhang");

        String done = mvc.perform(post("/me/two-factor").session(session).with(csrf())
                        .param("code", Totp.code(Base32.decode(secret), now())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("恢复码只显示这一次");
        assertThat(done.split("<li><code>", -1)).hasSize(11);
        mvc.perform(get("/audit").session(session).accept("text/html")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/me/two-factor").session(session).accept("text/html")).andReturn().getResponse().getContentAsString())
                .contains("已绑定动态口令，剩余").doesNotContain("<li><code>").doesNotContain("<svg ");
    }

    @Test
    void anAccountThatNeedsNoSecondFactorMayEnrolOfItsOwnAccordAndIsThenAskedForIt() throws Exception {
        Account dispatcher = create("DISPATCHER");
        String bearer = "Bearer " + tokenOf(token(dispatcher.username(), null, newAddress()));
        mvc.perform(get("/api/v1/areas/522601002").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/two-factor").header("Authorization", bearer)).andExpect(jsonPath("$.required").value(false));
        Enrolled e = enrol(dispatcher);
        assertThat(answer(token(dispatcher.username(), null, newAddress()))).startsWith("401 TWO_FACTOR_REQUIRED ");
        tokenOf(token(dispatcher.username(), e.code(e.confirmedStep() + 1), newAddress()));
    }

    /** An administrator's is the server operator's to reset (AdminCommandTests); a business account's, the 安全管理员's. */
    @Test
    void theSecurityAdministratorResetsABusinessAccountsSecondFactorAndTheHolderMayEnrolAgain() throws Exception {
        Enrolled auditor = enrol(create("AUDITOR"));
        mvc.perform(post("/api/v1/staff/{id}/two-factor-reset", auditor.account().id()).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_ACCOUNT_PROTECTED"));

        Enrolled e = enrol(create("DISPATCHER"));
        long id = e.account().id();
        String username = e.account().username();
        assertThat(token(username, null, newAddress()).getStatus()).as("enrolled of its own accord: the code is asked for").isEqualTo(401);

        mvc.perform(post("/api/v1/staff/{id}/two-factor-reset", id).with(as(mvc, "demo-sysadmin"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/{id}/two-factor-reset", id).with(as(mvc, "demo-leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/{id}/two-factor-reset", id).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.wasEnrolled").value(true));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'TWO_FACTOR_RESET' AND actor_username = 'demo-secadmin' "
                + "AND target_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM two_factor_recovery_code WHERE staff_id = ?", Long.class, id)).isZero();

        String after = "Bearer " + tokenOf(token(username, null, newAddress()));
        String secret = JSON.readTree(mvc.perform(post("/api/v1/me/two-factor").header("Authorization", after))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("secret").asString();
        assertThat(Base32.decode(secret)).as("a new secret").isNotEqualTo(e.secret());
    }
}
