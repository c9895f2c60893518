package cn.taizhang.briefing;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.stats.Period;
import cn.taizhang.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The briefing page shows the API's briefing, offers the periods and stays inside the caller's jurisdiction. */
@IntegrationTest
class BriefingPageTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void theBriefingIsWrittenOutWithItsPeriodsAndDownloads() throws Exception {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        Period lastQuarter = Period.presets(today).get(3).period();
        String query = "area=522601002&from=" + lastQuarter.from() + "&to=" + lastQuarter.to();
        JsonNode json = JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/briefings?" + query).with(as(mvc, "demo-leader"))).andReturn().getResponse().getContentAsString());
        MvcResult page = get("demo-leader", "/briefings?" + query);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(page.getResponse().getContentAsString());
        assertThat(html).contains(json.get("title").asString(), "大十字街道网格化服务管理中心");
        for (JsonNode section : json.get("sections")) {
            assertThat(html).contains("<h2>" + section.get("heading").asString() + "</h2>", section.get("text").asString());
        }
        assertThat(html).contains("/api/v1/briefings/document.docx?" + query, "复制全文", "id=\"briefings-link\"");
        // the 上季度 preset is the one chosen; 今年以来 links to this year
        assertThat(html).containsPattern("class=\"preset active\"[^>]*>上季度<")
                .contains("/briefings?area=522601002&from=" + today.withDayOfYear(1) + "&to=" + today);
        // the area chooser offers the city (the leader's), the town and its communities, nothing else
        assertThat(html).contains("<option value=\"522601\">凯里市</option>", "value=\"522601002002\"")
                .doesNotContain("value=\"522601003\"");
    }

    @Test
    void aTownDispatcherSeesTheirOwnTownOnlyAndBadDatesAreNamed() throws Exception {
        MvcResult own = get("demo-dispatcher", "/briefings");
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(own.getResponse().getContentAsString())).contains("大十字街道网格化服务管理工作简报")
                .doesNotContain("<option value=\"522601\">");
        assertThat(get("demo-dispatcher", "/briefings?area=522601003").getResponse().getStatus()).isEqualTo(404);
        assertThat(get("demo-dispatcher", "/briefings?area=522601").getResponse().getStatus()).isEqualTo(404);
        MvcResult bad = get("demo-leader", "/briefings?from=2026-02-30");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    private MvcResult get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(mvc, user))
                .accept("text/html")).andReturn();
    }
}
