package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static cn.taizhang.support.DemoUsers.as;

import cn.taizhang.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OperationalEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsPublicAndMetricsAnswerOnlyTheScrapeToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SCRAPE_TOKEN_REQUIRED"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SCRAPE_TOKEN_REQUIRED"));
        // an API token is not the scrape token
        mvc.perform(get("/actuator/prometheus").with(as(mvc, "demo-sysadmin"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + IntegrationTest.SCRAPE_TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hikaricp_connections_active")));
    }

    @Test
    void theApiDescriptionIsForThoseSignedInUnlessConfiguredPublic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/swagger-ui/index.html").accept("text/html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theOpenApiDescriptionDocumentsTheApiWithoutTheServerSideScope() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(as(mvc, "demo-leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/areas/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/locate'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andReturn().getResponse().getContentAsString();
        assertThat(docs).doesNotContain("\"name\":\"scope\"");
        mvc.perform(get("/swagger-ui/index.html").with(as(mvc, "demo-leader"))).andExpect(status().isOk());
    }
}
