package cn.taizhang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.demo.DemoSignIns;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real bearer tokens and web sessions for the demo sign-ins, through POST /api/v1/auth/token and the sign-in page; the
 * demo administrators give their authenticator's code too ({@link DemoCodes}).
 */
public final class DemoUsers {

    public static final String PASSWORD = "Kaili@2026";
    private static final String SECOND_FACTOR = "/login/second-factor";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, MockHttpSession> ADMINISTRATOR_SESSIONS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoUsers() {
    }

    /** Authenticates a MockMvc request as that demo user, with a bearer token as a partner system would. */
    public static RequestPostProcessor as(MockMvc mvc, String username) {
        String token = TOKENS.computeIfAbsent(username, u -> tokenFor(mvc, u, PASSWORD));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    public static String tokenFor(MockMvc mvc, String username, String password) {
        Map<String, String> credentials = new HashMap<>(Map.of("username", username, "password", password));
        String code = DemoCodes.next(username);
        if (code != null) {
            credentials.put("code", code);
        }
        String body = null;
        try {
            body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(credentials)))
                    .andReturn().getResponse().getContentAsString();
            return JSON.readTree(body).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + body, e);
        }
    }

    /**
     * A browser's session after the sign-in page (and, for the demo administrators, its second step). An administrator's
     * session is kept for the next test that asks, while it lasts: each of their sign-ins spends a step of their
     * authenticator, and a burst of them waits for the clock ({@link DemoCodes}), half a minute at a time.
     */
    public static MockHttpSession webSession(MockMvc mvc, String username) {
        if (DemoSignIns.totpSecret(username).isEmpty()) {
            return signedIn(mvc, username);
        }
        return ADMINISTRATOR_SESSIONS.compute(username, (user, kept) -> kept == null || kept.isInvalid() ? signedIn(mvc, user) : kept);
    }

    private static MockHttpSession signedIn(MockMvc mvc, String username) {
        try {
            MvcResult password = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
            MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
            if (SECOND_FACTOR.equals(password.getResponse().getRedirectedUrl())) {
                mvc.perform(post(SECOND_FACTOR).session(session).with(csrf()).param("code", DemoCodes.next(username)))
                        .andExpect(status().is3xxRedirection());
            }
            return session;
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in as " + username, e);
        }
    }
}
