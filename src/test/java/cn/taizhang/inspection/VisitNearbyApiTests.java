package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.body;
import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The enterprise list nearest first from a phone's position ({@code near=lat,lng}), those without a position last. */
@IntegrationTest
class VisitNearbyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theInspectorsEnterprisesComeNearestFirstAndThoseWithoutAPositionLast() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        String tag = "近邻排序" + System.nanoTime();
        long far = named(api, tag + "甲"), unplaced = named(api, tag + "乙"), near = named(api, tag + "丙"), middle = named(api, tag + "丁");
        place(far, 26.6100, 107.9900);
        place(near, 26.5661, 107.9812);
        place(middle, 26.5800, 107.9812);

        JsonNode page = ok(api.read("demo-inspector", "/api/v1/enterprises?near=26.5660,107.9810&q=" + tag), 200);
        assertThat(ids(page)).containsExactly(near, middle, far, unplaced);
        assertThat(page.get("items").get(0).get("location").get("lat").asDouble()).isEqualTo(26.5661);

        JsonNode paged = ok(api.read("demo-inspector", "/api/v1/enterprises?near=26.5660,107.9810&size=2&page=1&q=" + tag), 200);
        assertThat(ids(paged)).containsExactly(far, unplaced);
    }

    @Test
    void aMalformedPointIsRefusedNamingNear() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        for (String bad : List.of("26.5", "abc,107.9", "91,107.9", "26.5,181", "NaN,1", "26.5,107.9,3", ",")) {
            MvcResult r = api.read("demo-inspector", "/api/v1/enterprises?near=" + bad);
            assertThat(r.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("near");
        }
    }

    private long named(InspectionFixtures api, String name) throws Exception {
        long id = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        jdbc.update("UPDATE enterprise SET name = ? WHERE id = ?", name, id);
        return id;
    }

    private void place(long id, double lat, double lng) {
        jdbc.update("UPDATE enterprise SET lat = ?, lng = ? WHERE id = ?", lat, lng, id);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
