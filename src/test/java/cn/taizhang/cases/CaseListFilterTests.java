package cn.taizhang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The list API's narrowing added for the list pages: one's own reports, the source, and the order; bad values named. */
@IntegrationTest
class CaseListFilterTests {

    @Autowired
    MockMvc mvc;

    @Test
    void mineIsWhatTheCallerReportedAndSourceNarrows() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        String marker = UUID.randomUUID().toString();
        long id = api.created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation",
                "description", "占道经营 " + marker, "gridCode", CaseApi.GRID, "source", "citizen"));
        assertThat(ids(api.json("demo-gridworker", "/api/v1/cases?mine=true&q=" + marker))).containsExactly(id);
        assertThat(ids(api.json("demo-dispatcher", "/api/v1/cases?mine=true&q=" + marker))).as("the dispatcher did not report it").isEmpty();
        assertThat(ids(api.json("demo-dispatcher", "/api/v1/cases?q=" + marker + "&source=citizen"))).containsExactly(id);
        assertThat(ids(api.json("demo-dispatcher", "/api/v1/cases?q=" + marker + "&source=video"))).isEmpty();
    }

    @Test
    void theOrderIsChosenAndABadOneOrABadSourceIsNamed() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        List<String> deadlines = new ArrayList<>();
        api.json("demo-leader", "/api/v1/cases?sort=deadline&size=200&state=dispatched").get("items")
                .forEach(c -> deadlines.add(c.get("deadline").asString()));
        assertThat(deadlines).isSorted();
        assertThat(api.problemField("/api/v1/cases?sort=speed")).isEqualTo("sort");
        assertThat(api.problemField("/api/v1/cases?source=fax")).isEqualTo("source");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}
