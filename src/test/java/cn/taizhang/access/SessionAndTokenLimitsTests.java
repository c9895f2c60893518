package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 等保 8.1.4.1 on sessions and tokens: at most ten live tokens an account, listed and revocable by their owner;
 * a revocation or a disabled account holds on every instance within a second; a web session ends 8 hours after
 * sign-in however active. Each test has an account of its own.
 */
@IntegrationTest
class SessionAndTokenLimitsTests {

    private static final String PASSWORD = "Xq7#mlp2Rt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private record Account(long id, String username) {
    }

    private Account account() throws Exception {
        String username = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        String body = JSON.writeValueAsString(Map.of("username", username, "name", "测试", "phone", "13800000000",
                "roles", new String[] {"GRID_WORKER"}, "jurisdictionCode", "522601002", "password", PASSWORD));
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        jdbc.update("UPDATE staff SET must_change_password = false WHERE id = ?", id); // changed already, as far as these tests care
        return new Account(id, username);
    }

    private String token(Account account) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", account.username(), "password", PASSWORD))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("token").asString();
    }

    private int statusWith(String token) throws Exception {
        return mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    /** Waits up to the limit for the answer to change from 200; returns how long it took. */
    private Duration untilRefused(String token, Duration limit) throws Exception {
        long started = System.nanoTime();
        while (statusWith(token) == 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("still accepted").isLessThan(limit);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void theEleventhTokenRevokesTheOldestAndTheAuditSaysSo() throws Exception {
        Account account = account();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tokens.add(token(account));
        }
        assertThat(statusWith(tokens.get(0))).as("the oldest, at once on this instance").isEqualTo(401);
        for (String live : tokens.subList(1, 11)) {
            assertThat(statusWith(live)).isEqualTo(200);
        }
        JsonNode listed = JSON.readTree(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + tokens.get(10)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(listed.get("total").asInt()).isEqualTo(10);
        assertThat(listed.get("items").valueStream().filter(t -> t.get("current").asBoolean()).count()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("current").asBoolean()).as("newest first").isTrue();
        assertThat(listed.toString()).doesNotContain(tokens.get(10)); // the token itself only its holder has
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'TOKEN_REVOKED' AND actor_username = ?",
                Long.class, account.username())).isEqualTo(1);
    }

    @Test
    void anOwnerRevokesOneOfTheirTokensButNobodyElses() throws Exception {
        Account account = account();
        String phone = token(account);
        String laptop = token(account);
        long phoneId = jdbc.queryForObject("SELECT min(id) FROM api_token WHERE staff_id = ?", Long.class, account.id());

        mvc.perform(delete("/api/v1/me/tokens/{id}", phoneId).with(as(mvc, "demo-gridworker")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        assertThat(statusWith(phone)).isEqualTo(200);

        mvc.perform(delete("/api/v1/me/tokens/{id}", phoneId).header("Authorization", "Bearer " + laptop)).andExpect(status().isNoContent());
        assertThat(statusWith(phone)).as("at once on this instance").isEqualTo(401);
        assertThat(statusWith(laptop)).isEqualTo(200);
        mvc.perform(delete("/api/v1/me/tokens/{id}", phoneId).header("Authorization", "Bearer " + laptop)).andExpect(status().isNotFound());
    }

    /** Another instance revokes in the shared database; this one's cache must not outlive a second. */
    @Test
    void aTokenRevokedOrAnAccountDisabledElsewhereStopsWorkingHereWithinASecond() throws Exception {
        Account account = account();
        String revoked = token(account);
        String other = token(account);
        assertThat(statusWith(revoked)).isEqualTo(200); // now remembered here
        assertThat(statusWith(other)).isEqualTo(200);

        jdbc.update("UPDATE api_token SET revoked_at = now() WHERE token_hash = ?", ApiTokens.hash(revoked));
        assertThat(untilRefused(revoked, Duration.ofMillis(1500))).isLessThan(Duration.ofMillis(1500));
        assertThat(statusWith(other)).isEqualTo(200);

        MockHttpSession session = signIn(account);
        mvc.perform(get("/api/v1/me/tokens").session(session)).andExpect(status().isOk());
        jdbc.update("UPDATE staff SET enabled = false WHERE id = ?", account.id());
        assertThat(untilRefused(other, Duration.ofMillis(1500))).isLessThan(Duration.ofMillis(1500));
        Thread.sleep(1100);
        mvc.perform(get("/api/v1/me/tokens").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aWebSessionEndsEightHoursAfterSignInHoweverActive() throws Exception {
        Account account = account();
        MockHttpSession session = signIn(account);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(session.getAttribute(SessionLimits.SIGNED_IN_AT)).isInstanceOf(Instant.class);

        session.setAttribute(SessionLimits.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(7).plusMinutes(59)));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        session.setAttribute(SessionLimits.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(8).plusMinutes(1)));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();

        MockHttpSession api = signIn(account);
        mvc.perform(get("/api/v1/me/tokens").session(api)).andExpect(status().isOk());
        api.setAttribute(SessionLimits.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(9)));
        mvc.perform(get("/api/v1/me/tokens").session(api))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SESSION_EXPIRED"));
    }

    private MockHttpSession signIn(Account account) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(account.username()).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }
}
