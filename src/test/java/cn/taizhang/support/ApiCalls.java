package cn.taizhang.support;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests of the JSON API as a demo user: reading figures, and reporting a case to look at. */
public final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    public ApiCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The answer's JSON, which must be 200. */
    public JsonNode json(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(mvc, user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    /** Reports a case ({@code POST /api/v1/cases}, which must be 201); its id. */
    public long created(String user, Object report) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(report))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
    }

    public int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(mvc, user))).andReturn().getResponse().getStatus();
    }

    /** The one field a 400 answer (to demo-leader) names. */
    public String problemField(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.getResponse().getContentAsString());
        assertThat(body.get("errors").size()).as(path).isEqualTo(1);
        return body.get("errors").get(0).get("field").asString();
    }
}
