package cn.taizhang.inspection.lists;

import static cn.taizhang.inspection.lists.ListFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The two lists' pages: the hazard list with its figures, the measures, a measure with its complete action, the form. */
@IntegrationTest
class TwoListPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    ListFixtures api;

    @BeforeEach
    void setUp() {
        api = new ListFixtures(mvc, jdbc);
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theHazardListShowsAnEnterprisesHazardsWithTheFiguresAndTheExportLink() throws Exception {
        long enterprise = api.enterprise("hazardous_chemicals", "522601002002001");
        List<Long> hazards = api.record(api.outing(enterprise, checklists.current("hazardous_chemicals").orElseThrow(), ListFixtures.today(), 2));
        Document list = page("demo-dispatcher", "/hazard-list?state=open&enterprise=" + enterprise);
        assertThat(list.select("#hazard-table tbody tr[data-id]").eachAttr("data-id"))
                .containsExactlyInAnyOrderElementsOf(hazards.stream().map(String::valueOf).toList());
        assertThat(list.select("#hazard-table tbody tr[data-id] a").eachAttr("href")).contains("/cases/" + hazards.get(0));
        assertThat(list.select("#figure-total").text()).isEqualTo("2");
        assertThat(list.select("#figure-rectified").text()).isEqualTo("0");
        assertThat(list.select("#filter-state option[selected]").val()).isEqualTo("open");
        assertThat(list.select("#hazard-export").attr("href")).startsWith("/api/v1/hazard-list/export.xlsx?").contains("enterprise=" + enterprise)
                .contains("state=open");
        assertThat(list.select("#two-lists-link")).hasSize(1);
        assertThat(list.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page("t522601003-dispatcher-1", "/hazard-list?enterprise=" + enterprise).select("#hazard-table tbody tr[data-id]")).isEmpty();
    }

    @Test
    void theMeasuresListDetailAndFormRenderAndOfferWhatTheCallerMayDo() throws Exception {
        String title = ListFixtures.unique("页面制度措施");
        long id = ok(api.send("t522601002-leader", "/api/v1/measures", api.measure(title)), 201).get("id").asLong();

        Document list = page("t522601002-leader", "/measures?status=planned");
        assertThat(list.select("#measure-table tbody tr[data-id=" + id + "] td").eachText()).contains(title, "制度", "大十字街道办事处", "未开始");
        assertThat(list.select("#measure-new")).hasSize(1);
        assertThat(list.select("#measure-export").attr("href")).contains("status=planned");
        assertThat(page("demo-dispatcher", "/measures").select("#measure-new")).isEmpty();

        Document leader = page("t522601002-leader", "/measures/" + id);
        assertThat(leader.select("#measure-title").text()).isEqualTo(title);
        assertThat(leader.select("#measure-edit")).hasSize(1);
        assertThat(leader.select("#measure-complete")).as("the creator may complete").hasSize(1);
        Document dispatcher = page("demo-dispatcher", "/measures/" + id);
        assertThat(dispatcher.select("#measure-edit")).isEmpty();
        assertThat(dispatcher.select("#measure-complete")).isEmpty();
        Document owner = page("t522601002-safety-1", "/measures/" + id);
        assertThat(owner.select("#measure-complete").attr("data-api")).isEqualTo("/api/v1/measures/" + id + "/complete");

        Document form = page("t522601002-leader", "/measures/" + id + "/edit");
        assertThat(form.select("#measure-form").attr("data-version")).isEqualTo("1");
        assertThat(form.select("input[name=title]").val()).isEqualTo(title);
        assertThat(form.select("#measure-owner option[selected]").text()).isEqualTo("大十字街道办事处");
        Document blank = page("demo-inspector", "/measures/new");
        assertThat(blank.select("#measure-owner option[selected]").text()).isEqualTo("市应急管理局");
        assertThat(blank.select("script[src]").eachAttr("src")).contains("/js/registry-form.js");
        assertThat(page("demo-dispatcher", "/measures/new").select("#save-measure").hasAttr("disabled")).isTrue();
    }
}
