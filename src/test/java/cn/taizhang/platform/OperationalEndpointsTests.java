package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
    void healthAndPrometheusMetricsAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hikaricp_connections_active")));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheApiWithoutTheServerSideScope() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/areas/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/locate'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andReturn().getResponse().getContentAsString();
        assertThat(docs).doesNotContain("\"name\":\"scope\"");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
