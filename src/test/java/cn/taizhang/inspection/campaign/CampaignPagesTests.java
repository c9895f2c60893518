package cn.taizhang.inspection.campaign;

import static cn.taizhang.inspection.campaign.CampaignFixtures.campaign;
import static cn.taizhang.inspection.campaign.CampaignFixtures.newName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.ObjectNode;

/** The campaigns' pages: the list with its filters, a campaign with its measures and history, the form. */
@IntegrationTest
class CampaignPagesTests {

    @Autowired
    MockMvc mvc;

    CampaignFixtures api;

    @BeforeEach
    void setUp() {
        api = new CampaignFixtures(mvc);
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsTheCampaignsWithTheirFiltersAndWritersGetTheButton() throws Exception {
        String name = newName("页面专项整治");
        ObjectNode c = campaign(name);
        c.put("stage", "tackling");
        long id = api.created("demo-leader", c).get("id").asLong();

        Document list = page("demo-dispatcher", "/campaigns?stage=tackling&q=" + q(name));
        assertThat(list.select("#campaign-table tbody tr[data-id]").eachAttr("data-id")).containsExactly(Long.toString(id));
        assertThat(list.select("#campaign-table tbody tr[data-id] td").eachText()).contains(name, "2026-03-01 至 2026-12-31", "集中攻坚", "大十字街道");
        assertThat(list.select("#filter-stage option[selected]").val()).isEqualTo("tackling");
        assertThat(list.select("#campaign-export").attr("href")).contains("stage=tackling");
        assertThat(list.select("#campaign-new")).isEmpty();
        assertThat(list.select("#campaigns-link")).hasSize(1);
        assertThat(page("demo-leader", "/campaigns?q=" + q(name)).select("#campaign-new")).hasSize(1);
    }

    @Test
    void aCampaignShowsItsMeasuresAndHistoryAndItsWritersTheEditButton() throws Exception {
        String name = newName("详情专项整治");
        long id = api.created("demo-leader", campaign(name)).get("id").asLong();
        Document detail = page("demo-leader", "/campaigns/" + id);
        assertThat(detail.select("#campaign-name").text()).isEqualTo(name);
        assertThat(detail.select("#campaign-stage").text()).isEqualTo("动员部署");
        assertThat(detail.select("#campaign-sectors").text()).isEqualTo("城镇燃气、消防");
        assertThat(detail.select("#campaign-measures li").eachText()).containsExactly("全面排查燃气用户和管网隐患", "餐饮场所安装可燃气体报警装置");
        assertThat(detail.select("#history tbody tr")).hasSize(1);
        assertThat(detail.select("#campaign-edit").attr("href")).isEqualTo("/campaigns/" + id + "/edit");
        assertThat(page("demo-dispatcher", "/campaigns/" + id).select("#campaign-edit")).isEmpty();
        var other = mvc.perform(get(URI.create("/campaigns/" + id)).session(DemoUsers.webSession(mvc, "t522601003-dispatcher-1")))
                .andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
    }

    @Test
    void theFormsOfferTheWritersAreasSectorsAndDepartments() throws Exception {
        Document blank = page("demo-leader", "/campaigns/new");
        assertThat(blank.select("#campaign-form").attr("data-api")).isEqualTo("/api/v1/campaigns");
        assertThat(blank.select("#campaign-area option").eachAttr("value")).contains(CampaignFixtures.CITY, CampaignFixtures.TOWN,
                CampaignFixtures.OTHER_TOWN);
        assertThat(blank.select("#campaign-sectors input[type=checkbox]")).hasSize(16);
        assertThat(blank.select("#campaign-lead option").eachText()).contains("不指定", "市应急管理局", "市住建局");
        assertThat(blank.select("script[src]").eachAttr("src")).contains("/js/registry-form.js");
        assertThat(blank.select("script:not([src])")).isEmpty();

        Document office = page("t522601002-safety-1", "/campaigns/new");
        assertThat(office.select("#campaign-lead option").eachText()).containsExactly("大十字街道办事处");
        assertThat(office.select("#campaign-area option").eachAttr("value")).doesNotContain(CampaignFixtures.CITY).contains(CampaignFixtures.TOWN);

        String name = newName("修改页专项整治");
        long id = api.created("demo-leader", campaign(name)).get("id").asLong();
        Document edit = page("demo-leader", "/campaigns/" + id + "/edit");
        assertThat(edit.select("#campaign-form").attr("data-version")).isEqualTo("1");
        assertThat(edit.select("#campaign-form").attr("data-id")).isEqualTo(Long.toString(id));
        assertThat(edit.select("textarea[name=measures]").text()).contains("全面排查燃气用户和管网隐患");
        assertThat(edit.select("#campaign-area option[selected]").val()).isEqualTo(CampaignFixtures.TOWN);
        assertThat(edit.select("#campaign-sectors input[checked]").eachAttr("value")).containsExactlyInAnyOrder("town_gas", "fire_safety");
        assertThat(page("demo-dispatcher", "/campaigns/" + id + "/edit").select("#save-campaign[disabled]")).hasSize(1);
    }
}
