package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.body;
import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The outings one sees (检查记录), the latest first, with what each did counted; scoped and filtered, in the API and the page. */
@IntegrationTest
class OutingListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    @Test
    void anOutingIsListedWithItsPeopleVisitsAndHazardsForThoseWhoSeeIt() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        long first = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        long second = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        LocalDate day = InspectionFixtures.today().minusDays(100 + ThreadLocalRandom.current().nextInt(600));
        ObjectNode o = api.outing(first, list).put("date", day.toString());
        o.withArray("visits").addObject().put("enterpriseId", second).put("checklist", list.code()).putArray("answers").addObject()
                .put("item", list.items().get(1).code()).put("result", "pass");
        long id = ok(api.record("demo-inspector", o), 201).get("id").asLong();
        String names = jdbc.queryForObject("SELECT string_agg(name, '、' ORDER BY id) FROM enterprise WHERE id IN (?, ?)", String.class, first, second);

        String query = "/api/v1/inspections?area=" + InspectionFixtures.GRID + "&from=" + day + "&to=" + day;
        JsonNode found = ok(api.read("demo-leader", query), 200);
        JsonNode mine = found.get("items").valueStream().filter(i -> i.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(mine.get("date").asString()).isEqualTo(day.toString());
        assertThat(mine.get("group").asString()).isEqualTo("市应急管理局第一检查组");
        assertThat(mine.get("inspectors").asInt()).isEqualTo(2);
        assertThat(mine.get("visits").asInt()).isEqualTo(2);
        assertThat(mine.get("hazards").asInt()).isEqualTo(1);
        assertThat(mine.get("visited").asString()).isEqualTo(names);
        assertThat(mine.get("recordedBy").asString()).isNotBlank();
        assertThat(found.get("items").valueStream().map(i -> i.get("date").asString())).containsOnly(day.toString());
        assertThat(ok(api.read("demo-leader", "/api/v1/inspections?area=522601003&from=" + day + "&to=" + day), 200).get("items")
                .valueStream().map(i -> i.get("id").asLong())).as("another 镇街's area").doesNotContain(id);
        assertThat(ok(api.read("t522601003-dispatcher-1", query), 200).get("items").valueStream().map(i -> i.get("id").asLong()))
                .as("another 镇街's staff").doesNotContain(id);

        JsonNode bad = body(api.read("demo-leader", "/api/v1/inspections?area=abc&from=2026-13-01&to=x"));
        assertThat(bad.get("errors").valueStream().map(e -> e.get("field").asString())).contains("area", "from", "to");

        Document page = Jsoup.parse(api.read("demo-inspector", "/inspections?area=" + InspectionFixtures.GRID + "&from=" + day + "&to=" + day)
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#outing-table tr[data-id=" + id + "] a").attr("href")).isEqualTo("/inspections/" + id);
        assertThat(page.select("#outing-table tr[data-id=" + id + "]").text()).contains("2 家：" + names, "市应急管理局第一检查组");
        assertThat(page.select("#outing-new").attr("href")).as("an inspector records from here").isEqualTo("/inspections/new");
    }
}
