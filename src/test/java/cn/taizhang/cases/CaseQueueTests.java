package cn.taizhang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The dispatcher's and handler's work queues are filters of the case list. */
@IntegrationTest
class CaseQueueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReturnedCaseWaitsInTheReturnedQueue() throws Exception {
        CaseApi api = new CaseApi(mvc);
        long id = dispatchedHazard(api);
        assertThat(ids(api, "state=registered&returned=true")).doesNotContain(id);

        api.done("demo-handler", id, "return", Map.of("reason", "不属于本部门职责"));

        assertThat(ids(api, "state=registered&returned=true")).contains(id);
        assertThat(ids(api, "returned=false")).doesNotContain(id);
    }

    @Test
    void aCaseShowsAsNearItsDeadlineOnceTheTypesReminderShareIsUsed() throws Exception {
        CaseApi api = new CaseApi(mvc);
        long id = dispatchedHazard(api);
        assertThat(ids(api, "nearDeadline=true")).doesNotContain(id);

        // as if it had been dispatched long ago: 90 % of the time to the deadline is used
        jdbc.update("UPDATE case_record SET dispatched_at = deadline - (deadline - now()) * 10 WHERE id = ?", id);

        assertThat(ids(api, "nearDeadline=true")).contains(id);
        assertThat(ids(api, "overdue=true")).doesNotContain(id);
    }

    @Test
    void aCasesPhotosAreListedForThoseWhoMaySeeIt() throws Exception {
        CaseApi api = new CaseApi(mvc);
        long id = api.created("demo-gridworker", CaseApi.report("city_sanitation", "general", null, CaseApi.GRID)).get("id").asLong();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/cases/" + id + "/evidence")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "p.png", "image/png", png)).param("kind", "before")
                .with(cn.taizhang.support.DemoUsers.as(mvc, "demo-gridworker")));

        JsonNode photos = api.json("demo-dispatcher", "/api/v1/cases/" + id + "/evidence");
        assertThat(photos.get("total").asInt()).isEqualTo(1);
        assertThat(photos.get("items").get(0).get("kind").asString()).isEqualTo("before");
        assertThat(api.status("t522601003-dispatcher-1", "/api/v1/cases/" + id + "/evidence")).isEqualTo(404);
    }

    /** A safety hazard in demo-gridworker's grid, registered and dispatched to the suggested unit. */
    private static long dispatchedHazard(CaseApi api) throws Exception {
        long id = api.created("demo-gridworker", CaseApi.report("safety_hazard", "general", "hazardous_chemicals", CaseApi.GRID))
                .get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        long unit = api.read("demo-dispatcher", id).get("suggestedUnit").get("id").asLong();
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", unit));
        return id;
    }

    private static List<Long> ids(CaseApi api, String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        api.json("demo-dispatcher", "/api/v1/cases?size=500&" + query).get("items").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}
