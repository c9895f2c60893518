package cn.taizhang.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Real bearer tokens for the demo sign-ins, fetched once per test run through POST /api/v1/auth/token. */
public final class DemoUsers {

    public static final String PASSWORD = "Kaili@2026";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
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
        try {
            String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("username", username, "password", password))))
                    .andReturn().getResponse().getContentAsString();
            return JSON.readTree(body).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in as " + username, e);
        }
    }
}
