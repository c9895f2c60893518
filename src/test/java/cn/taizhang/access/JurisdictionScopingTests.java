package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever lies outside a caller's jurisdiction answers exactly as if it did not exist, in the API and the UI. */
@IntegrationTest
class JurisdictionScopingTests {

    private static final String OWN_GRID = "522601002002001";
    private static final String XIMEN = "522601003";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aGridWorkerSeesTheirGridAndNothingElse() throws Exception {
        mvc.perform(get("/api/v1/areas/" + OWN_GRID).with(as(mvc, "demo-gridworker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("grid"))
                .andExpect(jsonPath("$.parentCode").value("522601002002"));

        String neighbour = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE '522601002002%' "
                + "AND code <> ?", String.class, OWN_GRID);
        String notFound = mvc.perform(get("/api/v1/areas/522601002002999").with(as(mvc, "demo-leader")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        for (String elsewhere : new String[] {neighbour, XIMEN, "522601002", "522601"}) {
            String answer = mvc.perform(get("/api/v1/areas/" + elsewhere).with(as(mvc, "demo-gridworker")))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(withoutInstance(answer)).isEqualTo(withoutInstance(notFound.replace("522601002002999", elsewhere)));
        }
        mvc.perform(get("/api/v1/areas/" + XIMEN + "/grids.geojson").with(as(mvc, "demo-gridworker"))).andExpect(status().isNotFound());
    }

    @Test
    void aDispatcherSeesEveryGridOfTheirStreetAndNoneOfAnother() throws Exception {
        long streetGrids = jdbc.queryForObject("SELECT count(*) FROM area WHERE level = 'grid' AND code LIKE '522601002%'", Long.class);
        assertThat(streetGrids).isGreaterThan(20);

        JsonNode collection = json.readTree(mvc.perform(get("/api/v1/areas/522601002/grids.geojson").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(collection.get("features")).hasSize((int) streetGrids);
        collection.get("features").forEach(f -> assertThat(f.get("properties").get("code").asString()).startsWith("522601002"));

        mvc.perform(get("/api/v1/areas/" + XIMEN).with(as(mvc, "demo-dispatcher"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/areas/" + XIMEN + "/grids.geojson").with(as(mvc, "demo-dispatcher"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/areas").param("q", "西门").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/areas").param("q", "西门").with(as(mvc, "demo-leader")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].code").value(XIMEN));
    }

    @Test
    void locatingAPointInAnotherStreetAnswers404ForTheDispatcher() throws Exception {
        Map<String, Object> grid = jdbc.queryForMap("SELECT code, lat, lng FROM area WHERE level = 'grid' AND code LIKE '522601003%' ORDER BY code LIMIT 1");
        String lat = grid.get("lat").toString();
        String lng = grid.get("lng").toString();
        mvc.perform(get("/api/v1/grids/locate").param("lat", lat).param("lng", lng).with(as(mvc, "demo-leader")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(grid.get("code")));
        mvc.perform(get("/api/v1/grids/locate").param("lat", lat).param("lng", lng).with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWebPagesAreScopedTheSameWay() throws Exception {
        MockHttpSession gridWorker = signIn("demo-gridworker");
        mvc.perform(get("/areas/" + XIMEN).session(gridWorker).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不存在")));
        mvc.perform(get("/areas/" + OWN_GRID).session(gridWorker).accept("text/html")).andExpect(status().isOk());

        MockHttpSession dispatcher = signIn("demo-dispatcher");
        mvc.perform(get("/areas/522601002").session(dispatcher).accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("市府社区")));
        mvc.perform(get("/areas/" + XIMEN).session(dispatcher).accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/").session(dispatcher).accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("大十字街道")));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DemoUsers.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }

    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
